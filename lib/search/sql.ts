import { Prisma } from "@/lib/generated/prisma/client";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import type { TResolvedLocation } from "@/lib/geo/parse-location";
import { PAGE_SIZE, type TSearchQuery } from "@/lib/validation/search-params";
import { allOf, conditions, locationFilters } from "./conditions";
import { facetSelects } from "./facets";

// The search's raw SQL, in one place. Only lib/data/search.ts runs it; the benchmark EXPLAINs it.

/**
 * Candidates: one row per published provider with a location inside the radius. The radius test
 * runs on the GiST index "x_location_earth_gist" (earth_box @> ll_to_earth(lat, lng)), then the exact
 * great-circle distance trims the box's corners. `mask` summarises the provider's in-radius locations
 * for the location-level filters (lib/search/location-mask.ts); `meters` is the distance of the
 * nearest in-radius location that satisfies them.
 */
function candidatesSql(origin: TResolvedLocation, q: TSearchQuery): Prisma.Sql {
  const radiusMeters = q.radius * METERS_PER_MILE;
  const loc = locationFilters(q);
  const locOk = allOf([
    ...(loc.accepting ? [Prisma.sql`l."acceptingNewPatients"`] : []),
    ...(loc.telehealth ? [Prisma.sql`l."telehealthConsults"`] : []),
    ...(loc.noReferral ? [Prisma.sql`NOT l."referralRequired"`] : []),
  ]);
  return Prisma.sql`
    o AS (SELECT ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8) AS e),
    loc AS (
      SELECT l."providerId" AS pid,
        bit_or(1 << (l."acceptingNewPatients"::int * 4 + l."telehealthConsults"::int * 2 + (NOT l."referralRequired")::int)) AS mask,
        min(earth_distance(ll_to_earth(l.latitude, l.longitude), o.e)) FILTER (WHERE ${locOk}) AS meters
      FROM "Location" l CROSS JOIN o
      WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL
        AND earth_box(o.e, ${radiusMeters}::float8) @> ll_to_earth(l.latitude, l.longitude)
        AND earth_distance(ll_to_earth(l.latitude, l.longitude), o.e) <= ${radiusMeters}::float8
      GROUP BY l."providerId"
    ),
    c AS (
      SELECT loc.pid, loc.mask, loc.meters, p."boardAreas", p."verifiedBoardAreas", p."reviewCount",
        p."ratingAverage", p."ratingScore", p."recommendationCount",
        e."yearsInjecting", e."yearlyNeckProcedures", coalesce(e.guidance, '{}') AS guidance
      FROM loc
      JOIN "Provider" p ON p.id = loc.pid AND p.status = 'PUBLISHED'
      LEFT JOIN "NeckExperience" e ON e."providerId" = loc.pid
    )`;
}

function orderSql(q: TSearchQuery): Prisma.Sql {
  switch (q.sort) {
    case "experience":
      return Prisma.sql`c."yearsInjecting" DESC NULLS LAST, c."yearlyNeckProcedures" DESC NULLS LAST, c.meters, c.pid`;
    case "rating":
      return Prisma.sql`c."ratingScore" DESC NULLS LAST, c."reviewCount" DESC, c.meters, c.pid`;
    default:
      return Prisma.sql`c.meters, c.pid`;
  }
}

/** The nearest location of each listed provider that satisfies the location filters. */
function nearestLocationSql(origin: TResolvedLocation, q: TSearchQuery): Prisma.Sql {
  const loc = locationFilters(q);
  return Prisma.sql`
    SELECT l2.id, l2.latitude, l2.longitude FROM "Location" l2
    WHERE l2."providerId" = c.pid AND l2.latitude IS NOT NULL AND l2.longitude IS NOT NULL
      ${loc.accepting ? Prisma.sql`AND l2."acceptingNewPatients"` : Prisma.empty}
      ${loc.telehealth ? Prisma.sql`AND l2."telehealthConsults"` : Prisma.empty}
      ${loc.noReferral ? Prisma.sql`AND NOT l2."referralRequired"` : Prisma.empty}
    ORDER BY earth_distance(ll_to_earth(l2.latitude, l2.longitude), ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8))
    LIMIT 1`;
}

/** Total, every facet count and one page of (provider, distance, nearest location) in one statement. */
export function searchPageSql(origin: TResolvedLocation, q: TSearchQuery): Prisma.Sql {
  const where = allOf(conditions(q).map((c) => c.sql));
  const offset = (q.page - 1) * PAGE_SIZE;
  return Prisma.sql`
    WITH ${candidatesSql(origin, q)},
    f AS (SELECT ${facetSelects(q)} FROM c),
    pg AS (
      SELECT c.pid, c.meters, nl.id AS lid, row_number() OVER (ORDER BY ${orderSql(q)}) AS rn
      FROM (SELECT * FROM c WHERE ${where} ORDER BY ${orderSql(q)} LIMIT ${PAGE_SIZE} OFFSET ${offset}) c
      CROSS JOIN LATERAL (${nearestLocationSql(origin, q)}) nl
    )
    SELECT f.*, (SELECT json_agg(json_build_object('pid', pid, 'meters', meters, 'lid', lid) ORDER BY rn) FROM pg) AS page
    FROM f`;
}

/** Every match (nearest first, up to `limit`) with the position of its nearest matching location. */
export function mapPointsSql(origin: TResolvedLocation, q: TSearchQuery, limit: number): Prisma.Sql {
  const where = allOf(conditions(q).map((c) => c.sql));
  return Prisma.sql`
    WITH ${candidatesSql(origin, q)}
    SELECT c.pid, c.meters, nl.latitude AS lat, nl.longitude AS lng, p."firstName", p."lastName", p.credential, p.suffix
    FROM (SELECT * FROM c WHERE ${where} ORDER BY c.meters, c.pid LIMIT ${limit}) c
    CROSS JOIN LATERAL (${nearestLocationSql(origin, q)}) nl
    JOIN "Provider" p ON p.id = c.pid
    ORDER BY c.meters, c.pid`;
}
