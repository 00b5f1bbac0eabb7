import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Board, Guidance, Specialty, VerificationState } from "@/lib/generated/prisma/enums";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import type { TResolvedLocation } from "@/lib/geo/parse-location";
import { displayName, profileUrl } from "@/lib/providers/format";
import { allOf, conditions, locationFilters } from "@/lib/search/conditions";
import { facetSelects, type TFacetCounts } from "@/lib/search/facets";
import { PAGE_SIZE, type TSearchQuery } from "@/lib/validation/search-params";

export type TResultBoard = {
  board: Board;
  specialty: Specialty;
  subspecialty: Specialty | null;
  year: number | null;
  verification: "verified" | "self-reported";
  verifiedAt: string | null;
};

export type TSearchResult = {
  id: number;
  name: string;
  credential: string;
  profileUrl: string;
  distanceMiles: number;
  latitude: number;
  longitude: number;
  practiceName: string;
  city: string;
  state: string;
  boards: TResultBoard[];
  yearsInjecting: number | null;
  yearlyVolume: number | null;
  guidance: Guidance[];
  cervicalDystoniaFocus: boolean;
  averageRating: number | null;
  reviewCount: number;
  recommendationCount: number;
  acceptingNewPatients: boolean;
  telehealth: boolean;
  inPerson: boolean;
  referralNeeded: boolean;
  isDemo: boolean;
  lastConfirmedAt: string | null;
};

export type TSearchPage = { total: number; page: number; pageSize: number; results: TSearchResult[]; facets: TFacetCounts };
export type TMapPoint = { id: number; name: string; distanceMiles: number; latitude: number; longitude: number; profileUrl: string };

const round1 = (n: number) => Math.round(n * 10) / 10;

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

type TPageRow = TFacetCounts & { page: Array<{ pid: number; meters: number; lid: number }> | null };

/** One page of results with the total and every facet count, in one statement. */
export async function searchProviders(opts: { origin: TResolvedLocation; query: TSearchQuery }): Promise<TSearchPage> {
  const { origin, query: q } = opts;
  const where = allOf(conditions(q).map((c) => c.sql));
  const offset = (q.page - 1) * PAGE_SIZE;
  const rows = await db.$queryRaw<TPageRow[]>(Prisma.sql`
    WITH ${candidatesSql(origin, q)},
    f AS (SELECT ${facetSelects(q)} FROM c),
    pg AS (
      SELECT c.pid, c.meters, nl.id AS lid, row_number() OVER (ORDER BY ${orderSql(q)}) AS rn
      FROM (SELECT * FROM c WHERE ${where} ORDER BY ${orderSql(q)} LIMIT ${PAGE_SIZE} OFFSET ${offset}) c
      CROSS JOIN LATERAL (${nearestLocationSql(origin, q)}) nl
    )
    SELECT f.*, (SELECT json_agg(json_build_object('pid', pid, 'meters', meters, 'lid', lid) ORDER BY rn) FROM pg) AS page
    FROM f`);
  const row = rows[0];
  const { page: pageRows, ...facets } = row ?? { page: null };
  const total = (facets as TFacetCounts).total ?? 0;
  const results = await loadResults(pageRows ?? []);
  return { total, page: q.page, pageSize: PAGE_SIZE, results, facets: facets as TFacetCounts };
}

async function loadResults(page: Array<{ pid: number; meters: number; lid: number }>): Promise<TSearchResult[]> {
  if (!page.length) return [];
  const [providers, locations] = await Promise.all([
    db.provider.findMany({
      where: { id: { in: page.map((p) => p.pid) }, status: "PUBLISHED" },
      select: {
        id: true, firstName: true, lastName: true, suffix: true, credential: true, source: true, lastConfirmedAt: true,
        reviewCount: true, ratingAverage: true, recommendationCount: true,
        experience: { select: { yearsInjecting: true, yearlyNeckProcedures: true, guidance: true, cervicalDystoniaFocus: true } },
        certifications: {
          where: { verificationState: { not: "REJECTED" } },
          orderBy: [{ verificationState: "asc" }, { year: "asc" }],
          select: { board: true, specialty: true, subspecialty: true, year: true, verificationState: true, verifiedAt: true },
        },
      },
    }),
    db.location.findMany({
      where: { id: { in: page.map((p) => p.lid) } },
      select: {
        id: true, practiceName: true, city: true, state: true, latitude: true, longitude: true,
        acceptingNewPatients: true, telehealthConsults: true, inPersonConsults: true, referralRequired: true,
      },
    }),
  ]);
  const byId = new Map(providers.map((p) => [p.id, p]));
  const locById = new Map(locations.map((l) => [l.id, l]));
  return page.flatMap(({ pid, meters, lid }) => {
    const p = byId.get(pid);
    const l = locById.get(lid);
    if (!p || !l || l.latitude === null || l.longitude === null) return [];
    return [
      {
        id: p.id,
        name: displayName(p),
        credential: p.credential,
        profileUrl: profileUrl(p),
        distanceMiles: round1(meters / METERS_PER_MILE),
        latitude: l.latitude,
        longitude: l.longitude,
        practiceName: l.practiceName,
        city: l.city,
        state: l.state,
        boards: p.certifications.map((c) => ({
          board: c.board,
          specialty: c.specialty,
          subspecialty: c.subspecialty,
          year: c.year,
          verification: verificationLabel(c.verificationState),
          verifiedAt: c.verifiedAt?.toISOString() ?? null,
        })),
        yearsInjecting: p.experience?.yearsInjecting ?? null,
        yearlyVolume: p.experience?.yearlyNeckProcedures ?? null,
        guidance: p.experience?.guidance ?? [],
        cervicalDystoniaFocus: p.experience?.cervicalDystoniaFocus ?? false,
        averageRating: p.ratingAverage === null ? null : Math.round(p.ratingAverage * 10) / 10,
        reviewCount: p.reviewCount,
        recommendationCount: p.recommendationCount,
        acceptingNewPatients: l.acceptingNewPatients,
        telehealth: l.telehealthConsults,
        inPerson: l.inPersonConsults,
        referralNeeded: l.referralRequired,
        isDemo: p.source === "DEMO",
        lastConfirmedAt: p.lastConfirmedAt?.toISOString() ?? null,
      },
    ];
  });
}

function verificationLabel(state: VerificationState): "verified" | "self-reported" {
  return state === "VERIFIED" ? "verified" : "self-reported";
}

export const MAX_MAP_POINTS = 5000;

/** Every matching provider (up to MAX_MAP_POINTS, nearest first) as a map point. */
export async function searchMapPoints(opts: { origin: TResolvedLocation; query: TSearchQuery }): Promise<TMapPoint[]> {
  const { origin, query: q } = opts;
  const where = allOf(conditions(q).map((c) => c.sql));
  const rows = await db.$queryRaw<Array<{ pid: number; meters: number; lat: number; lng: number; firstName: string; lastName: string; credential: string; suffix: string | null }>>(Prisma.sql`
    WITH ${candidatesSql(origin, q)}
    SELECT c.pid, c.meters, nl.latitude AS lat, nl.longitude AS lng, p."firstName", p."lastName", p.credential, p.suffix
    FROM (SELECT * FROM c WHERE ${where} ORDER BY c.meters, c.pid LIMIT ${MAX_MAP_POINTS}) c
    CROSS JOIN LATERAL (${nearestLocationSql(origin, q)}) nl
    JOIN "Provider" p ON p.id = c.pid
    ORDER BY c.meters, c.pid`);
  return rows.map((r) => ({
    id: r.pid,
    name: displayName(r),
    distanceMiles: round1(r.meters / METERS_PER_MILE),
    latitude: r.lat,
    longitude: r.lng,
    profileUrl: profileUrl({ id: r.pid, ...r }),
  }));
}
