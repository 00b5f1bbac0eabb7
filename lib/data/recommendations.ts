import "server-only";
import type { TPublicRecommendation } from "@/lib/reviews/types";
import { recordAudit } from "@/lib/data/audit";
import { consumeRateLimit, LIMITS } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { AppError, fromPrismaError } from "@/lib/errors";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { displayName, profileUrl, SPECIALTY_NAMES } from "@/lib/providers/format";
import { refreshSearchColumns } from "@/lib/search-columns";
import type { TRecommendationInput } from "@/lib/validation/recommendation";
import type { TDecision } from "@/lib/validation/review";

// Clinician-to-clinician recommendations (the guide's step 1). A signed-in user recommends as a
// PUBLISHED provider profile it owns, another PUBLISHED provider, once per pair (unique index), never
// itself (CHECK constraint as well as the rule below). A recommendation is PENDING until a moderator
// approves it; only approved ones count in the recommended=1 search filter (refreshSearchColumns).

const nameSelect = { id: true, firstName: true, lastName: true, suffix: true, credential: true } as const;
type TName = { id: number; firstName: string; lastName: string; suffix: string | null; credential: string };
const named = (p: TName) => ({ id: p.id, name: displayName(p), path: profileUrl(p) });

export type TOwnProfile = {
  id: number;
  name: string;
  published: boolean;
  isTarget: boolean;
  /** This profile's recommendation of the target, if it already made one. */
  existing: { status: ModerationStatus; createdAt: Date } | null;
};

export type TRecommendContext = { target: { id: number; name: string; path: string }; own: TOwnProfile[] };

/** What the recommend page needs: the (published) target and the viewer's own profiles. */
export async function getRecommendContext(opts: {
  toProviderId: number;
  userId: string | null;
}): Promise<TRecommendContext | null> {
  const target = await db.provider.findFirst({
    where: { id: opts.toProviderId, status: "PUBLISHED" },
    select: nameSelect,
  });
  if (!target) return null;
  const own = opts.userId
    ? await db.provider.findMany({
        where: { ownerId: opts.userId },
        orderBy: { id: "asc" },
        select: {
          ...nameSelect,
          status: true,
          recommendationsGiven: {
            where: { toProviderId: target.id },
            select: { status: true, createdAt: true },
          },
        },
      })
    : [];
  return {
    target: named(target),
    own: own.map((p) => ({
      id: p.id,
      name: displayName(p),
      published: p.status === "PUBLISHED",
      isTarget: p.id === target.id,
      existing: p.recommendationsGiven[0] ?? null,
    })),
  };
}

/** Records a recommendation (PENDING). Every rule is checked here, whatever the form offered. */
export async function createRecommendation(opts: {
  userId: string;
  input: TRecommendationInput;
}): Promise<{ toName: string }> {
  const { fromProviderId, toProviderId, reason } = opts.input;
  if (fromProviderId === toProviderId)
    throw new AppError("INVALID", "You can't recommend yourself: choose a colleague's profile.", {
      fromProviderId: "You can't recommend yourself.",
    });
  await consumeRateLimit(LIMITS.recommendation, `user:${opts.userId}`);
  let toName = "this provider";
  try {
    await db.$transaction(async (tx) => {
      const from = await tx.provider.findFirst({
        where: { id: fromProviderId, ownerId: opts.userId },
        select: { status: true },
      });
      if (!from)
        throw new AppError(
          "FORBIDDEN",
          "You can only recommend as a provider profile that your account manages.",
        );
      if (from.status !== "PUBLISHED")
        throw new AppError("FORBIDDEN", "You can recommend colleagues once your own profile is published.");
      const to = await tx.provider.findFirst({
        where: { id: toProviderId, status: "PUBLISHED" },
        select: nameSelect,
      });
      if (!to) throw new AppError("NOT_FOUND", "That provider is not listed, so it can't be recommended.");
      toName = displayName(to);
      await tx.recommendation.create({ data: { fromProviderId, toProviderId, reason, status: "PENDING" } });
    });
  } catch (e) {
    // One per pair: the unique index decides, also between two simultaneous attempts.
    if ((e as { code?: unknown } | null)?.code === "P2002")
      throw new AppError("CONFLICT", `You already recommended ${toName}.`);
    throw fromPrismaError(e) ?? e;
  }
  return { toName };
}

export type { TPublicRecommendation };

/**
 * Approved recommendations of a published provider, newest first, with each recommender's name,
 * specialty and profile link. Only recommenders that are themselves published: the link must lead
 * somewhere.
 */
export async function listApprovedRecommendations(opts: {
  providerId: number;
}): Promise<TPublicRecommendation[]> {
  const rows = await db.recommendation.findMany({
    where: {
      toProviderId: opts.providerId,
      status: "APPROVED",
      toProvider: { status: "PUBLISHED" },
      fromProvider: { status: "PUBLISHED" },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      reason: true,
      createdAt: true,
      fromProvider: {
        select: {
          ...nameSelect,
          registeredSpecialty: true,
          certifications: {
            where: { verificationState: { not: "REJECTED" } },
            orderBy: [{ verificationState: "desc" }, { id: "asc" }],
            select: { specialty: true, subspecialty: true },
          },
        },
      },
    },
  });
  return rows.map((r) => {
    const certs = [
      ...new Set(r.fromProvider.certifications.map((c) => SPECIALTY_NAMES[c.subspecialty ?? c.specialty])),
    ];
    return {
      id: r.id,
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
      // Board certifications first; the self-selected NPPES specialty only when there are none.
      from: {
        ...named(r.fromProvider),
        specialty: certs.length ? certs.slice(0, 2).join(", ") : r.fromProvider.registeredSpecialty,
      },
    };
  });
}

export type TPendingRecommendation = {
  id: number;
  reason: string;
  createdAt: Date;
  from: { id: number; name: string; path: string };
  to: { id: number; name: string; path: string };
};

export const RECOMMENDATION_PAGE_SIZE = 25;

/** Pending recommendations, oldest first; with `providerId`, those made by or about that provider. */
export async function listPendingRecommendations(opts: {
  page: number;
  providerId?: number;
}): Promise<{ total: number; items: TPendingRecommendation[] }> {
  const where = {
    status: "PENDING" as const,
    ...(opts.providerId
      ? { OR: [{ fromProviderId: opts.providerId }, { toProviderId: opts.providerId }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.recommendation.count({ where }),
    db.recommendation.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * RECOMMENDATION_PAGE_SIZE,
      take: RECOMMENDATION_PAGE_SIZE,
      select: {
        id: true,
        reason: true,
        createdAt: true,
        fromProvider: { select: nameSelect },
        toProvider: { select: nameSelect },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      reason: r.reason,
      createdAt: r.createdAt,
      from: named(r.fromProvider),
      to: named(r.toProvider),
    })),
  };
}

/**
 * Approves or rejects a pending recommendation (guarded: only from PENDING). The recommended
 * provider's recommendationCount and search rows are refreshed in the same transaction.
 */
export async function decideRecommendation(opts: {
  decision: TDecision;
  moderatorId: string;
}): Promise<{ providerIds: number[] }> {
  const { id, decision, reason } = opts.decision;
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.recommendation.updateMany({
        where: { id, status: "PENDING" },
        data: {
          status: decision === "APPROVE" ? "APPROVED" : "REJECTED",
          moderatedById: opts.moderatorId,
          moderatedAt: new Date(),
        },
      });
      const row = await tx.recommendation.findUnique({
        where: { id },
        select: { status: true, fromProviderId: true, toProviderId: true },
      });
      if (!row) throw new AppError("NOT_FOUND", "That recommendation no longer exists.");
      if (count !== 1)
        throw new AppError(
          "CONFLICT",
          `This recommendation was already ${row.status === "APPROVED" ? "approved" : "rejected"} by another moderator.`,
        );
      await recordAudit(tx, {
        actorId: opts.moderatorId,
        action: decision === "APPROVE" ? "recommendation.approve" : "recommendation.reject",
        targetType: "recommendation",
        targetId: id,
        details: {
          providerId: row.toProviderId,
          fromProviderId: row.fromProviderId,
          ...(reason ? { reason } : {}),
        },
      });
      await refreshSearchColumns(tx, [row.toProviderId]);
      // Shown on the recommended doctor's profile (the recommender's is unchanged).
      return { providerIds: [row.toProviderId] };
    });
  } catch (e) {
    throw fromPrismaError(e) ?? e;
  }
}

/** Providers whose profiles show an approved recommendation from this one (its name and link). */
export async function listRecommendedProviderIds(opts: { fromProviderId: number }): Promise<number[]> {
  const rows = await db.recommendation.findMany({
    where: { fromProviderId: opts.fromProviderId, status: "APPROVED" },
    select: { toProviderId: true },
  });
  return rows.map((r) => r.toProviderId);
}
