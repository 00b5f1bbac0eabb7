import { Prisma } from "@/lib/generated/prisma/client";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import type { TResolvedLocation } from "@/lib/geo/parse-location";
import { PAGE_SIZE, type TSearchQuery } from "@/lib/validation/search-params";
import { allOf, conditions } from "./conditions";
import { facetSelects } from "./facets";
import { chosenPlaceBits, matchMask } from "./location-mask";
import { MEDICARE_EVIDENCE_CODES, NECK_ROWS_SQL } from "./filters";
import { nameTokens } from "./name-tokens";

// The search's raw SQL, in one place. Only lib/data/search.ts runs it; the benchmark EXPLAINs it.
// It reads the read model "SearchPoint" (one row per located practice of a published provider).

function originSql(origin: TResolvedLocation): Prisma.Sql {
  // Constant arguments: PostgreSQL folds this to one cube at plan time, so the GiST index
  // condition below is a constant too.
  return Prisma.sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;
}

/** The place-filter mask of a search (lib/search/location-mask.ts): all combinations without one. */
function locMaskOf(q: TSearchQuery): number {
  return matchMask(chosenPlaceBits(q as unknown as Record<string, unknown>));
}

/**
 * The name search (decision 0005), as CTEs: "mw", for each word of the search (lib/search/name-tokens.ts),
 * the words of the name dictionary x_name_word that are like it (trigram similarity, the % operator:
 * GIN index "x_name_word_trgm"); "hit", the locations whose name words (first name, last name,
 * practice name) hold a like word for every word of the search (one GIN lookup per word on
 * "x_search_point_words", intersected), with a score: the sum, over the search's words, of the best
 * similarity (1 for an exact word). The in-memory index asks the database for the like words
 * (likeWordsWithVersionSql) and matches the locations' name words itself, by the same rule.
 */
function nameMatchSql(text: string): Prisma.Sql {
  return Prisma.sql`${likeWordsSql(text)},
    hit AS (${nameHitsSql(text)})`;
}

/** "mw": each word of the search with the dictionary's words like it and their similarity. */
function likeWordsSql(text: string): Prisma.Sql {
  return Prisma.sql`
    mw AS (
      SELECT t.token, d.word, similarity(d.word, t.token) AS sim
      FROM unnest(${nameTokens(text)}::text[]) t(token) JOIN "x_name_word" d ON d.word % t.token
    )`;
}

/** A SearchPoint row "s" whose name words hold a like word ("mw") for every word of the search. */
function nameWhereSql(text: string): Prisma.Sql {
  const tokens = nameTokens(text);
  // No word to match (only initials): nothing matches. (The query's validation asks for letters.)
  return tokens.length
    ? Prisma.join(
        tokens.map((t) => Prisma.sql`s."nameWords" && (SELECT coalesce(array_agg(mw.word), '{}') FROM mw WHERE mw.token = ${t})`),
        " AND ",
      )
    : Prisma.sql`FALSE`;
}

/** The matching locations with their score (see nameMatchSql) and the columns the search needs. */
function nameHitsSql(text: string): Prisma.Sql {
  const each = nameWhereSql(text);
  return Prisma.sql`
      -- The location's columns ride along (grouping by its primary key allows them), so a name search
      -- without a place needs no second visit to SearchPoint.
      SELECT tk."locationId", tk."providerId", tk."locCombo", tk.facts, tk.years, tk.volume, tk.rating, tk.reviews,
        tk."medicarePatients", tk.score, sum(tk.best) AS "nameScore"
      FROM (
        SELECT s."locationId", s."providerId", s."locCombo", s.facts, s.years, s.volume, s.rating, s.reviews,
          s."medicarePatients", s.score, mw.token, max(mw.sim) AS best
        FROM "SearchPoint" s JOIN mw ON mw.word = ANY(s."nameWords")
        WHERE ${each}
        GROUP BY s."locationId", mw.token
      ) tk
      GROUP BY tk."locationId", tk."providerId", tk."locCombo", tk.facts, tk.years, tk.volume, tk.rating, tk.reviews,
        tk."medicarePatients", tk.score`;
}

/** "nm": the providers whose name matches, with their best score at any location. */
const namedSql = Prisma.sql`
    nm AS (SELECT hit."providerId" AS pid, max(hit."nameScore") AS sim FROM hit GROUP BY hit."providerId")`;

/** The CTEs a search starts with: the name match for a name search, then "c" its candidates. */
function withSql(origin: TResolvedLocation | null, q: TSearchQuery): Prisma.Sql {
  if (!origin) return Prisma.sql`${nameMatchSql(q.q ?? "")}, ${namedCandidatesSql(q)}`;
  return q.q ? Prisma.sql`${nameMatchSql(q.q)}, ${namedSql}, ${candidatesSql(origin, q)}` : candidatesSql(origin, q);
}

/**
 * Candidates "c": one row per provider with a location inside the radius. The GiST index
 * "x_search_point_earth" answers earth_box(origin, r) @> earth; the straight-line (chord) distance
 * then trims the box's corners: for points on the sphere it orders exactly as the great-circle
 * distance does, and costs one C call instead of trigonometry. `mask` summarises the provider's
 * in-radius locations for the place filters (lib/search/location-mask.ts); `chord` is the
 * distance to the nearest in-radius location that satisfies them.
 */
function candidatesSql(origin: TResolvedLocation, q: TSearchQuery): Prisma.Sql {
  const radiusMeters = q.radius * METERS_PER_MILE;
  const o = originSql(origin);
  return Prisma.sql`
    c AS (
      SELECT s."providerId" AS pid,
        bit_or(1 << s."locCombo") AS mask,
        min(cube_distance(s.earth, ${o})) FILTER (WHERE ((1 << s."locCombo") & ${locMaskOf(q)}) <> 0) AS chord,
        s.facts, s.years, s.volume, s.rating, s.reviews, s."medicarePatients" AS medicare, s.score, ${q.q ? Prisma.sql`nm.pid IS NOT NULL` : Prisma.sql`FALSE`} AS named, 0::float8 AS sim
      FROM "SearchPoint" s ${q.q ? Prisma.sql`LEFT JOIN nm ON nm.pid = s."providerId"` : Prisma.empty}
      WHERE earth_box(${o}, ${radiusMeters}::float8) @> s.earth
        AND cube_distance(s.earth, ${o}) <= gc_to_sec(${radiusMeters}::float8)
      -- The provider's facts are the same on each of its rows: grouping by them costs less than
      -- aggregating them.
      GROUP BY s."providerId", s.facts, s.years, s.volume, s.rating, s.reviews, s."medicarePatients", s.score${q.q ? Prisma.sql`, nm.pid` : Prisma.empty}
    )`;
}

/**
 * A name search everywhere (no place): the candidates are the locations whose name matched, grouped
 * by provider, with the best score. A doctor's name is on every one of its locations; a practice's
 * name only on that practice, so the place filters then look at the practices that were asked for.
 */
function namedCandidatesSql(q: TSearchQuery): Prisma.Sql {
  return Prisma.sql`
    c AS (
      SELECT hit."providerId" AS pid, bit_or(1 << hit."locCombo") AS mask, NULL::float8 AS chord,
        hit.facts, hit.years, hit.volume, hit.rating, hit.reviews, hit."medicarePatients" AS medicare, hit.score,
        TRUE AS named, max(hit."nameScore") AS sim,
        -- The listed location: the lowest id of the matching ones that satisfy the place filters.
        min(hit."locationId") FILTER (WHERE ((1 << hit."locCombo") & ${locMaskOf(q)}) <> 0) AS lid
      FROM hit
      GROUP BY hit."providerId", hit.facts, hit.years, hit.volume, hit.rating, hit.reviews, hit."medicarePatients", hit.score
    )`;
}

/** The search's order; ties: nearer, then the better name match, then the lower id. */
function orderSql(q: TSearchQuery): Prisma.Sql {
  switch (q.sort) {
    case "experience":
      // Public evidence first (Medicare patients with neck injections), then what the doctor reports.
      return Prisma.sql`c.medicare DESC NULLS LAST, c.years DESC NULLS LAST, c.volume DESC NULLS LAST, c.chord, c.sim DESC, c.pid`;
    case "rating":
      return Prisma.sql`c.score DESC NULLS LAST, c.reviews DESC, c.chord, c.sim DESC, c.pid`;
    case "match":
      return Prisma.sql`c.sim DESC, c.chord, c.pid`;
    default:
      return Prisma.sql`c.chord, c.pid`;
  }
}

/**
 * The listed location of a provider: the nearest that satisfies the place filters (the lowest id
 * of equally near ones); without a place, the lowest id that satisfies them.
 */
function nearestLocationSql(origin: TResolvedLocation | null, q: TSearchQuery): Prisma.Sql {
  // Without a place, the candidates know it already (namedCandidatesSql).
  if (!origin) return Prisma.sql`SELECT c.lid AS id`;
  return Prisma.sql`
    SELECT s2."locationId" AS id FROM "SearchPoint" s2
    WHERE s2."providerId" = c.pid AND ((1 << s2."locCombo") & ${locMaskOf(q)}) <> 0
    ORDER BY cube_distance(s2.earth, ${originSql(origin)}), s2."locationId"
    LIMIT 1`;
}

/**
 * Total, one page of (provider, distance, listed location) and, with `facets`, every facet count,
 * in one statement. The facet counts are most of the statement's cost on large areas, so the JSON
 * API computes them only when asked. `origin` null: a name search everywhere.
 */
export function searchPageSql(origin: TResolvedLocation | null, q: TSearchQuery, opts: { facets: boolean }): Prisma.Sql {
  const where = allOf(conditions(q).map((c) => c.sql));
  const offset = (q.page - 1) * PAGE_SIZE;
  const counts = opts.facets ? facetSelects(q) : Prisma.sql`count(*) FILTER (WHERE ${where})::int AS total`;
  return Prisma.sql`
    WITH ${withSql(origin, q)},
    f AS (SELECT ${counts} FROM c),
    pg AS (
      SELECT c.pid, sec_to_gc(c.chord) AS meters, nl.id AS lid, row_number() OVER (ORDER BY ${orderSql(q)}) AS rn
      FROM (SELECT * FROM c WHERE ${where} ORDER BY ${orderSql(q)} LIMIT ${PAGE_SIZE} OFFSET ${offset}) c
      CROSS JOIN LATERAL (${nearestLocationSql(origin, q)}) nl
    )
    SELECT f.*, (${pageRowsSql}) AS page
    FROM f`;
}

/**
 * For the in-memory index's name searches: the like words of each word of `q` (the dictionary's
 * words similar to it, "mw", with their similarity), and the read model's version. The index
 * holds every location's name words and finds the matching locations itself
 * (SearchIndex.namedLocations), as "hit" does here.
 */
export function likeWordsWithVersionSql(text: string): Prisma.Sql {
  return Prisma.sql`
    WITH ${likeWordsSql(text)}
    SELECT ${versionSql} AS version,
      (SELECT coalesce(json_agg(json_build_array(mw.token, mw.word, mw.sim)), '[]') FROM mw) AS "likeWords"`;
}

/** The read model's version, "<epoch>:<generation>" (migration 20261126160000; lib/search/index-sync.ts). */
const versionSql = Prisma.sql`(SELECT "epoch" || ':' || "generation" FROM "x_search_generation" WHERE "id" = 1)`;

/** The read model's version alone: for a page whose every card is cached (lib/search/card-cache.ts). */
export const versionOnlySql = Prisma.sql`SELECT ${versionSql} AS version`;

/**
 * For the in-memory index (lib/search/memory-index.ts): the page's rows for hits it ranked, with
 * the read model's version read in the same statement, so the caller can tell whether the
 * index was current.
 */
export function pageByIdsSql(hits: ReadonlyArray<{ providerId: number; meters: number | null; locationId: number }>): Prisma.Sql {
  return Prisma.sql`
    WITH pg AS (
      SELECT * FROM unnest(${hits.map((h) => h.providerId)}::int[], ${hits.map((h) => h.meters)}::float8[], ${hits.map((h) => h.locationId)}::int[])
        WITH ORDINALITY AS t(pid, meters, lid, rn)
    )
    SELECT ${versionSql} AS version, (${pageRowsSql}) AS page`;
}

/** For the in-memory index: the names of map points' providers, with the read model's version. */
export function mapNamesSql(providerIds: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT ${versionSql} AS version,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'firstName', p."firstName", 'lastName', p."lastName",
          'credential', p.credential, 'suffix', p.suffix, 'source', p.source, 'claimed', p.claimed,
          'boardAreas', p."boardAreas", 'verifiedBoardAreas', p."verifiedBoardAreas",
          'registeredSpecialty', p."registeredSpecialty")), '[]')
       FROM "Provider" p WHERE p.id = ANY(${providerIds}::int[]) AND p.status = 'PUBLISHED') AS names`;
}

const list = (codes: readonly string[]) => Prisma.raw(codes.map((c) => `'${c}'`).join(", "));
const caseOf = (map: Record<string, string>) => Prisma.raw(`CASE m.hcpcs ${Object.entries(map).map(([code, name]) => `WHEN '${code}' THEN '${name}'`).join(" ")} END`);

/**
 * A provider's Medicare evidence (lib/cms/evidence.ts) in its latest data year with neck injections in
 * the evidence window: patients (the larger of office and facility), visits (patient-days), guidance
 * and toxins billed that year. Toxin rows give names only: their counts are drug units.
 */
const medicareEvidenceSql = Prisma.sql`(
    SELECT json_build_object(
      'year', ly.year,
      'patients', (SELECT max(m.beneficiaries) FROM "MedicareServiceStat" m WHERE m.npi = p.npi AND m.year = ly.year AND m.hcpcs IN (${list(MEDICARE_EVIDENCE_CODES.neck)})),
      'visits', (SELECT sum(m."beneficiaryDays")::int FROM "MedicareServiceStat" m WHERE m.npi = p.npi AND m.year = ly.year AND m.hcpcs IN (${list(MEDICARE_EVIDENCE_CODES.neck)})),
      'guidanceBilled', (SELECT coalesce(json_agg(DISTINCT ${caseOf(MEDICARE_EVIDENCE_CODES.guidance)}), '[]') FROM "MedicareServiceStat" m
        WHERE m.npi = p.npi AND m.year = ly.year AND m.hcpcs IN (${list(Object.keys(MEDICARE_EVIDENCE_CODES.guidance))})),
      'toxinsBilled', (SELECT coalesce(json_agg(DISTINCT ${caseOf(MEDICARE_EVIDENCE_CODES.toxins)}), '[]') FROM "MedicareServiceStat" m
        WHERE m.npi = p.npi AND m.year = ly.year AND m.hcpcs IN (${list(Object.keys(MEDICARE_EVIDENCE_CODES.toxins))})))
    FROM (SELECT max(m.year) AS year FROM ${Prisma.raw(NECK_ROWS_SQL)}) ly
    WHERE ly.year IS NOT NULL)`;

/**
 * Public Medicare facts of these providers (the compare page): the claims evidence as the search's
 * cards have it, and Care Compare's assignment, telehealth and graduation year with the file's date.
 */
export function publicFactsByIdsSql(ids: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, ${medicareEvidenceSql} AS evidence,
      (SELECT json_build_object('acceptsAssignment', cc."acceptsAssignment", 'telehealth', cc.telehealth,
          'graduationYear', cc."graduationYear", 'fileDate', cc."fileDate")
       FROM "CareCompareClinician" cc WHERE cc.npi = p.npi) AS "careCompare"
    FROM "Provider" p WHERE p.id = ANY(${ids}::int[]) AND p.status = 'PUBLISHED'`;
}

/** The page's rows with everything a result card shows, as JSON (one round trip for the whole page). */
const pageRowsSql = Prisma.sql`
  SELECT json_agg(json_build_object(
    'id', p.id, 'firstName', p."firstName", 'lastName', p."lastName", 'suffix', p.suffix, 'credential', p.credential,
    'source', p.source, 'claimed', p.claimed, 'registeredSpecialty', p."registeredSpecialty", 'lastConfirmedAt', p."lastConfirmedAt", 'reviewCount', p."reviewCount",
    'languages', p.languages, 'gender', p.gender, 'insurancePlans', p."insurancePlans", 'insuranceConfirmedAt', p."insuranceConfirmedAt",
    'medicareAssignment', (SELECT json_build_object('accepts', cc."acceptsAssignment", 'fileDate', cc."fileDate")
      FROM "CareCompareClinician" cc WHERE cc.npi = p.npi),
    'medicareEvidence', ${medicareEvidenceSql},
    'ratingAverage', p."ratingAverage", 'recommendationCount', p."recommendationCount", 'meters', pg.meters,
    'years', e."yearsInjecting", 'volume', e."yearlyNeckProcedures", 'guidance', coalesce(e.guidance, '{}'),
    'dystonia', coalesce(e."cervicalDystoniaFocus", false),
    'locationId', l.id, 'practiceName', l."practiceName", 'city', l.city, 'state', l.state, 'latitude', l.latitude, 'longitude', l.longitude,
    'accepting', l."acceptingNewPatients", 'telehealth', l."telehealthConsults", 'inPerson', l."inPersonConsults",
    'referral', l."referralRequired",
    'boards', (
      SELECT coalesce(json_agg(json_build_object('board', ce.board, 'specialty', ce.specialty, 'subspecialty', ce.subspecialty,
        'year', ce.year, 'state', ce."verificationState", 'verifiedAt', ce."verifiedAt")
        ORDER BY (ce."verificationState" = 'VERIFIED') DESC, ce.year, ce.id), '[]')
      FROM "Certification" ce WHERE ce."providerId" = p.id AND ce."verificationState" <> 'REJECTED')
  ) ORDER BY pg.rn)
  FROM pg
  JOIN "Provider" p ON p.id = pg.pid AND p.status = 'PUBLISHED'
  JOIN "Location" l ON l.id = pg.lid
  LEFT JOIN "NeckExperience" e ON e."providerId" = p.id`;

/** Every match (nearest first, or best name match without a place, up to `limit`) with the position of its listed location. */
export function mapPointsSql(origin: TResolvedLocation | null, q: TSearchQuery, limit: number): Prisma.Sql {
  const where = allOf(conditions(q).map((c) => c.sql));
  const order = origin ? Prisma.sql`c.chord, c.pid` : Prisma.sql`c.sim DESC, c.pid`;
  return Prisma.sql`
    WITH ${withSql(origin, q)}
    SELECT c.pid, sec_to_gc(c.chord) AS meters, l.latitude AS lat, l.longitude AS lng,
      p."firstName", p."lastName", p.credential, p.suffix, p.source::text AS source, p.claimed,
      p."boardAreas", p."verifiedBoardAreas", p."registeredSpecialty"
    FROM (SELECT * FROM c WHERE ${where} ORDER BY ${order} LIMIT ${limit}) c
    CROSS JOIN LATERAL (${nearestLocationSql(origin, q)}) nl
    JOIN "Location" l ON l.id = nl.id
    JOIN "Provider" p ON p.id = c.pid
    ORDER BY ${order}`;
}
