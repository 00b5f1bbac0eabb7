import "server-only";
import { queryRaw } from "@/lib/db";
import { env } from "@/lib/env";
import type { Board, Gender, Guidance, Specialty, VerificationState } from "@/lib/generated/prisma/enums";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import { nearestZip } from "@/lib/geo/nearest-zip";
import type { TResolvedLocation } from "@/lib/geo/parse-location";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import { displayName, profileUrl } from "@/lib/providers/format";
import { searchIndex, syncIndex } from "@/lib/search/index-sync";
import type { SearchIndex, TNamedLocations } from "@/lib/search/memory-index";
import { nameTokens } from "@/lib/search/name-tokens";
import { BOARD_OPTIONS } from "@/lib/search/filters";
import { CardCache, cardKey } from "@/lib/search/card-cache";
import { likeWordsWithVersionSql, mapNamesSql, mapPointsSql, pageByIdsSql, searchPageSql, versionOnlySql } from "@/lib/search/sql";
import type { TFacetCounts, TInsuranceReport, TMapPoint, TMedicareEvidence, TSearchPage, TSearchResult } from "@/lib/search/types";
import { PAGE_SIZE, type TSearchQuery } from "@/lib/validation/search-params";

export type { TMapPoint, TResultBoard, TSearchPage, TSearchResult } from "@/lib/search/types";

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One result as the search SQL returns it (lib/search/sql.ts, pageRowsSql). */
type TRawResult = {
  id: number;
  firstName: string;
  lastName: string;
  suffix: string | null;
  credential: string;
  source: string;
  claimed: boolean;
  registeredSpecialty: string | null;
  lastConfirmedAt: string | null;
  reviewCount: number;
  languages: string[] | null;
  gender: Gender | null;
  insurancePlans: string[] | null;
  insuranceConfirmedAt: string | null;
  medicareAssignment: { accepts: string | null; fileDate: string } | null;
  medicareEvidence: TMedicareEvidence | null;
  ratingAverage: number | null;
  recommendationCount: number;
  /** Null in a name search everywhere. */
  meters: number | null;
  years: number | null;
  volume: number | null;
  guidance: Guidance[];
  dystonia: boolean;
  locationId: number;
  practiceName: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  accepting: boolean;
  telehealth: boolean;
  inPerson: boolean;
  referral: boolean;
  boards: Array<{
    board: Board;
    specialty: Specialty;
    subspecialty: Specialty | null;
    year: number | null;
    state: VerificationState;
    verifiedAt: string | null;
  }>;
};

type TPageRow = TFacetCounts & { page: TRawResult[] | null };

export type TSearchEngine = "memory" | "sql";

/** The engine for one search: the in-memory index unless SEARCH_INDEX=off (or a test asks). */
async function indexFor(engine: TSearchEngine | undefined): Promise<SearchIndex | null> {
  if (engine === "sql") return null;
  if (engine === "memory") return syncIndex();
  return searchIndex();
}

/** Brings the index up to date after a search found it behind; null (search on the SQL) if that fails. */
async function catchUp(engine: TSearchEngine | undefined): Promise<SearchIndex | null> {
  if (engine === "memory") return syncIndex();
  return syncIndex().catch((e: unknown) => {
    console.error(`Search index: catching up failed (${e instanceof Error ? e.message : String(e)}); searching on the database.`);
    return null;
  });
}

/**
 * Runs `attempt` on the index until the database confirms the version it answered from (it returns
 * null when the version it read differs), catching up in between. Null when there is no index or
 * after two catch-ups (a read model that changes faster than that is left to the SQL).
 */
async function onCurrentIndex<T>(engine: TSearchEngine | undefined, attempt: (index: SearchIndex) => Promise<T | null>): Promise<T | null> {
  let index = await indexFor(engine);
  for (let i = 0; index && i < 3; i++) {
    const answer = await attempt(index);
    if (answer !== null) return answer;
    index = await catchUp(engine);
  }
  return null;
}

/**
 * The locations whose name matches a name search, with their score, found by the index in the
 * name words it holds, from the like words the database's trigram index finds; null when the
 * database's version is not the index's.
 */
async function namedLocationsFor(index: SearchIndex, text: string): Promise<TNamedLocations | null> {
  const tokens = nameTokens(text);
  // One statement text per number of words (the like-word lookup is one join per word).
  const [row] = await queryRaw<{ version: string; likeWords: Array<[string, string, number]> }>(likeWordsWithVersionSql(text), {
    prepareAs: `search-like-words-${tokens.length}`,
  });
  return row?.version === index.version ? index.namedLocations(tokens, row.likeWords) : null;
}

/** The ids of the providers whose name matches a name search (the SQL's "nm"); undefined without a name. */
async function namedFor(index: SearchIndex, q: TSearchQuery): Promise<number[] | undefined | null> {
  if (!q.q) return undefined;
  const named = await namedLocationsFor(index, q.q);
  return named && named.providerIds;
}

/**
 * One page of results with the total (and, when asked, every facet count). The in-memory index
 * (decision 0003) ranks and counts, and one statement fetches the page's cards together with the
 * read model's version; if the index turns out to be behind, it catches up and searches
 * again. A name search (near a place or everywhere) first asks the database's name indexes which
 * providers or locations match. Without the index, one statement on the read model does it all
 * (lib/search/sql.ts).
 */
export async function searchProviders(opts: {
  /** Null: a name search everywhere (the query has `q` and no `near`). */
  origin: TResolvedLocation | null;
  query: TSearchQuery;
  /** Count what each filter option would leave (the page's filters); only `total` otherwise. */
  withFacets: boolean;
  engine?: TSearchEngine;
  /**
   * The nearest first page only (page 1, sorted by distance, no facets), for the searches beyond a
   * sparse search's radius: the index widens its radius from this many miles up to the query's
   * until a page is full (SearchIndex.nearest). Same results; `total` is then only a lower bound.
   */
  nearestFromMiles?: number;
}): Promise<TSearchPage> {
  const { origin, query: q } = opts;
  const nearestFrom = opts.nearestFromMiles;
  if (nearestFrom !== undefined && (q.page !== 1 || q.sort !== "distance" || opts.withFacets)) {
    throw new Error("searchProviders: nearestFromMiles needs page 1, the distance order and no facets.");
  }
  const fromIndex = origin
    ? await onCurrentIndex(opts.engine, async (index) => {
        // The version the answer reflects: another search may catch the index up meanwhile.
        const version = index.version;
        const named = await namedFor(index, q);
        if (named === null) return null;
        const answer =
          nearestFrom !== undefined
            ? index.nearest(origin, q, { limit: PAGE_SIZE, fromMiles: nearestFrom, named })
            : index.search(origin, q, { facets: opts.withFacets, offset: (q.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, named });
        const results = await pageCards(answer.hits, version);
        if (results === null) return null;
        return { total: answer.total, page: q.page, pageSize: PAGE_SIZE, results, facets: answer.facets };
      })
    : q.q
      ? await onCurrentIndex(opts.engine, (index) => namedEverywhere(index, q, opts.withFacets))
      : null;
  if (fromIndex) return fromIndex;
  const rows = await queryRaw<TPageRow>(searchPageSql(origin, q, { facets: opts.withFacets }));
  const { page, ...facets } = rows[0] ?? { page: null };
  return {
    total: (facets as TFacetCounts).total ?? 0,
    page: q.page,
    pageSize: PAGE_SIZE,
    results: (page ?? []).map(toResult),
    facets: facets as TFacetCounts,
  };
}

/**
 * A name search everywhere on the index: the database finds the like words (its trigram index),
 * the index the locations whose name holds them, filters, counts and ranks them; one statement
 * fetches the page. Null when the index turns out to be behind.
 */
async function namedEverywhere(index: SearchIndex, q: TSearchQuery, withFacets: boolean): Promise<TSearchPage | null> {
  const version = index.version;
  const named = await namedLocationsFor(index, q.q ?? "");
  if (!named) return null;
  const answer = index.searchNamed(q, named, { facets: withFacets, offset: (q.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const results = await pageCards(answer.hits, version);
  if (results === null) return null;
  return { total: answer.total, page: q.page, pageSize: PAGE_SIZE, results, facets: answer.facets };
}

/**
 * The search read model's version now ("epoch:generation"): what the production server keys the
 * search pages it keeps by (scripts/lib/search-pages.mjs).
 */
export async function readModelVersion(): Promise<string | null> {
  const [row] = await queryRaw<{ version: string }>(versionOnlySql, { prepareAs: "search-version" });
  return row?.version ?? null;
}

/**
 * Result cards kept between searches, for the read model's current version only
 * (lib/search/card-cache.ts): SEARCH_CARD_CACHE cards (20,000 by default, about 1.4 kB of heap each).
 */
const globalForCards = globalThis as unknown as { searchCardCache?: CardCache<TSearchResult> };
const cardCache = () => (globalForCards.searchCardCache ??= new CardCache<TSearchResult>(env().SEARCH_CARD_CACHE));

/** What the card cache holds now (tests, diagnostics). */
export function searchCardCacheState(): { version: string | null; size: number } {
  const cards = cardCache();
  return { version: cards.version, size: cards.size };
}

type TPageHit = { providerId: number; locationId: number; meters: number | null };

/**
 * The result cards of a page of hits the index ranked at `version`, in their order, each with its
 * distance: the cached ones as they are, the others from the database (one statement, which also
 * reads the version). Null when the database's version is not `version` (the index is behind).
 */
async function pageCards(hits: ReadonlyArray<TPageHit>, version: string): Promise<TSearchResult[] | null> {
  const cards = cardCache();
  const missing = hits.filter((h) => cards.get(version, cardKey(h.providerId, h.locationId)) === undefined);
  const fetched = new Map<string, TSearchResult>();
  if (missing.length === 0) {
    const [row] = await queryRaw<{ version: string }>(versionOnlySql, { prepareAs: "search-version" });
    if (row?.version !== version) return null;
  } else {
    const [row] = await queryRaw<{ version: string; page: TRawResult[] | null }>(pageByIdsSql(missing), { prepareAs: "search-page-by-ids" });
    if (row?.version !== version) return null;
    for (const r of row.page ?? []) fetched.set(cardKey(r.id, r.locationId), toResult({ ...r, meters: null }));
    cards.put(version, fetched);
  }
  return hits.flatMap((h) => {
    const key = cardKey(h.providerId, h.locationId);
    // A provider the database no longer lists at this version has no card (as the statement's join).
    const card = fetched.get(key) ?? cards.get(version, key);
    return card ? [{ ...card, distanceMiles: h.meters === null ? null : round1(h.meters / METERS_PER_MILE) }] : [];
  });
}

function toResult(r: TRawResult): TSearchResult {
  // The registry says nothing about consultations: what an unclaimed import stores there is a
  // stand-in that keeps it out of those filters, not a fact to show (lib/nppes/listing.ts).
  const unconfirmed = isUnclaimedImport(r);
  return {
    id: r.id,
    name: displayName(r),
    credential: r.credential,
    profileUrl: profileUrl(r),
    distanceMiles: r.meters === null ? null : round1(r.meters / METERS_PER_MILE),
    latitude: r.latitude,
    longitude: r.longitude,
    practiceName: r.practiceName,
    city: r.city,
    state: r.state,
    boards: r.boards.map((b) => ({
      board: b.board,
      specialty: b.specialty,
      subspecialty: b.subspecialty,
      year: b.year,
      verification: b.state === "VERIFIED" ? "verified" : "self-reported",
      verifiedAt: b.verifiedAt ? new Date(b.verifiedAt).toISOString() : null,
    })),
    yearsInjecting: r.years,
    yearlyVolume: r.volume,
    guidance: r.guidance,
    cervicalDystoniaFocus: r.dystonia,
    averageRating: r.ratingAverage === null ? null : Math.round(r.ratingAverage * 10) / 10,
    reviewCount: r.reviewCount,
    recommendationCount: r.recommendationCount,
    acceptingNewPatients: unconfirmed ? null : r.accepting,
    telehealth: unconfirmed ? null : r.telehealth,
    inPerson: unconfirmed ? null : r.inPerson,
    referralNeeded: unconfirmed ? null : r.referral,
    languages: r.languages?.length ? r.languages : null,
    gender: r.gender === "FEMALE" ? "female" : r.gender === "MALE" ? "male" : null,
    insurance: insuranceReports(r),
    medicareEvidence: r.medicareEvidence,
    isDemo: r.source === "DEMO",
    isUnclaimedImport: unconfirmed,
    registeredSpecialty: r.registeredSpecialty,
    lastConfirmedAt: r.lastConfirmedAt ? new Date(r.lastConfirmedAt).toISOString() : null,
  };
}

/** What each source says of the plans a doctor accepts; null when none says anything. */
function insuranceReports(r: TRawResult): TInsuranceReport[] | null {
  const reports: TInsuranceReport[] = [];
  if (r.insurancePlans?.length) {
    reports.push({ source: "practice", plans: r.insurancePlans, confirmedAt: r.insuranceConfirmedAt ? new Date(r.insuranceConfirmedAt).toISOString() : null });
  }
  // Care Compare: "Y" accepts Medicare assignment; "M" only may, which is not a yes.
  if (r.medicareAssignment?.accepts === "Y") {
    reports.push({ source: "care-compare", plans: ["medicare"], confirmedAt: new Date(r.medicareAssignment.fileDate).toISOString() });
  }
  return reports.length ? reports : null;
}

/** How far "beyond the radius" looks for the nearest matching doctors (the contiguous states are about 2,800 miles across). */
export const BEYOND_RADIUS_MILES = 1500;
/** At most this many doctors beyond the radius, and fewer than this many results inside it to look. */
export const BEYOND_LIMIT = 5;
export const FEW_RESULTS = 3;

/**
 * For a search with few results (fewer than FEW_RESULTS): the nearest matching doctors outside its
 * radius, nearest first (the same filters, up to BEYOND_RADIUS_MILES), and those of them, or others,
 * with a practice in the searched place's state who consult by telehealth. A search that ends
 * somewhere, not in "nothing here".
 */
export async function searchBeyondRadius(opts: {
  origin: TResolvedLocation;
  query: TSearchQuery;
  engine?: TSearchEngine;
}): Promise<{ nearestBeyond: TSearchResult[]; state: string | null; telehealthInState: TSearchResult[] }> {
  const { origin, query } = opts;
  const wide: TSearchQuery = { ...query, radius: BEYOND_RADIUS_MILES, page: 1, sort: "distance" };
  const outside = (r: TSearchResult) => r.distanceMiles !== null && r.distanceMiles > query.radius;
  // Both look up to 1,500 miles out, but the index stops at the smallest radius (from twice the
  // search's) that holds a full page: the same results, usually for a small part of the cost.
  const nearestFromMiles = query.radius * 2;
  const beyond = await searchProviders({ origin, query: wide, withFacets: false, engine: opts.engine, nearestFromMiles });
  const state = origin.state ?? nearestZip(origin.lat, origin.lng)?.state ?? null;
  let telehealthInState: TSearchResult[] = [];
  if (state) {
    const tele = await searchProviders({ origin, query: { ...wide, telehealth: true }, withFacets: false, engine: opts.engine, nearestFromMiles });
    telehealthInState = tele.results.filter((r) => outside(r) && r.state === state).slice(0, BEYOND_LIMIT);
  }
  return { nearestBeyond: beyond.results.filter(outside).slice(0, BEYOND_LIMIT), state, telehealthInState };
}

export const MAX_MAP_POINTS = 5000;

type TNameRow = {
  firstName: string;
  lastName: string;
  credential: string;
  suffix: string | null;
  source: string;
  claimed: boolean;
  boardAreas: string[];
  verifiedBoardAreas: string[];
  registeredSpecialty: string | null;
};

/** Every matching provider (up to MAX_MAP_POINTS, nearest first or best name match first) as a map point. */
export async function searchMapPoints(opts: {
  origin: TResolvedLocation | null;
  query: TSearchQuery;
  engine?: TSearchEngine;
}): Promise<TMapPoint[]> {
  const { origin, query: q } = opts;
  const fromIndex = origin
    ? await onCurrentIndex(opts.engine, async (index) => {
        const version = index.version;
        const named = await namedFor(index, q);
        if (named === null) return null;
        const { hits } = index.search(origin, q, { facets: false, offset: 0, limit: MAX_MAP_POINTS, sort: "distance", named });
        const [row] = await queryRaw<{ version: string; names: Array<TNameRow & { id: number }> }>(mapNamesSql(hits.map((h) => h.providerId)), { prepareAs: "search-map-names" });
        if (row?.version !== version) return null;
        const names = new Map(row.names.map((n) => [n.id, n]));
        return hits.flatMap((h) => {
          const n = names.get(h.providerId);
          return n ? [mapPoint(h.providerId, h.meters, h.lat, h.lng, n)] : [];
        });
      })
    : null;
  if (fromIndex) return fromIndex;
  const rows = await queryRaw<TNameRow & { pid: number; meters: number | null; lat: number; lng: number }>(mapPointsSql(origin, q, MAX_MAP_POINTS));
  return rows.map((r) => mapPoint(r.pid, r.meters, r.lat, r.lng, r));
}

function mapPoint(id: number, meters: number | null, latitude: number, longitude: number, n: TNameRow): TMapPoint {
  return {
    id,
    name: displayName(n),
    distanceMiles: meters === null ? null : round1(meters / METERS_PER_MILE),
    latitude,
    longitude,
    profileUrl: profileUrl({ id, ...n }),
    isDemo: n.source === "DEMO",
    isUnclaimedImport: isUnclaimedImport(n),
    ...mapSpecialty(n),
    boardVerified: n.verifiedBoardAreas.length > 0,
  };
}

/** What the map's popup says the doctor does: board areas first, else the registry's specialty. */
function mapSpecialty(n: TNameRow): Pick<TMapPoint, "specialty" | "specialtyKind"> {
  if (n.boardAreas.length) {
    const labels = n.boardAreas.map((a) => BOARD_OPTIONS.find((o) => o.value === a)?.label.en ?? a);
    return { specialty: labels.join(" · "), specialtyKind: "board" };
  }
  if (n.registeredSpecialty) return { specialty: n.registeredSpecialty, specialtyKind: "registered" };
  return { specialty: null, specialtyKind: null };
}
