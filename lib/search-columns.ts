import { Prisma } from "@/lib/generated/prisma/client";
import { PRIOR_MEAN, PRIOR_WEIGHT } from "@/lib/ratings";

type TRawExecutor = { $executeRaw: (query: Prisma.Sql) => Promise<number> };

// The search filters read derived columns on "Provider" instead of aggregating child rows per
// request. Every write to certifications, reviews or recommendations calls this in the same
// transaction, so the columns never disagree with the rows they summarise.
//
// Board areas: a certification counts for its specialty and its subspecialty
// ("neurology" | "pain-medicine" | "pmr"); rejected certifications count for nothing.
const AREA_SQL = (col: string) => Prisma.raw(`CASE ${col}
  WHEN 'NEUROLOGY' THEN 'neurology' WHEN 'PAIN_MEDICINE' THEN 'pain-medicine' WHEN 'PMR' THEN 'pmr' END`);

export async function refreshSearchColumns(db: TRawExecutor, providerIds?: number[]): Promise<number> {
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
