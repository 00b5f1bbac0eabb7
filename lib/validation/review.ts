import { z } from "zod";

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
const n = (v: number) => v.toLocaleString("en-US");

/** Trimmed text between min and max characters, line breaks normalised, no control characters. */
export function boundedText(label: string, min: number, max: number) {
  return z
    .string({ error: `${label} is missing.` })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min, {
          error: (iss) =>
            `${label}: write at least ${n(min)} characters (now ${n(String(iss.input).length)}).`,
        })
        .max(max, {
          error: (iss) => `${label}: keep it to ${n(max)} characters (now ${n(String(iss.input).length)}).`,
        })
        .refine((s) => !CONTROL.test(s), `${label}: use ordinary characters only.`),
    );
}

const id = (label: string) =>
  z.coerce
    .number({ error: `${label} is missing.` })
    .int(`${label} is not valid.`)
    .positive(`${label} is not valid.`)
    .max(MAX_ID, `${label} is not valid.`);

/** The reviewer's address as it is hashed: trimmed and lower-cased, so "Ann@X.org " is "ann@x.org". */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const ZReview = z.object({
  providerId: id("The provider"),
  displayName: z
    .string({ error: "Enter the name to show with your review." })
    .trim()
    .min(2, "Enter the name to show with your review (at least 2 characters).")
    .max(REVIEW_LIMITS.displayName, `Keep the name to ${REVIEW_LIMITS.displayName} characters.`)
    .refine((s) => !CONTROL.test(s), "Use ordinary characters only."),
  email: z
    .string({ error: "Enter your e-mail address." })
    .trim()
    .max(REVIEW_LIMITS.email, "That e-mail address is too long.")
    .pipe(z.email("Enter your e-mail address, e.g. name@example.org."))
    .transform(normaliseEmail),
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(1, "Choose a rating from 1 to 5 stars.")
    .max(5, "Choose a rating from 1 to 5 stars."),
  body: boundedText("Your review", REVIEW_LIMITS.bodyMin, REVIEW_LIMITS.bodyMax),
  attestation: z.literal("on", { error: "Confirm that this provider treated you for neck injections." }),
});

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

export const ZReviewReply = z.object({
  reviewId: id("The review"),
  body: boundedText("Your reply", REVIEW_LIMITS.replyMin, REVIEW_LIMITS.replyMax),
});
export type TReviewReplyInput = z.output<typeof ZReviewReply>;

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

export const ZReviewReport = z
  .object({
    reviewId: id("The review"),
    reason: z.enum(REPORT_REASONS, { error: "Choose what is wrong with this review." }),
    details: z
      .string()
      .optional()
      .transform((s) => (s ?? "").replace(/\r\n?/g, "\n").trim())
      .pipe(
        z
          .string()
          .max(REVIEW_LIMITS.reportDetails, {
            error: (iss) => `Keep the details to 1,000 characters (now ${n(String(iss.input).length)}).`,
          })
          .refine((s) => !CONTROL.test(s), "Use ordinary characters only."),
      ),
  })
  .refine((v) => v.reason !== "OTHER" || v.details !== "", {
    path: ["details"],
    message: "Tell us what is wrong, so a moderator can check it.",
  });
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
