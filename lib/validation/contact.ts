import { z } from "zod";
import { MAX_ID } from "./review";

// The /contact form: a message to the moderators, one of them a request to delete a patient's data.
// One schema for the browser and the server action. Stored as plain text; React escapes it on the way
// out and the e-mails are plain text.

export const CONTACT_LIMITS = { name: 120, email: 254, message: 2000 } as const;

/**
 * The topics, as the query string and the form post them, with their English names for the moderators
 * (the form shows contactForm.topics.<slug> in its language).
 */
export const CONTACT_TOPICS = {
  question: { label: "A question about the directory", db: "QUESTION" },
  listing: { label: "A doctor's listing", db: "LISTING" },
  delete: { label: "Delete my data", db: "DELETE_MY_DATA" },
  other: { label: "Something else", db: "OTHER" },
} as const;
export type TContactTopic = keyof typeof CONTACT_TOPICS;
export const CONTACT_TOPIC_SLUGS = Object.keys(CONTACT_TOPICS) as TContactTopic[];

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const ONE_LINE_CONTROL = /[\u0000-\u001F\u007F]/;

/**
 * The schema's error messages are codes, not words: the form shows them in its language with
 * contactFieldErrors (the words are lib/i18n/messages/<locale>/contactForm.json, "errors").
 */
export const CONTACT_ERRORS = [
  "topic",
  "name",
  "nameTooLong",
  "ordinary",
  "email",
  "emailEmpty",
  "emailTooLong",
  "emailInvalid",
  "message",
  "messageTooLong",
] as const;
export type TContactError = (typeof CONTACT_ERRORS)[number];
const code = (c: TContactError) => c;

export const ZContactMessage = z
  .object({
    topic: z.enum(CONTACT_TOPIC_SLUGS as [TContactTopic, ...TContactTopic[]], { error: code("topic") }),
    name: z
      .string({ error: code("name") })
      .trim()
      .min(1, code("name"))
      .max(CONTACT_LIMITS.name, code("nameTooLong"))
      .refine((s) => !ONE_LINE_CONTROL.test(s), code("ordinary")),
    email: z
      .string({ error: code("email") })
      .trim()
      .min(1, code("emailEmpty"))
      .max(CONTACT_LIMITS.email, code("emailTooLong"))
      .pipe(z.email(code("emailInvalid")))
      .transform((s) => s.toLowerCase()),
    message: z
      .string()
      .trim()
      .max(CONTACT_LIMITS.message, code("messageTooLong"))
      .refine((s) => !CONTROL.test(s), code("ordinary"))
      .transform((s) => s.replace(/\r\n?/g, "\n")),
  })
  // A deletion request needs no words beyond the address; everything else does.
  .refine((v) => v.topic === "delete" || v.message.length > 0, {
    path: ["message"],
    message: code("message"),
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

/** The values an error's words may name: the field's limit and how long the text is, both formatted. */
export type TContactErrorValues = { max: string; count: string };

/**
 * The first error of each field of a failed parse, in words: `text` turns a code into the form's
 * language (next-intl's translator for "contactForm.errors"), `format` formats a number for it.
 */
export function contactFieldErrors(
  error: z.ZodError,
  input: Record<string, string>,
  text: (code: TContactError, values: TContactErrorValues) => string,
  format: (n: number) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (out[field] !== undefined) continue;
    const c = (CONTACT_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as TContactError) : null;
    if (!c) {
      out[field] = issue.message;
      continue;
    }
    const max = Object.hasOwn(CONTACT_LIMITS, field) ? CONTACT_LIMITS[field as keyof typeof CONTACT_LIMITS] : 0;
    out[field] = text(c, { max: format(max), count: format((input[field] ?? "").trim().length) });
  }
  return out;
}

export type TContactMessage = z.output<typeof ZContactMessage>;

export const CONTACT_FIELDS = ["topic", "name", "email", "message"] as const;

export function contactInput(data: FormData): Record<string, string> {
  const get = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : "";
  };
  return { topic: get("topic"), name: get("name"), email: get("email"), message: get("message") };
}

/** The moderators' forms at /admin/contact. */
export const ZContactMessageAction = z.object({
  contactMessageId: z.coerce
    .number({ error: "The message is missing." })
    .int("The message is not valid.")
    .positive("The message is not valid.")
    .max(MAX_ID, "The message is not valid."),
});
