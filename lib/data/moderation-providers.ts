import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProviderStatus } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/providers/format";

// Reading providers for the moderation pages: lookup, and one provider with everything a moderator
// decides on (including its private contact address, which is why only /admin pages call this).

export type TProviderListItem = {
  id: number;
  name: string;
  npi: string;
  status: ProviderStatus;
  city: string | null;
  state: string | null;
  unverified: number;
};

const listSelect = {
  id: true,
  npi: true,
  firstName: true,
  lastName: true,
  suffix: true,
  credential: true,
  status: true,
  locations: { where: { isPrimary: true }, take: 1, select: { city: true, state: true } },
  _count: { select: { certifications: { where: { verificationState: "UNVERIFIED" } } } },
} satisfies Prisma.ProviderSelect;

function toListItem(p: Prisma.ProviderGetPayload<{ select: typeof listSelect }>): TProviderListItem {
  const loc = p.locations[0];
  return {
    id: p.id,
    name: displayName(p),
    npi: p.npi,
    status: p.status,
    city: loc?.city ?? null,
    state: loc?.state ?? null,
    unverified: p._count.certifications,
  };
}

/**
 * Finds providers by id, NPI or name; or the suspended ones; or, without a query, the published and
 * pending providers with certifications still to verify.
 */
export async function findProvidersForModeration(opts: {
  q: string;
  suspended?: boolean;
  limit?: number;
}): Promise<TProviderListItem[]> {
  const q = opts.q.trim();
  const take = opts.limit ?? 25;
  let where: Prisma.ProviderWhereInput;
  if (opts.suspended) where = { status: "SUSPENDED" };
  else if (/^\d{10}$/.test(q)) where = { npi: q };
  else if (/^\d{1,9}$/.test(q)) where = { id: Number(q) };
  else if (q) {
    const words = q.split(/\s+/).slice(0, 3);
    where = {
      AND: words.map((w) => ({
        OR: [
          { lastName: { contains: w, mode: "insensitive" } },
          { firstName: { contains: w, mode: "insensitive" } },
        ],
      })),
    };
  } else {
    where = {
      status: { in: ["PUBLISHED", "PENDING"] },
      certifications: { some: { verificationState: "UNVERIFIED" } },
    };
  }
  const rows = await db.provider.findMany({
    where,
    select: listSelect,
    orderBy: [{ lastName: "asc" }, { id: "asc" }],
    take,
  });
  return rows.map(toListItem);
}

const providerSelect = {
  id: true,
  npi: true,
  firstName: true,
  lastName: true,
  suffix: true,
  credential: true,
  status: true,
  source: true,
  claimed: true,
  contactEmail: true,
  publishedAt: true,
  lastConfirmedAt: true,
  createdAt: true,
  boardAreas: true,
  verifiedBoardAreas: true,
  owner: { select: { email: true } },
  locations: {
    orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
    select: { id: true, practiceName: true, city: true, state: true, zip: true },
  },
  certifications: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      board: true,
      boardName: true,
      specialty: true,
      subspecialty: true,
      year: true,
      verificationState: true,
      verificationMethod: true,
      verificationSource: true,
      verificationNote: true,
      verifiedAt: true,
      verifiedBy: { select: { name: true, email: true } },
    },
  },
  _count: {
    select: { reports: { where: { status: "OPEN" } }, submissions: { where: { status: "PENDING" } } },
  },
} satisfies Prisma.ProviderSelect;

export type TModerationProvider = Omit<
  Prisma.ProviderGetPayload<{ select: typeof providerSelect }>,
  "_count" | "owner"
> & {
  name: string;
  ownerEmail: string | null;
  openReports: number;
  pendingSubmissions: number;
};

export async function getProviderForModeration(opts: { id: number }): Promise<TModerationProvider | null> {
  const p = await db.provider.findUnique({ where: { id: opts.id }, select: providerSelect });
  if (!p) return null;
  const { _count, owner, ...rest } = p;
  return {
    ...rest,
    name: displayName(p),
    ownerEmail: owner?.email ?? null,
    openReports: _count.reports,
    pendingSubmissions: _count.submissions,
  };
}
