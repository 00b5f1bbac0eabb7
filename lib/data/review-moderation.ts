import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError, fromPrismaError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayName, profileUrl } from "@/lib/providers/format";
import { refreshSearchColumns } from "@/lib/search-columns";
import type { TDecision } from "@/lib/validation/review";
import { EDIT_PREFIX, mergeEdit } from "./reviews";

// The review and reply queues of /admin/reviews. Every decision is a guarded update (only from
// PENDING, so a second moderator's click is a CONFLICT, not a second decision), written with its
// audit entry and the provider's refreshed rating columns in one transaction. Callers have already
// checked the moderator role.

type TTx = Prisma.TransactionClient;
export const QUEUE_PAGE_SIZE = 25;
const DAY = 86_400_000;
/** The provider's "usual" pace is measured over the 90 days before the last 7. */
const PRIOR_DAYS = 90;

export type TSignal = { level: "warn" | "info"; text: string };

/**
 * Abuse signals of one pending review, as moderators read them: how many reviews came from its
 * network in 30 days, and how many its provider got in 7 days against the usual pace. Never the
 * network itself.
 */
export function abuseSignals(s: {
  networkCount30d: number | null;
  providerCount7d: number;
  providerCountPrior: number;
}): TSignal[] {
  const out: TSignal[] = [];
  const reviews = (k: number) => `${k} review${k === 1 ? "" : "s"}`;
  if (s.networkCount30d === null) out.push({ level: "info", text: "Network not recorded" });
  else
    out.push({
      level: s.networkCount30d >= 3 ? "warn" : "info",
      text: `${reviews(s.networkCount30d)} from this network in 30 days`,
    });
  const usual = s.providerCountPrior / (PRIOR_DAYS / 7);
  const burst = s.providerCount7d >= 3 && s.providerCount7d >= 3 * usual;
  out.push({
    level: burst ? "warn" : "info",
    text: `${reviews(s.providerCount7d)} for this provider in 7 days (usually ${usual < 0.05 ? "none" : `about ${usual.toFixed(1)}`} a week)`,
  });
  return out;
}

export type TPendingReview = {
  id: number;
  rating: number;
  body: string;
  displayName: string;
  createdAt: Date;
  confirmedAt: Date | null;
  provider: { id: number; name: string; path: string };
  /** An edit of a published review: the version it would replace. */
  replaces: { rating: number; body: string; displayName: string } | null;
  isEdit: boolean;
  /** The first 6 characters of the keyed network hash: enough to tell networks apart, never the IP. */
  networkFingerprint: string | null;
  signals: TSignal[];
  openReports: number;
};

const nameSelect = { id: true, firstName: true, lastName: true, suffix: true, credential: true } as const;
const countBy = <K extends string>(rows: Array<Record<K, unknown> & { _count: { _all: number } }>, key: K) =>
  new Map(rows.map((r) => [r[key], r._count._all]));

/** Confirmed reviews waiting for a decision, longest-waiting first, with their abuse signals. */
export async function listPendingReviews(opts: {
  providerId?: number;
  page: number;
}): Promise<{ total: number; items: TPendingReview[] }> {
  const where = { status: "PENDING" as const, ...(opts.providerId ? { providerId: opts.providerId } : {}) };
  const [total, rows] = await Promise.all([
    db.review.count({ where }),
    db.review.findMany({
      where,
      orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        rating: true,
        body: true,
        displayName: true,
        createdAt: true,
        confirmedAt: true,
        emailHash: true,
        networkHash: true,
        providerId: true,
        provider: { select: nameSelect },
        _count: { select: { reports: { where: { status: "OPEN" } } } },
      },
    }),
  ]);
  if (rows.length === 0) return { total, items: [] };
  const now = Date.now();
  const nets = [...new Set(rows.flatMap((r) => (r.networkHash ? [r.networkHash] : [])))];
  const providerIds = [...new Set(rows.map((r) => r.providerId))];
  const edits = rows.filter((r) => r.emailHash.startsWith(EDIT_PREFIX));
  const [byNet, recent, prior, originals] = await Promise.all([
    db.review.groupBy({
      by: ["networkHash"],
      where: { networkHash: { in: nets }, createdAt: { gte: new Date(now - 30 * DAY) } },
      _count: { _all: true },
    }),
    db.review.groupBy({
      by: ["providerId"],
      where: { providerId: { in: providerIds }, createdAt: { gte: new Date(now - 7 * DAY) } },
      _count: { _all: true },
    }),
    db.review.groupBy({
      by: ["providerId"],
      where: {
        providerId: { in: providerIds },
        createdAt: { gte: new Date(now - (7 + PRIOR_DAYS) * DAY), lt: new Date(now - 7 * DAY) },
      },
      _count: { _all: true },
    }),
    edits.length
      ? db.review.findMany({
          where: {
            OR: edits.map((e) => ({
              providerId: e.providerId,
              emailHash: e.emailHash.slice(EDIT_PREFIX.length),
              status: "APPROVED" as const,
            })),
          },
          select: { providerId: true, emailHash: true, rating: true, body: true, displayName: true },
        })
      : [],
  ]);
  const netCount = countBy(byNet, "networkHash");
  const recentCount = countBy(recent, "providerId");
  const priorCount = countBy(prior, "providerId");
  const items = rows.map((r): TPendingReview => {
    const isEdit = r.emailHash.startsWith(EDIT_PREFIX);
    const original = isEdit
      ? originals.find((o) => o.providerId === r.providerId && EDIT_PREFIX + o.emailHash === r.emailHash)
      : undefined;
    return {
      id: r.id,
      rating: r.rating,
      body: r.body,
      displayName: r.displayName,
      createdAt: r.createdAt,
      confirmedAt: r.confirmedAt,
      provider: { id: r.provider.id, name: displayName(r.provider), path: profileUrl(r.provider) },
      isEdit,
      replaces: original
        ? { rating: original.rating, body: original.body, displayName: original.displayName }
        : null,
      networkFingerprint: r.networkHash ? r.networkHash.slice(0, 6) : null,
      signals: abuseSignals({
        networkCount30d: r.networkHash ? (netCount.get(r.networkHash) ?? 1) : null,
        providerCount7d: recentCount.get(r.providerId) ?? 0,
        providerCountPrior: priorCount.get(r.providerId) ?? 0,
      }),
      openReports: r._count.reports,
    };
  });
  return { total, items };
}

async function inTransaction<T>(fn: (tx: TTx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(fn);
  } catch (e) {
    throw fromPrismaError(e) ?? e;
  }
}

const decided = (status: string) =>
  status === "APPROVED" ? "approved" : status === "REJECTED" ? "rejected" : "changed";

/**
 * Approves or rejects a pending review. Approving an edit moves it onto the published original.
 * Either way the provider's reviewCount, averages and search rows are recomputed in the same
 * transaction (an approval adds a rating; a rejection of a re-confirmed edit may remove one).
 */
/** Returns the provider whose profile shows the change (its cached page is expired: issue 15). */
export async function decideReview(opts: { decision: TDecision; moderatorId: string }): Promise<{ providerIds: number[] }> {
  const { id, decision, reason } = opts.decision;
  const approve = decision === "APPROVE";
  const now = new Date();
  return inTransaction(async (tx) => {
    const mod = { moderatedById: opts.moderatorId, moderatedAt: now };
    const { count } = await tx.review.updateMany({
      where: { id, status: "PENDING" },
      data: approve
        ? { status: "APPROVED", rejectReason: null, ...mod }
        : { status: "REJECTED", rejectReason: reason, ...mod },
    });
    const row = await tx.review.findUnique({
      where: { id },
      select: { status: true, providerId: true, emailHash: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "That review no longer exists.");
    if (count !== 1)
      throw new AppError("CONFLICT", `This review was already ${decided(row.status)} by another moderator.`);
    const isEdit = row.emailHash.startsWith(EDIT_PREFIX);
    const reviewId = approve && isEdit ? await mergeEdit(tx, id, { status: "APPROVED", ...mod }) : id;
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: approve ? "review.approve" : "review.reject",
      targetType: "review",
      targetId: reviewId,
      details: {
        providerId: row.providerId,
        ...(isEdit ? { edit: true } : {}),
        ...(reason ? { reason } : {}),
      },
    });
    await refreshSearchColumns(tx, [row.providerId]);
    return { providerIds: [row.providerId] };
  });
}

export type TPendingReply = {
  id: number;
  body: string;
  createdAt: Date;
  review: { id: number; rating: number; body: string; displayName: string };
  provider: { id: number; name: string; path: string };
};

/** Providers' replies waiting for a decision, oldest first. */
export async function listPendingReplies(opts: {
  page: number;
}): Promise<{ total: number; items: TPendingReply[] }> {
  const [total, rows] = await Promise.all([
    db.reviewReply.count({ where: { status: "PENDING" } }),
    db.reviewReply.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        body: true,
        createdAt: true,
        review: {
          select: { id: true, rating: true, body: true, displayName: true, provider: { select: nameSelect } },
        },
      },
    }),
  ]);
  return {
    total,
    items: rows.map(({ review: { provider, ...review }, ...r }) => ({
      ...r,
      review,
      provider: { id: provider.id, name: displayName(provider), path: profileUrl(provider) },
    })),
  };
}

/** Approves or rejects a pending reply (a reply does not change any rating, so no refresh). */
export async function decideReply(opts: { decision: TDecision; moderatorId: string }): Promise<{ providerIds: number[] }> {
  const { id, decision, reason } = opts.decision;
  return inTransaction(async (tx) => {
    const { count } = await tx.reviewReply.updateMany({
      where: { id, status: "PENDING" },
      data: {
        status: decision === "APPROVE" ? "APPROVED" : "REJECTED",
        moderatedById: opts.moderatorId,
        moderatedAt: new Date(),
      },
    });
    const row = await tx.reviewReply.findUnique({
      where: { id },
      select: { status: true, review: { select: { providerId: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", "That reply no longer exists.");
    if (count !== 1)
      throw new AppError("CONFLICT", `This reply was already ${decided(row.status)} by another moderator.`);
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: decision === "APPROVE" ? "reply.approve" : "reply.reject",
      targetType: "reply",
      targetId: id,
      details: { providerId: row.review.providerId, ...(reason ? { reason } : {}) },
    });
    return { providerIds: [row.review.providerId] };
  });
}

/** Waiting items per queue, for the queue tabs (and the dashboard, if it wants them). */
export async function countReviewQueues(): Promise<{
  reviews: number;
  replies: number;
  recommendations: number;
}> {
  const [reviews, replies, recommendations] = await Promise.all([
    db.review.count({ where: { status: "PENDING" } }),
    db.reviewReply.count({ where: { status: "PENDING" } }),
    db.recommendation.count({ where: { status: "PENDING" } }),
  ]);
  return { reviews, replies, recommendations };
}
