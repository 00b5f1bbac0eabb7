import "server-only";
import { db } from "@/lib/db";
import type { Board, Guidance, Specialty, VerificationState } from "@/lib/generated/prisma/enums";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import type { TResolvedLocation } from "@/lib/geo/parse-location";
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
  lastConfirmedAt: string | null;
};

export type TSearchPage = { total: number; page: number; pageSize: number; results: TSearchResult[]; facets: TFacetCounts };
export type TMapPoint = { id: number; name: string; distanceMiles: number; latitude: number; longitude: number; profileUrl: string };

const round1 = (n: number) => Math.round(n * 10) / 10;

type TPageRow = TFacetCounts & { page: Array<{ pid: number; meters: number; lid: number }> | null };

/** One page of results with the total and every facet count, in one statement. */
export async function searchProviders(opts: { origin: TResolvedLocation; query: TSearchQuery }): Promise<TSearchPage> {
  const { origin, query: q } = opts;
  const rows = await db.$queryRaw<TPageRow[]>(searchPageSql(origin, q));
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
  const rows = await db.$queryRaw<Array<{ pid: number; meters: number; lat: number; lng: number; firstName: string; lastName: string; credential: string; suffix: string | null }>>(
    mapPointsSql(origin, q, MAX_MAP_POINTS),
  );
  return rows.map((r) => ({
    id: r.pid,
    name: displayName(r),
    distanceMiles: round1(r.meters / METERS_PER_MILE),
    latitude: r.lat,
    longitude: r.lng,
    profileUrl: profileUrl({ id: r.pid, ...r }),
  }));
}
