import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fromPrismaError, isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { displayName, profileUrl } from "@/lib/providers/format";
import { refreshSearchColumns } from "@/lib/search-columns";
import { toProviderForm, upgradeStoredForm, type TProviderForm } from "@/lib/validation/provider-form";
import { ZClaimPayload } from "@/lib/validation/claim";
import { ZStoredSubmission, type TProviderSubmission } from "@/lib/validation/provider-submission";
import { recordAudit } from "./audit";
import type { TMail } from "./mail";
import { applyEditPayload, createProviderFromPayload, resolveOwnerId } from "./submission-apply";
import { diffProviderForms, type TFieldChange } from "@/lib/providers/profile-diff";
import { mailAfterCommit } from "./submission-intake";
import { approvedMail, rejectedMail } from "./submission-mail";
import { loadProfileForm } from "./submission-payload";

// The moderators' side of submissions (the /admin pages call these): list, review as a diff,
// approve (publish) and reject. The submitters' side is in submission-intake.ts and accounts.ts.

export {
  checkNpiListing,
  createNewSubmission,
  type TCreateResult,
  type TNpiListing,
} from "./submission-intake";
export type { TFieldChange } from "@/lib/providers/profile-diff";
export type TSubmissionSummary = {
  id: number;
  reference: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  providerName: string;
  npi: string;
  providerId: number | null;
  createdAt: Date;
};
export type TSubmissionReview = TSubmissionSummary & {
  contactEmail: string;
  /** Null for a CLAIM, which proposes no profile data. */
  payload: TProviderSubmission | null;
  /** For EDIT: vs the published profile (while pending; afterwards vs the profile it replaced). For NEW/CLAIM: every field with before = null. */
  changes: TFieldChange[];
  reason: string | null;
  reviewedAt: Date | null;
};
type TTx = Prisma.TransactionClient;

const SUMMARY_SELECT = {
  id: true,
  reference: true,
  kind: true,
  status: true,
  providerId: true,
  createdAt: true,
  payload: true,
  provider: { select: { npi: true, firstName: true, lastName: true, suffix: true, credential: true } },
} satisfies Prisma.SubmissionSelect;

type TSummaryRow = Prisma.SubmissionGetPayload<{ select: typeof SUMMARY_SELECT }>;

/** Name and NPI from the payload, read leniently: a list must not fail on one odd row. */
function toSummary(r: TSummaryRow): TSubmissionSummary {
  const i = ((r.payload ?? {}) as { identity?: Record<string, unknown> }).identity ?? {};
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const fromPayload =
    str(i.firstName) || str(i.lastName)
      ? {
          firstName: str(i.firstName),
          lastName: str(i.lastName),
          suffix: str(i.suffix),
          credential: str(i.credential),
        }
      : null;
  const who = fromPayload ?? r.provider;
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    status: r.status,
    providerName: who ? displayName(who) : "(no name)",
    npi: str(i.npi) || r.provider?.npi || "",
    providerId: r.providerId,
    createdAt: r.createdAt,
  };
}

/** Pending ones oldest first (a queue); any other selection newest first. */
export async function listSubmissions(opts: {
  status?: SubmissionStatus;
  kind?: SubmissionKind;
  limit?: number;
}): Promise<TSubmissionSummary[]> {
  const rows = await db.submission.findMany({
    where: { status: opts.status, kind: opts.kind },
    orderBy: [{ createdAt: opts.status === "PENDING" ? "asc" : "desc" }, { id: "asc" }],
    take: Math.min(Math.max(opts.limit ?? 50, 1), 200),
    select: SUMMARY_SELECT,
  });
  return rows.map(toSummary);
}

export async function getSubmissionForReview(opts: { id: number }): Promise<TSubmissionReview | null> {
  const r = await db.submission.findUnique({
    where: { id: opts.id },
    select: { ...SUMMARY_SELECT, contactEmail: true, previous: true, reason: true, reviewedAt: true },
  });
  if (!r) return null;
  if (r.kind === "CLAIM") {
    // A claim proposes no profile data: what the moderator checks is who claims which listing.
    const claim = ZClaimPayload.safeParse(r.payload);
    const c = claim.success ? claim.data.claim : null;
    return {
      ...toSummary(r),
      contactEmail: r.contactEmail,
      payload: null,
      changes: [
        {
          field: "claim.npi",
          label: "NPI typed by the claimant (matches the listing)",
          before: null,
          after: c?.npi ?? null,
        },
        {
          field: "claim.email",
          label: "Claimant's signed-in e-mail address",
          before: null,
          after: c?.claimantEmail ?? r.contactEmail,
        },
        {
          field: "claim.attestedAt",
          label: "Attested to be this provider or authorised by them",
          before: null,
          after: c?.attestedAt ?? null,
        },
      ],
      reason: r.reason,
      reviewedAt: r.reviewedAt,
    };
  }
  const payload = ZStoredSubmission.parse(r.payload);
  let before: TProviderForm | null = null;
  if (r.kind === "EDIT") {
    before =
      r.status === "PENDING" && r.providerId
        ? await loadProfileForm(db, r.providerId)
        : upgradeStoredForm(r.previous);
  }
  return {
    ...toSummary(r),
    contactEmail: r.contactEmail,
    payload,
    changes: diffProviderForms(before, toProviderForm(payload)),
    reason: r.reason,
    reviewedAt: r.reviewedAt,
  };
}

async function claimPending(
  tx: TTx,
  id: number,
  data: Prisma.SubmissionUncheckedUpdateManyInput,
): Promise<void> {
  // The first statement of the transaction: only one moderator can move a PENDING row.
  const won = await tx.submission.updateMany({ where: { id, status: "PENDING" }, data });
  if (won.count === 1) return;
  const exists = await tx.submission.findUnique({ where: { id }, select: { id: true } });
  throw exists
    ? new AppError("CONFLICT", "This submission was already reviewed.")
    : new AppError("NOT_FOUND", "This submission does not exist.");
}

export async function approveSubmission(opts: {
  id: number;
  moderatorId: string;
}): Promise<{ providerId: number }> {
  const now = new Date();
  let done: { providerId: number; mail: TMail };
  try {
    done = await db.$transaction(async (tx) => {
      await claimPending(tx, opts.id, {
        status: "APPROVED",
        reviewerId: opts.moderatorId,
        reviewedAt: now,
        reason: null,
      });
      const s = await tx.submission.findUniqueOrThrow({
        where: { id: opts.id },
        select: {
          reference: true,
          kind: true,
          providerId: true,
          submittedById: true,
          contactEmail: true,
          payload: true,
          createdAt: true,
        },
      });
      let providerId: number;
      let name: string;
      if (s.kind === "CLAIM") {
        // The NPPES claim flow (lib/data/claims.ts): the listing gets its owner; imports stop
        // overwriting it; the owner then edits it like any other profile.
        const claim = ZClaimPayload.safeParse(s.payload);
        if (!claim.success || !s.providerId)
          throw new AppError("INVALID", "This claim's data is not valid: reject it with a reason.");
        const listing = await tx.provider.findUniqueOrThrow({
          where: { id: s.providerId },
          select: {
            npi: true,
            claimed: true,
            firstName: true,
            lastName: true,
            suffix: true,
            credential: true,
          },
        });
        if (listing.claimed)
          throw new AppError("CONFLICT", "This listing was claimed meanwhile: reject this claim.");
        if (listing.npi !== claim.data.claim.npi)
          throw new AppError("CONFLICT", "The claimed NPI no longer matches the listing: reject this claim.");
        providerId = s.providerId;
        name = displayName(listing);
        const ownerId = await resolveOwnerId(tx, {
          submittedById: s.submittedById,
          contactEmail: s.contactEmail,
          name,
        });
        await tx.provider.update({
          where: { id: providerId },
          data: { ownerId, claimed: true, contactEmail: s.contactEmail },
        });
      } else {
        const parsed = ZStoredSubmission.safeParse(s.payload);
        if (!parsed.success)
          throw new AppError(
            "INVALID",
            "This submission's data is no longer valid: reject it with a reason.",
          );
        const payload = parsed.data;
        name = displayName(payload.identity);
        if (s.kind === "NEW") {
          const ownerId = await resolveOwnerId(tx, {
            submittedById: s.submittedById,
            contactEmail: s.contactEmail,
            name,
          });
          providerId = await createProviderFromPayload(tx, {
            payload,
            stored: s.payload,
            ownerId,
            confirmedAt: s.createdAt,
          });
          await tx.submission.update({ where: { id: opts.id }, data: { providerId } });
        } else {
          if (!s.providerId) throw new AppError("INVALID", "This submission names no provider: reject it.");
          providerId = s.providerId;
          await applyEditPayload(tx, { providerId, payload, stored: s.payload, confirmedAt: s.createdAt });
        }
      }
      await recordAudit(tx, {
        actorId: opts.moderatorId,
        action: "submission.approve",
        targetType: "submission",
        targetId: opts.id,
        details: { kind: s.kind, reference: s.reference, providerId },
      });
      await refreshSearchColumns(tx, [providerId]);
      const url = await tx.provider.findUniqueOrThrow({
        where: { id: providerId },
        select: { id: true, firstName: true, lastName: true, credential: true, status: true },
      });
      return {
        providerId,
        mail: approvedMail({
          to: s.contactEmail,
          reference: s.reference,
          kind: s.kind,
          name,
          profileUrl: url.status === "PUBLISHED" ? `${env().APP_URL}${profileUrl(url)}` : null,
        }),
      };
    });
  } catch (e) {
    if (isAppError(e)) throw e;
    // A NEW profile whose NPI got listed meanwhile (e.g. by an NPPES import).
    if (fromPrismaError(e)?.code === "CONFLICT")
      throw new AppError(
        "CONFLICT",
        "A provider with this NPI is already listed: reject this submission and ask the submitter to claim that listing.",
      );
    throw e;
  }
  await mailAfterCommit(done.mail);
  return { providerId: done.providerId };
}

export async function rejectSubmission(opts: {
  id: number;
  moderatorId: string;
  reason: string;
}): Promise<void> {
  const reason = opts.reason.trim();
  if (reason.length < 1 || reason.length > 1000) {
    const message = reason ? "Keep the reason to 1000 characters or fewer." : "Give the submitter a reason.";
    throw new AppError("INVALID", message, { reason: message });
  }
  const s = await db.$transaction(async (tx) => {
    await claimPending(tx, opts.id, {
      status: "REJECTED",
      reviewerId: opts.moderatorId,
      reviewedAt: new Date(),
      reason,
    });
    const row = await tx.submission.findUniqueOrThrow({
      where: { id: opts.id },
      select: { reference: true, kind: true, contactEmail: true },
    });
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: "submission.reject",
      targetType: "submission",
      targetId: opts.id,
      details: { kind: row.kind, reference: row.reference, reason },
    });
    return row;
  });
  await mailAfterCommit(rejectedMail({ to: s.contactEmail, reference: s.reference, kind: s.kind, reason }));
}
