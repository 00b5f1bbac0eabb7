import { z } from "zod";
import type { VerificationMethod } from "@/lib/generated/prisma/enums";
import { MAX_ID } from "./review";

// Inputs of the moderation forms at /admin. Every server action parses its FormData with these; the
// ids in hidden fields are parsed like anything else a browser sends.

export const VERIFICATION_METHODS = [
  "BOARD_ONLINE_LOOKUP",
  "ABMS_CERTIFICATION_MATTERS",
  "AOA_PROFILE",
  "CERTIFICATE_DOCUMENT",
  "PHONE_CALL_TO_BOARD",
  "OTHER",
] as const satisfies readonly VerificationMethod[];

export const VERIFICATION_METHOD_LABELS: Record<VerificationMethod, string> = {
  BOARD_ONLINE_LOOKUP: "The board's own online lookup (e.g. ABPN Verify Certification)",
  ABMS_CERTIFICATION_MATTERS: "ABMS Certification Matters (certificationmatters.org)",
  AOA_PROFILE: "AOA physician profile (osteopathic boards, not in ABMS lookups)",
  CERTIFICATE_DOCUMENT: "Certificate document supplied by the provider",
  PHONE_CALL_TO_BOARD: "Phone call to the board",
  OTHER: "Other (say which in the source)",
};

const id = (label: string) =>
  z.coerce
    .number({ error: `${label} is missing.` })
    .int(`${label} is not valid.`)
    .positive(`${label} is not valid.`)
    .max(MAX_ID, `${label} is not valid.`);

/**
 * A required reason: it is e-mailed to the provider and kept in the audit log, so it must say
 * something. 1,000 characters is also the limit rejectSubmission enforces.
 */
const reason = (what: string) =>
  z
    .string({ error: `Give ${what}.` })
    .trim()
    .min(10, `Give ${what} (at least 10 characters): the provider reads it.`)
    .max(1000, "Keep it to 1,000 characters or fewer.");

const optionalNote = z
  .string()
  .trim()
  .max(1000, "Keep the note under 1,000 characters.")
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZRecordId = id("The record");
/** A record id from a route segment ("/admin/providers/12"); anything else is a 404. */
export const ZRouteId = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

export const ZVerifyCertification = z.object({
  certificationId: id("The certification"),
  state: z.enum(["VERIFIED", "REJECTED"], { error: "Choose verified or rejected." }),
  method: z.enum(VERIFICATION_METHODS, { error: "Choose how you checked it." }),
  source: z
    .string({ error: "Say what you checked it against." })
    .trim()
    .min(5, 'Say what you checked it against, e.g. "ABPN Verify Certification, abpn.org".')
    .max(300, "Keep the source under 300 characters."),
  note: optionalNote,
});
export type TVerifyCertification = z.infer<typeof ZVerifyCertification>;

export const ZProviderStatusChange = z.object({
  providerId: id("The provider"),
  reason: reason("a reason"),
});
export type TProviderStatusChange = z.infer<typeof ZProviderStatusChange>;

export const ZResolveReport = z.object({
  reportId: id("The report"),
  outcome: z.enum(["RESOLVED", "DISMISSED"], { error: "Choose resolve or dismiss." }),
  note: optionalNote,
  /** Only for reports about a review: also take the review off the profile. */
  hideReview: z
    .enum(["on", "1", "true"])
    .optional()
    .transform((v) => v !== undefined),
});
export type TResolveReport = z.infer<typeof ZResolveReport>;

export const ZConsultSpam = z.object({ consultRequestId: id("The consultation request") });

export const ZApproveSubmission = z.object({ submissionId: id("The submission") });
export const ZRejectSubmission = z.object({
  submissionId: id("The submission"),
  reason: reason("the reason for rejecting it"),
});

export const SUBMISSION_KINDS = ["NEW", "EDIT", "CLAIM"] as const;
export const SUBMISSION_STATUSES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : undefined))
    .pipe(z.enum(values).optional())
    // A bad value in a hand-typed URL shows the unfiltered queue rather than an error page.
    .catch(undefined);

export const ZSubmissionQueueParams = z.object({
  kind: optionalEnum(SUBMISSION_KINDS),
  status: optionalEnum(SUBMISSION_STATUSES).transform((s) => s ?? "PENDING"),
});

export const ZPageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

export const ZProviderLookup = z.string().trim().max(100).catch("");
