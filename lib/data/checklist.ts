import "server-only";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import {
  boardLabel,
  boardSource,
  providerDisplayName,
  specialtyLabel,
  type TChecklistProvider,
  type TProviderSearchResult,
} from "@/lib/checklist/provider";
import { isUnclaimedImport } from "@/lib/nppes/listing";

// Public directory data for the consultation checklist's doctor block. Only published providers,
// only public fields (the patient's checklist itself never reaches the server).

const SEARCH_LIMIT = 10;

function formatZip(zip: string, zip4: string | null): string {
  return zip4 ? `${zip}-${zip4}` : zip;
}

/**
 * A published provider's name, primary practice address, phone and board certifications; null
 * otherwise. Specialty names in `locale` (the checklist page's language).
 */
export async function getChecklistProvider({
  id,
  locale = "en",
}: {
  id: number;
  locale?: TLocale;
}): Promise<TChecklistProvider | null> {
  const p = await db.provider.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      suffix: true,
      credential: true,
      lastConfirmedAt: true,
      source: true,
      claimed: true,
      // The primary location first; a provider without one falls back to the oldest.
      locations: {
        select: {
          practiceName: true,
          street1: true,
          street2: true,
          city: true,
          state: true,
          zip: true,
          zip4: true,
          phone: true,
        },
        orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
        take: 1,
      },
      certifications: {
        where: { verificationState: { not: "REJECTED" } },
        select: {
          board: true,
          boardName: true,
          specialty: true,
          subspecialty: true,
          year: true,
          verificationState: true,
          verifiedAt: true,
        },
        orderBy: [{ verificationState: "desc" }, { year: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!p) return null;
  const loc = p.locations[0];
  return {
    id: p.id,
    name: providerDisplayName(p),
    practiceName: loc?.practiceName ?? null,
    addressLines: loc
      ? [loc.street1, loc.street2, `${loc.city}, ${loc.state} ${formatZip(loc.zip, loc.zip4)}`].filter(
          (line): line is string => Boolean(line),
        )
      : [],
    phone: loc?.phone ?? null,
    lastConfirmedAt: p.lastConfirmedAt?.toISOString() ?? null,
    unclaimedImport: isUnclaimedImport(p),
    demo: p.source === "DEMO",
    certifications: p.certifications.map((c) => ({
      board: boardLabel(c.board, c.boardName, locale),
      boardSource: boardSource(c.board, c.boardName),
      specialty: specialtyLabel(c.specialty, locale),
      subspecialty: c.subspecialty ? specialtyLabel(c.subspecialty, locale) : null,
      year: c.year,
      verified: c.verificationState === "VERIFIED",
      verifiedAt: c.verificationState === "VERIFIED" ? (c.verifiedAt?.toISOString() ?? null) : null,
    })),
  };
}

/** Escapes LIKE wildcards so a typed "%" or "_" matches itself. */
function likeContains(query: string): string {
  return `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Published providers whose "first last" name contains the query, case-insensitively, at most 10.
 * The expression matches the trigram index x_provider_name_trgm (prisma/migrations/..._init), which
 * serves LIKE '%…%' on lower("firstName" || ' ' || "lastName").
 */
export async function searchChecklistProviders({
  query,
}: {
  query: string;
}): Promise<TProviderSearchResult[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT p.id
    FROM "Provider" p
    WHERE p.status = 'PUBLISHED'
      AND lower(p."firstName" || ' ' || p."lastName") LIKE ${likeContains(query)}
    ORDER BY p."lastName", p."firstName", p.id
    LIMIT ${SEARCH_LIMIT}`;
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const providers = await db.provider.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      suffix: true,
      credential: true,
      locations: {
        select: { city: true, state: true },
        orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
        take: 1,
      },
    },
  });
  const byId = new Map(providers.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const loc = p.locations[0];
    return [{ id: p.id, name: providerDisplayName(p), place: loc ? `${loc.city}, ${loc.state}` : null }];
  });
}
