import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { inTransaction } from "@/lib/data/moderation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReportTarget, ReviewStatus } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/providers/format";
import { refreshSearchColumns } from "@/lib/search-columns";

export type TOpenReport = {
  id: number;
  target: ReportTarget;
  reason: string;
  details: string | null;
  createdAt: Date;
  provider: { id: number; name: string } | null;
  review: { id: number; rating: number; body: string; displayName: string; status: ReviewStatus } | null;
};

const nameSelect = { id: true, firstName: true, lastName: true, suffix: true, credential: true } as const;

/** Open reports, oldest first: the queue is worked in the order people wrote in. */
export async function listOpenReports(opts: { limit?: number } = {}): Promise<TOpenReport[]> {
  const rows = await db.report.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: opts.limit ?? 100,
    select: {
      id: true,
      target: true,
      reason: true,
      details: true,
      createdAt: true,
      provider: { select: nameSelect },
      review: {
        select: {
          id: true,
          rating: true,
          body: true,
          displayName: true,
          status: true,
          provider: { select: nameSelect },
        },
      },
    },
  });
  return rows.map((r) => {
    // A review report names the review; its provider comes through the review.
    const p = r.provider ?? r.review?.provider ?? null;
    return {
      id: r.id,
      target: r.target,
      reason: r.reason,
      details: r.details,
      createdAt: r.createdAt,
      provider: p ? { id: p.id, name: displayName(p) } : null,
      review: r.review
        ? {
            id: r.review.id,
            rating: r.review.rating,
            body: r.review.body,
            displayName: r.review.displayName,
            status: r.review.status,
          }
        : null,
    };
  });
}

export type TResolveReportInput = {
  reportId: number;
  moderatorId: string;
  outcome: "RESOLVED" | "DISMISSED";
  note?: string;
  /** For a report about a review: also take the review off the profile (status REJECTED). */
  hideReview?: boolean;
};

/**
 * Closes an open report. Only an OPEN report can be closed: the conditional UPDATE makes a second
 * moderator's click a CONFLICT instead of a second audit entry. Hiding a reported review changes
 * the provider's rating, so its search columns are refreshed in the same transaction.
 */
export async function resolveReport(opts: TResolveReportInput): Promise<void> {
  if (opts.hideReview && opts.outcome === "DISMISSED") {
    throw new AppError(
      "INVALID",
      "A dismissed report leaves the review as it is: resolve the report to hide the review.",
    );
  }
  await inTransaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { id: opts.reportId, status: "OPEN" },
      data: { status: opts.outcome, resolvedById: opts.moderatorId, resolvedAt: new Date() },
    });
    const report = await tx.report.findUnique({
      where: { id: opts.reportId },
      select: {
        status: true,
        target: true,
        providerId: true,
        reviewId: true,
        review: { select: { providerId: true, status: true } },
      },
    });
    if (!report) throw new AppError("NOT_FOUND", "That report no longer exists.");
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        `This report was already ${report.status === "DISMISSED" ? "dismissed" : "resolved"} by another moderator.`,
      );
    const providerId = report.providerId ?? report.review?.providerId ?? null;
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: opts.outcome === "RESOLVED" ? "report.resolve" : "report.dismiss",
      targetType: "report",
      targetId: opts.reportId,
      details: { providerId, reviewId: report.reviewId, ...(opts.note ? { note: opts.note } : {}) },
    });
    if (!opts.hideReview) return;
    if (report.target !== "REVIEW" || !report.reviewId || !report.review) {
      throw new AppError("INVALID", "This report is not about a review, so there is no review to hide.");
    }
    if (report.review.status !== "REJECTED") {
      await tx.review.update({
        where: { id: report.reviewId },
        data: {
          status: "REJECTED",
          moderatedById: opts.moderatorId,
          moderatedAt: new Date(),
          rejectReason: opts.note ?? "Hidden after a report.",
        },
      });
      await recordAudit(tx, {
        actorId: opts.moderatorId,
        action: "review.hide",
        targetType: "review",
        targetId: report.reviewId,
        details: {
          providerId,
          reportId: opts.reportId,
          from: report.review.status,
          ...(opts.note ? { note: opts.note } : {}),
        },
      });
      await refreshSearchColumns(tx, [report.review.providerId]);
    }
  });
}
