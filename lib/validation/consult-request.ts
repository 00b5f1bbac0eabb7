import { z } from "zod";

// The "Request a consultation" form on a provider's profile. One schema for the browser (limits and
// counters) and the server action (the rule). Everything is stored as plain text: markup is neither
// stripped nor interpreted, React escapes it on the way out and the e-mail is plain text.

export const CONSULT_LIMITS = {
  name: 120,
  email: 254,
  phone: 30,
  preferredTimes: 200,
  message: 1000,
} as const;

export const MAX_ID = 2_147_483_647; // PostgreSQL int4

/** The answers to "Do you have a referral?", where the practice needs one. */
export const REFERRAL_ANSWERS = ["have", "not-yet"] as const;
export type TReferralAnswer = (typeof REFERRAL_ANSWERS)[number];
export const REFERRAL_LABELS: Record<TReferralAnswer, string> = {
  have: "Yes, I have a referral",
  "not-yet": "Not yet",
};
export const REFERRAL_MISSING = "Tell the practice whether you have a referral: it needs one.";

// Control characters (other than line breaks in the message) have no place in a request and could
// confuse the plain-text e-mail the provider receives.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const ONE_LINE_CONTROL = /[\u0000-\u001F\u007F]/;

const count = (n: number) => n.toLocaleString("en-US");

/** A single-line text field: trimmed, inner whitespace collapsed (names end up in an e-mail). */
function oneLine(max: number, label: string) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .max(max, {
      error: (iss) =>
        `Keep ${label} to ${count(max)} characters (it has ${count(String(iss.input).length)}).`,
    })
    .refine((s) => !ONE_LINE_CONTROL.test(s), "Use ordinary characters only.")
    .transform((s) => s.replace(/\s+/g, " "));
}

const ZEmail = z.email();

/** An optional single-line field: absent is the same as empty. */
function optionalLine(max: number, label: string) {
  return z.preprocess((v) => v ?? "", oneLine(max, label));
}

/** 10 to 15 digits with the usual separators, optionally an extension: enough to call back. */
function isPhone(s: string): boolean {
  if (!/^\+?[\d\s().-]+((x|ext\.?)\s*\d{1,6})?$/i.test(s)) return false;
  const main = s.replace(/(x|ext\.?)\s*\d+$/i, "").replace(/\D/g, "");
  return main.length >= 10 && main.length <= 15;
}

const ZId = z.coerce.number({ error: "Unknown provider." }).int().positive().max(MAX_ID);

export const ZConsultRequest = z
  .object({
    providerId: ZId,
    /** Which practice location the request is for; empty when the provider has only one. */
    locationId: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce.number({ error: "Choose one of the locations." }).int().positive().max(MAX_ID).optional(),
    ),
    name: oneLine(CONSULT_LIMITS.name, "your name").pipe(z.string().min(1, "Enter your name.")),
    email: optionalLine(CONSULT_LIMITS.email, "the e-mail address").refine(
      (s) => s === "" || ZEmail.safeParse(s).success,
      "Enter a valid e-mail address, e.g. name@example.org.",
    ),
    phone: optionalLine(CONSULT_LIMITS.phone, "the phone number").refine(
      (s) => s === "" || isPhone(s),
      "Enter a phone number with its area code, e.g. 555-123-4567.",
    ),
    preferredTimes: optionalLine(CONSULT_LIMITS.preferredTimes, "the preferred times"),
    message: z
      .string({ error: "Write a short message for the practice." })
      .trim()
      .min(1, "Write a short message for the practice.")
      .max(CONSULT_LIMITS.message, {
        error: (iss) =>
          `Keep the message to ${count(CONSULT_LIMITS.message)} characters (it has ${count(String(iss.input).length)}).`,
      })
      .refine((s) => !CONTROL.test(s), "Use ordinary characters only.")
      .transform((s) => s.replace(/\r\n?/g, "\n")),
    /**
     * Asked only where the chosen location needs a referral (the data layer requires it there and
     * ignores it elsewhere): "have" or "not-yet".
     */
    referral: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.enum(REFERRAL_ANSWERS, { error: "Choose one of the answers." }).optional(),
    ),
    // A checkbox posts "on" when ticked and nothing otherwise.
    consent: z
      .preprocess((v) => v === true || v === "on" || v === "true", z.boolean())
      .refine((v) => v, "Tick the box to agree that we pass your request on to the practice."),
  })
  .refine((v) => Boolean(v.email || v.phone), {
    path: ["contact"],
    message: "Give an e-mail address or a phone number, so the practice can reach you.",
    // Runs even when other fields have errors, so every message shows at once. Only reads strings.
    when: (payload) => {
      const v = payload.value as { email?: unknown; phone?: unknown };
      return typeof v === "object" && v !== null;
    },
  });

export type TConsultRequestInput = z.input<typeof ZConsultRequest>;
export type TConsultRequest = z.output<typeof ZConsultRequest>;

/** The form fields, in page order (first invalid one gets focus; also the values echoed back). */
export const CONSULT_FIELDS = [
  "locationId",
  "name",
  "email",
  "phone",
  "preferredTimes",
  "message",
  "referral",
  "consent",
] as const;

/** FormData or a plain object as the schema's input (the browser and the server read it alike). */
export function consultInput(data: FormData): Record<string, unknown> {
  const get = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : "";
  };
  return {
    providerId: get("providerId"),
    locationId: get("locationId"),
    name: get("name"),
    email: get("email"),
    phone: get("phone"),
    preferredTimes: get("preferredTimes"),
    message: get("message"),
    referral: get("referral"),
    consent: data.get("consent") === "on",
  };
}
