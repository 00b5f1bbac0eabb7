import "server-only";
import { queryRaw } from "@/lib/db";
import type { Board, Guidance, Specialty, VerificationState } from "@/lib/generated/prisma/enums";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import type { TResolvedLocation } from "@/lib/geo/parse-location";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TFacetCounts } from "@/lib/search/facets";
import { mapPointsSql, searchPageSql } from "@/lib/search/sql";
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
  /** Imported from NPPES and not claimed: consultation details are unknown, not "no". */
  isUnclaimedImport: boolean;
  registeredSpecialty: string | null;
  lastConfirmedAt: string | null;
};

export type TSearchPage = {
  total: number;
  page: number;
  pageSize: number;
  results: TSearchResult[];
  facets: TFacetCounts;
};
export type TMapPoint = {
  id: number;
  name: string;
  distanceMiles: number;
  latitude: number;
  longitude: number;
  profileUrl: string;
};

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
  ratingAverage: number | null;
  recommendationCount: number;
  meters: number;
  years: number | null;
  volume: number | null;
  guidance: Guidance[];
  dystonia: boolean;
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

/** One page of results with the total (and, when asked, every facet count), in one statement. */
export async function searchProviders(opts: {
  origin: TResolvedLocation;
  query: TSearchQuery;
  /** Count what each filter option would leave (the page's filters); only `total` otherwise. */
  withFacets: boolean;
}): Promise<TSearchPage> {
  const { origin, query: q } = opts;
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

function toResult(r: TRawResult): TSearchResult {
  return {
    id: r.id,
    name: displayName(r),
    credential: r.credential,
    profileUrl: profileUrl(r),
    distanceMiles: round1(r.meters / METERS_PER_MILE),
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
    acceptingNewPatients: r.accepting,
    telehealth: r.telehealth,
    inPerson: r.inPerson,
    referralNeeded: r.referral,
    isDemo: r.source === "DEMO",
    isUnclaimedImport: isUnclaimedImport(r),
    registeredSpecialty: r.registeredSpecialty,
    lastConfirmedAt: r.lastConfirmedAt ? new Date(r.lastConfirmedAt).toISOString() : null,
  };
}

export const MAX_MAP_POINTS = 5000;

/** Every matching provider (up to MAX_MAP_POINTS, nearest first) as a map point. */
export async function searchMapPoints(opts: {
  origin: TResolvedLocation;
  query: TSearchQuery;
}): Promise<TMapPoint[]> {
  const { origin, query: q } = opts;
  const rows = await queryRaw<{
    pid: number;
    meters: number;
    lat: number;
    lng: number;
    firstName: string;
    lastName: string;
    credential: string;
    suffix: string | null;
  }>(mapPointsSql(origin, q, MAX_MAP_POINTS));
  return rows.map((r) => ({
    id: r.pid,
    name: displayName(r),
    distanceMiles: round1(r.meters / METERS_PER_MILE),
    latitude: r.lat,
    longitude: r.lng,
    profileUrl: profileUrl({ id: r.pid, ...r }),
  }));
}
