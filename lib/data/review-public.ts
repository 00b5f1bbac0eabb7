import "server-only";
import type { TPublicReview, TReviewSummary } from "@/lib/reviews/types";
import { consumeRateLimit, LIMITS } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { AppError, fromPrismaError } from "@/lib/errors";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TReviewTarget } from "./reviews";

// The public side of reviews: the reviews page (approved only), the provider's reply and "report
// this review". Writing and confirming reviews is lib/data/reviews.ts.

const nameSelect = { id: true, firstName: true, lastName: true, suffix: true, credential: true } as const;


export type { TPublicReview, TReviewSummary };

export type TReviewsPage = {
  provider: TReviewTarget;
  summary: TReviewSummary;
  reviews: TPublicReview[];
  /** Reviews matching the rating filter (all approved ones without it). */
  total: number;
  isOwner: boolean;
};

/** Approved reviews of a published provider, newest first, optionally of one star rating. */
export async function getReviewsPage(opts: {
  providerId: number;
  rating: number | null;
  page: number;
  pageSize: number;
  viewerId: string | null;
}): Promise<TReviewsPage | null> {
  const p = await db.provider.findFirst({
    where: { id: opts.providerId, status: "PUBLISHED" },
    select: { ...nameSelect, ownerId: true },
  });
  if (!p) return null;
  const isOwner = opts.viewerId !== null && p.ownerId === opts.viewerId;
  const where = {
    providerId: p.id,
    status: "APPROVED" as const,
    ...(opts.rating ? { rating: opts.rating } : {}),
  };
  const [stars, total, rows] = await Promise.all([
    db.review.groupBy({
      by: ["rating"],
      where: { providerId: p.id, status: "APPROVED" },
      _count: { _all: true },
    }),
    db.review.count({ where }),
    db.review.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * opts.pageSize,
      take: opts.pageSize,
      select: {
        id: true,
        rating: true,
        body: true,
        displayName: true,
        createdAt: true,
        reply: { select: { body: true, createdAt: true, status: true } },
      },
    }),
  ]);
  return {
    provider: { id: p.id, name: displayName(p), path: profileUrl(p) },
    summary: summarise(stars.map((s) => ({ rating: s.rating, n: s._count._all }))),
    total,
    isOwner,
    reviews: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      body: r.body,
      displayName: r.displayName,
      createdAt: r.createdAt.toISOString(),
      // A reply is public only once a moderator approved it.
      reply:
        r.reply?.status === "APPROVED"
          ? { body: r.reply.body, createdAt: r.reply.createdAt.toISOString() }
          : null,
      ...(isOwner ? { ownReply: r.reply?.status ?? ("none" as const) } : {}),
    })),
  };
}

export function summarise(stars: Array<{ rating: number; n: number }>): TReviewSummary {
  const distribution: TReviewSummary["distribution"] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const { rating, n } of stars) {
    if (rating < 1 || rating > 5) continue;
    distribution[rating - 1] = (distribution[rating - 1] ?? 0) + n;
    sum += rating * n;
  }
  const count = distribution.reduce((a, b) => a + b, 0);
  return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
}

/** The provider's one public reply to an approved review; PENDING until a moderator approves it. */
export async function createReply(opts: { userId: string; reviewId: number; body: string }): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const r = await tx.review.findUnique({
        where: { id: opts.reviewId },
        select: {
          status: true,
          reply: { select: { id: true } },
          provider: { select: { ownerId: true, status: true } },
        },
      });
      if (!r || r.status !== "APPROVED" || r.provider.status !== "PUBLISHED")
        throw new AppError("NOT_FOUND", "This review is no longer shown, so it can't be answered.");
      // Ownership is checked here, on the server, whatever the page showed.
      if (r.provider.ownerId !== opts.userId)
        throw new AppError(
          "FORBIDDEN",
          "Only the account that manages this provider's profile can reply to its reviews.",
        );
      if (r.reply)
        throw new AppError("CONFLICT", "This review already has a reply: each review can have one.");
      await tx.reviewReply.create({ data: { reviewId: opts.reviewId, body: opts.body, status: "PENDING" } });
    });
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === "P2002")
      throw new AppError("CONFLICT", "This review already has a reply: each review can have one.");
    throw fromPrismaError(e) ?? e;
  }
}

/** "Report this review": a Report (target REVIEW) for the /admin/reports queue. */
export async function createReviewReport(opts: {
  reviewId: number;
  reason: string;
  details: string;
  networkHash: string;
}): Promise<{ id: number }> {
  // Shares the network's report budget with "report incorrect information" on profiles.
  await consumeRateLimit(LIMITS.report, opts.networkHash);
  return db.$transaction(async (tx) => {
    const r = await tx.review.findFirst({
      where: { id: opts.reviewId, status: "APPROVED", provider: { status: "PUBLISHED" } },
      select: { id: true, providerId: true },
    });
    if (!r) throw new AppError("NOT_FOUND", "This review is no longer shown, so there is nothing to report.");
    return tx.report.create({
      data: {
        target: "REVIEW",
        reviewId: r.id,
        providerId: r.providerId,
        reason: opts.reason,
        details: opts.details || null,
        status: "OPEN",
        networkHash: opts.networkHash,
      },
      select: { id: true },
    });
  });
}
