import { z } from "zod";
import { formatNumber } from "@/lib/i18n/format";
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

// Inputs of patient reviews, provider replies, review reports and the review moderation forms. The
// same schemas run in the browser (a convenience) and in the server actions (the rule).

export const REVIEW_LIMITS = {
  displayName: 60,
  email: 254,
  bodyMin: 20,
  bodyMax: 2000,
  replyMin: 10,
  replyMax: 1000,
  reportDetails: 1000,
  reasonMin: 10,
  reasonMax: 500,
} as const;

export const MAX_ID = 2_147_483_647;

/** Reviews per page on /providers/<id>/reviews. */
export const REVIEWS_PAGE_SIZE = 10;

// Control characters (other than tab and line breaks) have no business in text shown to others.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// The messages patients read, in the form's language (issue 19): `*For(locale)` builds a schema
// with them; the English schemas keep their names. Field names and error shapes never change.
type TBoundedText = {
  missing: (label: string) => string;
  min: (label: string, min: string, now: string) => string;
  max: (label: string, max: string, now: string) => string;
  ordinary: (label: string) => string;
};
const BOUNDED: Record<TLocale, TBoundedText> = {
  en: {
    missing: (label) => `${label} is missing.`,
    min: (label, min, now) => `${label}: write at least ${min} characters (now ${now}).`,
    max: (label, max, now) => `${label}: keep it to ${max} characters (now ${now}).`,
    ordinary: (label) => `${label}: use ordinary characters only.`,
  },
  es: {
    missing: (label) => `${label}: falta el texto.`,
    min: (label, min, now) => `${label}: escriba al menos ${min} caracteres (ahora ${now}).`,
    max: (label, max, now) => `${label}: use como máximo ${max} caracteres (ahora ${now}).`,
    ordinary: (label) => `${label}: use solo caracteres comunes.`,
  },
};

/** Trimmed text between min and max characters, line breaks normalised, no control characters. */
export function boundedText(label: string, min: number, max: number, locale: TLocale = "en") {
  const t = BOUNDED[locale];
  const count = (v: number) => formatNumber(v, locale);
  return z
    .string({ error: t.missing(label) })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min, { error: (iss) => t.min(label, count(min), count(String(iss.input).length)) })
        .max(max, { error: (iss) => t.max(label, count(max), count(String(iss.input).length)) })
        .refine((s) => !CONTROL.test(s), t.ordinary(label)),
    );
}

/** A record's id; `label` names it in a sentence ("The provider" / "El médico"). */
export function idField(text: { missing: string; invalid: string }) {
  return z.coerce
    .number({ error: text.missing })
    .int(text.invalid)
    .positive(text.invalid)
    .max(MAX_ID, text.invalid);
}

const id = (label: string) => idField({ missing: `${label} is missing.`, invalid: `${label} is not valid.` });

/** The reviewer's address as it is hashed: trimmed and lower-cased, so "Ann@X.org " is "ann@x.org". */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Stored as the key (stable for the moderation queue); the queue shows the label.
export const REVIEW_REPORT_REASON_LABELS = {
  FAKE: "It looks fake, or not written by a patient of this provider",
  PRIVATE_DETAILS: "It includes someone's health details or contact details",
  OFFENSIVE: "It is offensive, threatening or discriminatory",
  CONFLICT_OF_INTEREST: "It was written by the practice, a competitor or someone paid",
  OTHER: "Something else",
} as const;
export type TReviewReportReason = keyof typeof REVIEW_REPORT_REASON_LABELS;
const REPORT_REASONS = Object.keys(REVIEW_REPORT_REASON_LABELS) as [
  TReviewReportReason,
  ...TReviewReportReason[],
];

/** The reasons' labels in the reader's language (the stored key and the queue's English label are unchanged). */
export const REVIEW_REPORT_REASON_TEXT: Record<TReviewReportReason, TLocalized> = {
  FAKE: { en: REVIEW_REPORT_REASON_LABELS.FAKE, es: "Parece falsa, o no la escribió un paciente de este médico" },
  PRIVATE_DETAILS: {
    en: REVIEW_REPORT_REASON_LABELS.PRIVATE_DETAILS,
    es: "Incluye datos de salud o de contacto de alguien",
  },
  OFFENSIVE: { en: REVIEW_REPORT_REASON_LABELS.OFFENSIVE, es: "Es ofensiva, amenazante o discriminatoria" },
  CONFLICT_OF_INTEREST: {
    en: REVIEW_REPORT_REASON_LABELS.CONFLICT_OF_INTEREST,
    es: "La escribió el consultorio, un competidor o alguien a quien le pagaron",
  },
  OTHER: { en: REVIEW_REPORT_REASON_LABELS.OTHER, es: "Otra cosa" },
};

const REVIEW_TEXT = {
  providerMissing: { en: "The provider is missing.", es: "Falta el médico." },
  providerInvalid: { en: "The provider is not valid.", es: "El médico no es válido." },
  nameMissing: { en: "Enter the name to show with your review.", es: "Escriba el nombre que se mostrará con su reseña." },
  nameShort: {
    en: "Enter the name to show with your review (at least 2 characters).",
    es: "Escriba el nombre que se mostrará con su reseña (al menos 2 caracteres).",
  },
  nameLong: {
    en: `Keep the name to ${REVIEW_LIMITS.displayName} characters.`,
    es: `Use como máximo ${REVIEW_LIMITS.displayName} caracteres en el nombre.`,
  },
  ordinary: { en: "Use ordinary characters only.", es: "Use solo caracteres comunes." },
  emailMissing: { en: "Enter your e-mail address.", es: "Escriba su correo electrónico." },
  emailLong: { en: "That e-mail address is too long.", es: "Ese correo electrónico es demasiado largo." },
  emailInvalid: {
    en: "Enter your e-mail address, e.g. name@example.org.",
    es: "Escriba su correo electrónico, por ejemplo nombre@ejemplo.org.",
  },
  rating: { en: "Choose a rating from 1 to 5 stars.", es: "Elija una calificación de 1 a 5 estrellas." },
  body: { en: "Your review", es: "Su reseña" },
  attestation: {
    en: "Confirm that this provider treated you for neck injections.",
    es: "Confirme que este médico le trató con inyecciones en el cuello.",
  },
  reviewMissing: { en: "The review is missing.", es: "Falta la reseña." },
  reviewInvalid: { en: "The review is not valid.", es: "La reseña no es válida." },
  reply: { en: "Your reply", es: "Su respuesta" },
  reasonMissing: { en: "Choose what is wrong with this review.", es: "Elija qué está mal en esta reseña." },
  detailsLong: {
    en: (now: string) => `Keep the details to 1,000 characters (now ${now}).`,
    es: (now: string) => `Use como máximo 1,000 caracteres en los detalles (ahora ${now}).`,
  },
  detailsNeeded: {
    en: "Tell us what is wrong, so a moderator can check it.",
    es: "Díganos qué está mal para que un moderador pueda revisarlo.",
  },
} satisfies Record<string, Record<TLocale, unknown>>;

function buildReviewSchemas(locale: TLocale) {
  const t = <K extends keyof typeof REVIEW_TEXT>(k: K) => REVIEW_TEXT[k][locale] as (typeof REVIEW_TEXT)[K]["en"];
  const count = (v: number) => formatNumber(v, locale);
  const review = z.object({
    providerId: idField({ missing: t("providerMissing"), invalid: t("providerInvalid") }),
    displayName: z
      .string({ error: t("nameMissing") })
      .trim()
      .min(2, t("nameShort"))
      .max(REVIEW_LIMITS.displayName, t("nameLong"))
      .refine((s) => !CONTROL.test(s), t("ordinary")),
    email: z
      .string({ error: t("emailMissing") })
      .trim()
      .max(REVIEW_LIMITS.email, t("emailLong"))
      .pipe(z.email(t("emailInvalid")))
      .transform(normaliseEmail),
    rating: z.coerce
      .number({ error: t("rating") })
      .int(t("rating"))
      .min(1, t("rating"))
      .max(5, t("rating")),
    body: boundedText(t("body"), REVIEW_LIMITS.bodyMin, REVIEW_LIMITS.bodyMax, locale),
    attestation: z.literal("on", { error: t("attestation") }),
  });
  const reviewId = idField({ missing: t("reviewMissing"), invalid: t("reviewInvalid") });
  const reply = z.object({
    reviewId,
    body: boundedText(t("reply"), REVIEW_LIMITS.replyMin, REVIEW_LIMITS.replyMax, locale),
  });
  const report = z
    .object({
      reviewId,
      reason: z.enum(REPORT_REASONS, { error: t("reasonMissing") }),
      details: z
        .string()
        .optional()
        .transform((s) => (s ?? "").replace(/\r\n?/g, "\n").trim())
        .pipe(
          z
            .string()
            .max(REVIEW_LIMITS.reportDetails, {
              error: (iss) => t("detailsLong")(count(String(iss.input).length)),
            })
            .refine((s) => !CONTROL.test(s), t("ordinary")),
        ),
    })
    .refine((v) => v.reason !== "OTHER" || v.details !== "", {
      path: ["details"],
      message: t("detailsNeeded"),
    });
  return { review, reply, report };
}

const SCHEMAS = new Map<TLocale, ReturnType<typeof buildReviewSchemas>>();

/** The review, reply and review-report schemas with their messages in `locale`. */
export function reviewSchemas(locale: TLocale): ReturnType<typeof buildReviewSchemas> {
  let schemas = SCHEMAS.get(locale);
  if (!schemas) SCHEMAS.set(locale, (schemas = buildReviewSchemas(locale)));
  return schemas;
}

export const ZReview = reviewSchemas("en").review;
export const ZReviewReply = reviewSchemas("en").reply;
export const ZReviewReport = reviewSchemas("en").report;

export type TReviewInput = z.output<typeof ZReview>;
export const REVIEW_FIELDS = ["providerId", "displayName", "email", "rating", "body", "attestation"] as const;

/** FormData as the schema's input; absent fields become undefined so their "missing" message shows. */
export function formInput(data: FormData, keys: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const k of keys) {
    const v = data.get(k);
    out[k] = typeof v === "string" && v !== "" ? v : undefined;
  }
  return out;
}

export type TReviewReplyInput = z.output<typeof ZReviewReply>;

export type TReviewReportInput = z.output<typeof ZReviewReport>;

/** A moderator's approve / reject of a review, reply or recommendation; a rejection needs a reason. */
export const ZDecision = z
  .object({
    id: id("The record"),
    decision: z.enum(["APPROVE", "REJECT"], { error: "Choose approve or reject." }),
    reason: z
      .string()
      .optional()
      .transform((s) => (s ?? "").trim()),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && v.reason.length < REVIEW_LIMITS.reasonMin) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `Give a reason for the rejection (at least ${REVIEW_LIMITS.reasonMin} characters): it is kept in the audit log.`,
      });
    }
    if (v.reason.length > REVIEW_LIMITS.reasonMax) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `Keep the reason to ${REVIEW_LIMITS.reasonMax} characters.`,
      });
    }
  });
export type TDecision = z.output<typeof ZDecision>;

/** "123" or "123-jane-doe-md" (the profile's slugged id) -> 123; anything else is no provider. */
export function parseProviderParam(param: string): number | null {
  const m = /^(\d{1,10})(?:-|$)/.exec(param);
  const value = m ? Number(m[1]) : NaN;
  return Number.isInteger(value) && value > 0 && value <= MAX_ID ? value : null;
}

/** ?rating=1..5 and ?page=N of the reviews page; anything unusable falls back (a filter, not a form). */
export function parseReviewsQuery(params: Record<string, string | string[] | undefined>): {
  rating: number | null;
  page: number;
} {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const rating = Number(first(params.rating));
  const page = Number(first(params.page));
  return {
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}
