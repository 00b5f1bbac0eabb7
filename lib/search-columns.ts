import { Prisma } from "@/lib/generated/prisma/client";
import { PRIOR_MEAN, PRIOR_WEIGHT } from "@/lib/ratings";
import { FILTERS, filtersOf, type TFilter } from "@/lib/search/filters";

type TRawExecutor = { $executeRaw: (query: Prisma.Sql) => Promise<number> };

/**
 * The provider's facts as the read model stores them: one key per fact ("board:neurology",
 * "verified-board:pmr", "recommended", "language:es"), each filter's `factsSql` from the filter
 * table (lib/search/filters.ts). p: "Provider", e: "NeckExperience".
 */
function factsSql(): string {
  const parts: string[] = [];
  for (const f of FILTERS as readonly TFilter[]) {
    if (f.kind === "list") parts.push(`SELECT '${f.param}:' || f.x FROM (${f.factsSql}) f(x)`);
    else if (f.kind === "verified") parts.push(`SELECT 'verified-${f.of}:' || f.x FROM (${f.factsSql}) f(x)`);
    else if (f.kind === "flag") parts.push(`SELECT '${f.param}' FROM (${f.factsSql}) f`);
  }
  return `ARRAY(${parts.join("\n        UNION ALL ")})`;
}

/** The location's combination of place filters (lib/search/location-mask.ts). l: "Location". */
function locComboSql(): string {
  return filtersOf("place")
    .map((f) => `(CASE WHEN ${f.factSql} THEN ${f.comboBit} ELSE 0 END)`)
    .join(" + ");
}

/**
 * The SELECT that turns locations of published providers into SearchPoint rows. A migration that
 * changes what it selects (a new filter's facts) must refill SearchPoint with this very text: a unit
 * test (lib/search-columns.test.ts) holds the newest such migration to it.
 */
export function searchPointsSelectText(): string {
  return `
    SELECT l.id, l."providerId", ll_to_earth(l.latitude, l.longitude),
      ${locComboSql()},
      ${factsSql()},
      array_remove(regexp_split_to_array(x_fold(p."firstName" || ' ' || p."lastName" || ' ' || l."practiceName"), '[^[:alnum:]]+'), ''),
      ${filtersOf("min").map((f) => f.valueSql).join(",\n      ")},
      p."ratingScore"
    FROM "Location" l
    JOIN "Provider" p ON p.id = l."providerId"
    LEFT JOIN "NeckExperience" e ON e."providerId" = p.id
    WHERE p.status = 'PUBLISHED' AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL`;
}

/** The read model's column of each minimum filter, in table order (`readModelColumn`, or its `column`). */
export const MIN_READ_MODEL_COLUMNS = filtersOf("min").map((f) => ({ column: f.column, readModel: f.readModelColumn ?? f.column }));

const INSERT_COLUMNS = `INSERT INTO "SearchPoint" ("locationId", "providerId", earth, "locCombo", facts, "nameWords", ${MIN_READ_MODEL_COLUMNS.map((c) => `"${c.readModel}"`).join(", ")}, score)`;

function searchPointsSelect(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(INSERT_COLUMNS)} ${Prisma.raw(searchPointsSelectText())} ${where}`;
}

/**
 * Rebuilds the search read model (SearchPoint) of the given providers, or of all. Call it, in the
 * same transaction, after any change to a provider's status, locations, experience or derived
 * columns; refreshSearchColumns does so itself.
 */
export async function rebuildSearchPoints(db: TRawExecutor, providerIds?: number[]): Promise<void> {
  if (providerIds) {
    await db.$executeRaw(Prisma.sql`DELETE FROM "SearchPoint" WHERE "providerId" = ANY(${providerIds}::int[])`);
    await db.$executeRaw(searchPointsSelect(Prisma.sql`AND p.id = ANY(${providerIds}::int[])`));
  } else {
    await db.$executeRaw(Prisma.sql`DELETE FROM "SearchPoint"`);
    await db.$executeRaw(searchPointsSelect(Prisma.empty));
  }
}

// The search filters read derived columns on "Provider" instead of aggregating child rows per
// request. Every write to certifications, reviews or recommendations calls this in the same
// transaction, so the columns never disagree with the rows they summarise.
//
// Board areas: a certification counts for its specialty and its subspecialty
// ("neurology" | "pain-medicine" | "pmr"); rejected certifications count for nothing.
const AREA_SQL = (col: string) => Prisma.raw(`CASE ${col}
  WHEN 'NEUROLOGY' THEN 'neurology' WHEN 'PAIN_MEDICINE' THEN 'pain-medicine' WHEN 'PMR' THEN 'pmr' END`);

/**
 * Recomputes the derived search columns of the given providers (or all) from their rows, then
 * rebuilds their SearchPoint rows.
 */
export async function refreshSearchColumns(db: TRawExecutor, providerIds?: number[]): Promise<number> {
  const updated = await updateDerivedColumns(db, providerIds);
  await rebuildSearchPoints(db, providerIds);
  return updated;
}

async function updateDerivedColumns(db: TRawExecutor, providerIds?: number[]): Promise<number> {
  const where = providerIds ? Prisma.sql`WHERE p.id = ANY(${providerIds}::int[])` : Prisma.empty;
  return db.$executeRaw(Prisma.sql`
    UPDATE "Provider" p SET
      "boardAreas" = coalesce((
        SELECT array_agg(DISTINCT a ORDER BY a) FROM "Certification" c
        CROSS JOIN LATERAL (VALUES (${AREA_SQL('c."specialty"::text')}), (${AREA_SQL('c."subspecialty"::text')})) v(a)
        WHERE c."providerId" = p.id AND c."verificationState" <> 'REJECTED' AND a IS NOT NULL), '{}'),
      "verifiedBoardAreas" = coalesce((
        SELECT array_agg(DISTINCT a ORDER BY a) FROM "Certification" c
        CROSS JOIN LATERAL (VALUES (${AREA_SQL('c."specialty"::text')}), (${AREA_SQL('c."subspecialty"::text')})) v(a)
        WHERE c."providerId" = p.id AND c."verificationState" = 'VERIFIED' AND a IS NOT NULL), '{}'),
      "reviewCount" = r.n,
      "ratingAverage" = CASE WHEN r.n > 0 THEN r.total::float8 / r.n END,
      "ratingScore" = CASE WHEN r.n > 0 THEN (${PRIOR_MEAN}::float8 * ${PRIOR_WEIGHT} + r.total) / (${PRIOR_WEIGHT} + r.n) END,
      "recommendationCount" = (
        SELECT count(*)::int FROM "Recommendation" rc WHERE rc."toProviderId" = p.id AND rc."status" = 'APPROVED')
    FROM (
      SELECT p2.id, count(rv.id)::int AS n, coalesce(sum(rv.rating), 0)::int AS total
      FROM "Provider" p2 LEFT JOIN "Review" rv ON rv."providerId" = p2.id AND rv."status" = 'APPROVED'
      ${providerIds ? Prisma.sql`WHERE p2.id = ANY(${providerIds}::int[])` : Prisma.empty}
      GROUP BY p2.id
    ) r
    ${where === Prisma.empty ? Prisma.sql`WHERE r.id = p.id` : Prisma.sql`${where} AND r.id = p.id`}
  `);
}
