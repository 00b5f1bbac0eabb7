import { z } from "zod";
import { formatNumber } from "@/lib/i18n/format";
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

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
export const REFERRAL_TEXT: Record<TReferralAnswer, TLocalized> = {
  have: { en: "Yes, I have a referral", es: "Sí, tengo una remisión" },
  "not-yet": { en: "Not yet", es: "Todavía no" },
};
/** The answers' labels in a language (English: REFERRAL_LABELS). */
export function referralLabels(locale: TLocale): Record<TReferralAnswer, string> {
  return { have: REFERRAL_TEXT.have[locale], "not-yet": REFERRAL_TEXT["not-yet"][locale] };
}
export const REFERRAL_LABELS: Record<TReferralAnswer, string> = referralLabels("en");
export const REFERRAL_MISSING_TEXT: TLocalized = {
  en: "Tell the practice whether you have a referral: it needs one.",
  es: "Indique al consultorio si tiene una remisión: la necesita.",
};
export const REFERRAL_MISSING = REFERRAL_MISSING_TEXT.en;

// The messages a patient reads, in the form's language (issue 19). Field names and the shape of
// the errors are the same in every language.
type TText = {
  labels: { name: string; email: string; phone: string; preferredTimes: string };
  enter: (label: string) => string;
  keep: (label: string, max: string, has: string) => string;
  ordinary: string;
  unknownProvider: string;
  chooseLocation: string;
  enterName: string;
  email: string;
  phone: string;
  message: string;
  keepMessage: (max: string, has: string) => string;
  chooseAnswer: string;
  consent: string;
  contact: string;
};

const TEXT: Record<TLocale, TText> = {
  en: {
    labels: { name: "your name", email: "the e-mail address", phone: "the phone number", preferredTimes: "the preferred times" },
    enter: (label) => `Enter ${label}.`,
    keep: (label, max, has) => `Keep ${label} to ${max} characters (it has ${has}).`,
    ordinary: "Use ordinary characters only.",
    unknownProvider: "Unknown provider.",
    chooseLocation: "Choose one of the locations.",
    enterName: "Enter your name.",
    email: "Enter a valid e-mail address, e.g. name@example.org.",
    phone: "Enter a phone number with its area code, e.g. 555-123-4567.",
    message: "Write a short message for the practice.",
    keepMessage: (max, has) => `Keep the message to ${max} characters (it has ${has}).`,
    chooseAnswer: "Choose one of the answers.",
    consent: "Tick the box to agree that we pass your request on to the practice.",
    contact: "Give an e-mail address or a phone number, so the practice can reach you.",
  },
  es: {
    labels: {
      name: "su nombre",
      email: "el correo electrónico",
      phone: "el número de teléfono",
      preferredTimes: "los días y horarios preferidos",
    },
    enter: (label) => `Escriba ${label}.`,
    keep: (label, max, has) => `Use como máximo ${max} caracteres en ${label} (ahora tiene ${has}).`,
    ordinary: "Use solo caracteres comunes.",
    unknownProvider: "Médico desconocido.",
    chooseLocation: "Elija uno de los consultorios.",
    enterName: "Escriba su nombre.",
    email: "Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.org.",
    phone: "Escriba un número de teléfono con su código de área, por ejemplo 555-123-4567.",
    message: "Escriba un mensaje breve para el consultorio.",
    keepMessage: (max, has) => `Use como máximo ${max} caracteres en el mensaje (ahora tiene ${has}).`,
    chooseAnswer: "Elija una de las respuestas.",
    consent: "Marque la casilla para aceptar que pasemos su solicitud al consultorio.",
    contact: "Indique un correo electrónico o un número de teléfono para que el consultorio pueda comunicarse con usted.",
  },
};

// Control characters (other than line breaks in the message) have no place in a request and could
// confuse the plain-text e-mail the provider receives.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const ONE_LINE_CONTROL = /[\u0000-\u001F\u007F]/;

/** A single-line text field: trimmed, inner whitespace collapsed (names end up in an e-mail). */
function oneLine(t: TText, count: (n: number) => string, max: number, label: string) {
  return z
    .string({ error: t.enter(label) })
    .trim()
    .max(max, { error: (iss) => t.keep(label, count(max), count(String(iss.input).length)) })
    .refine((s) => !ONE_LINE_CONTROL.test(s), t.ordinary)
    .transform((s) => s.replace(/\s+/g, " "));
}

const ZEmail = z.email();

/** An optional single-line field: absent is the same as empty. */
function optionalLine(t: TText, count: (n: number) => string, max: number, label: string) {
  return z.preprocess((v) => v ?? "", oneLine(t, count, max, label));
}

/** 10 to 15 digits with the usual separators, optionally an extension: enough to call back. */
function isPhone(s: string): boolean {
  if (!/^\+?[\d\s().-]+((x|ext\.?)\s*\d{1,6})?$/i.test(s)) return false;
  const main = s.replace(/(x|ext\.?)\s*\d+$/i, "").replace(/\D/g, "");
  return main.length >= 10 && main.length <= 15;
}

/** The schema with its messages in `locale` (the same rules in every language). */
function buildConsultSchema(locale: TLocale) {
  const t = TEXT[locale];
  const count = (n: number) => formatNumber(n, locale);
  const ZId = z.coerce.number({ error: t.unknownProvider }).int().positive().max(MAX_ID);
  return z
    .object({
      providerId: ZId,
      /** Which practice location the request is for; empty when the provider has only one. */
      locationId: z.preprocess(
        (v) => (v === "" || v === null ? undefined : v),
        z.coerce.number({ error: t.chooseLocation }).int().positive().max(MAX_ID).optional(),
      ),
      name: oneLine(t, count, CONSULT_LIMITS.name, t.labels.name).pipe(z.string().min(1, t.enterName)),
      email: optionalLine(t, count, CONSULT_LIMITS.email, t.labels.email).refine(
        (s) => s === "" || ZEmail.safeParse(s).success,
        t.email,
      ),
      phone: optionalLine(t, count, CONSULT_LIMITS.phone, t.labels.phone).refine(
        (s) => s === "" || isPhone(s),
        t.phone,
      ),
      preferredTimes: optionalLine(t, count, CONSULT_LIMITS.preferredTimes, t.labels.preferredTimes),
      message: z
        .string({ error: t.message })
        .trim()
        .min(1, t.message)
        .max(CONSULT_LIMITS.message, {
          error: (iss) => t.keepMessage(count(CONSULT_LIMITS.message), count(String(iss.input).length)),
        })
        .refine((s) => !CONTROL.test(s), t.ordinary)
        .transform((s) => s.replace(/\r\n?/g, "\n")),
      /**
       * Asked only where the chosen location needs a referral (the data layer requires it there and
       * ignores it elsewhere): "have" or "not-yet".
       */
      referral: z.preprocess(
        (v) => (v === "" || v === null ? undefined : v),
        z.enum(REFERRAL_ANSWERS, { error: t.chooseAnswer }).optional(),
      ),
      // A checkbox posts "on" when ticked and nothing otherwise.
      consent: z
        .preprocess((v) => v === true || v === "on" || v === "true", z.boolean())
        .refine((v) => v, t.consent),
    })
    .refine((v) => Boolean(v.email || v.phone), {
      path: ["contact"],
      message: t.contact,
      // Runs even when other fields have errors, so every message shows at once. Only reads strings.
      when: (payload) => {
        const v = payload.value as { email?: unknown; phone?: unknown };
        return typeof v === "object" && v !== null;
      },
    });
}

const SCHEMAS = new Map<TLocale, ReturnType<typeof buildConsultSchema>>();

/** The consultation request's schema with its messages in the form's language. */
export function consultSchema(locale: TLocale): ReturnType<typeof buildConsultSchema> {
  let schema = SCHEMAS.get(locale);
  if (!schema) SCHEMAS.set(locale, (schema = buildConsultSchema(locale)));
  return schema;
}

/** The schema with English messages (the API and the data layer's callers). */
export const ZConsultRequest = consultSchema("en");

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
