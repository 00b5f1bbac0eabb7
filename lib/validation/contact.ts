import { z } from "zod";
import { MAX_ID } from "./review";

// The /contact form: a message to the moderators, one of them a request to delete a patient's data.
// One schema for the browser and the server action. Stored as plain text; React escapes it on the way
// out and the e-mails are plain text.

export const CONTACT_LIMITS = { name: 120, email: 254, message: 2000 } as const;

/** The topics, as the query string and the form post them, with the words the form shows. */
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
const count = (n: number) => n.toLocaleString("en-US");

export const ZContactMessage = z
  .object({
    topic: z.enum(CONTACT_TOPIC_SLUGS as [TContactTopic, ...TContactTopic[]], {
      error: "Choose what your message is about.",
    }),
    name: z
      .string({ error: "Enter your name." })
      .trim()
      .min(1, "Enter your name.")
      .max(CONTACT_LIMITS.name, `Keep your name to ${count(CONTACT_LIMITS.name)} characters.`)
      .refine((s) => !ONE_LINE_CONTROL.test(s), "Use ordinary characters only."),
    email: z
      .string({ error: "Enter your e-mail address." })
      .trim()
      .min(1, "Enter your e-mail address, so that we can answer.")
      .max(CONTACT_LIMITS.email, "That e-mail address is too long.")
      .pipe(z.email("Enter a valid e-mail address, e.g. name@example.org."))
      .transform((s) => s.toLowerCase()),
    message: z
      .string()
      .trim()
      .max(CONTACT_LIMITS.message, {
        error: (iss) =>
          `Keep the message to ${count(CONTACT_LIMITS.message)} characters (it has ${count(String(iss.input).length)}).`,
      })
      .refine((s) => !CONTROL.test(s), "Use ordinary characters only.")
      .transform((s) => s.replace(/\r\n?/g, "\n")),
  })
  // A deletion request needs no words beyond the address; everything else does.
  .refine((v) => v.topic === "delete" || v.message.length > 0, {
    path: ["message"],
    message: "Write your message.",
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

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
