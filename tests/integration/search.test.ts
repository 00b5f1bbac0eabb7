// The radius search and its filters against real PostgreSQL (earthdistance + the GiST index).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchMapPoints, searchProviders, type TSearchEngine } from "@/lib/data/search";
import { distanceMiles } from "@/lib/geo/distance";
import { resolveSearch } from "@/lib/search/resolve";
import { createProvider, northOf } from "../factories";

// An empty stretch of Nevada, far from any other test's rows.
const O = { lat: 39.0, lng: -117.0 };
const near = `${O.lat},${O.lng}`;
const ids: Record<string, number> = {};

async function searchWith(engine: TSearchEngine, params: Record<string, string>) {
  const r = resolveSearch({ near, ...params });
  if (!r.ok) throw new Error(r.message);
  return searchProviders({ origin: r.origin, query: r.query, withFacets: true, engine });
}

beforeAll(async () => {
  const at = (miles: number) => northOf(O.lat, O.lng, miles);
  ids.neuroVerified = (await createProvider(db, {
    locations: [at(2)], certifications: [{ board: "ABPN", specialty: "NEUROLOGY", state: "VERIFIED" }],
    years: 12, volume: 300, guidance: ["EMG"], ratings: [5, 5, 4, 5, 5], recommendedBy: [],
  })).id;
  ids.pmrSelf = (await createProvider(db, {
    locations: [{ ...at(6), telehealth: true, referralRequired: true }],
    certifications: [{ board: "ABPMR", specialty: "PMR", subspecialty: "PAIN_MEDICINE" }],
    years: 3, volume: 40, guidance: ["ULTRASOUND"], ratings: [3],
  })).id;
  ids.painTwoLocations = (await createProvider(db, {
    // Its far location is outside 10 miles, its near one inside: it must appear once, at 4 miles.
    locations: [{ ...at(40), accepting: true }, { ...at(4), accepting: false }],
    certifications: [{ board: "ABA", specialty: "ANESTHESIOLOGY", subspecialty: "PAIN_MEDICINE", state: "VERIFIED" }],
    years: 20, volume: 600, guidance: ["EMG", "ULTRASOUND"],
  })).id;
  ids.rejectedCert = (await createProvider(db, {
    locations: [at(8)], certifications: [{ board: "ABPN", specialty: "NEUROLOGY", state: "REJECTED" }], years: 1,
  })).id;
  ids.unpublished = (await createProvider(db, { status: "PENDING", locations: [at(1)], years: 30 })).id;
  ids.suspended = (await createProvider(db, { status: "SUSPENDED", locations: [at(1.5)] })).id;
  ids.outside = (await createProvider(db, { locations: [at(30)], years: 5 })).id;
  ids.recommended = (await createProvider(db, { locations: [at(9)], recommendedBy: [ids.neuroVerified, ids.pmrSelf] })).id;
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.$disconnect();
});

// Both engines: the in-memory index (the default) and the SQL it falls back to (decision 0003).
describe.each(["memory", "sql"] as const)("searchProviders on %s", (engine) => {
  const search = (params: Record<string, string>) => searchWith(engine, params);

  it("returns only published providers inside the radius, nearest first, each once", async () => {
    const page = await search({ radius: "10" });
    const got = page.results.map((r) => r.id);
    expect(got).toEqual([ids.neuroVerified, ids.painTwoLocations, ids.pmrSelf, ids.rejectedCert, ids.recommended]);
    expect(page.total).toBe(5);
    for (const r of page.results) {
      expect(r.distanceMiles).toBeLessThanOrEqual(10);
      expect(distanceMiles(O, { lat: r.latitude, lng: r.longitude })).toBeCloseTo(r.distanceMiles!, 0);
    }
    const two = page.results.find((r) => r.id === ids.painTwoLocations)!;
    expect(two.distanceMiles).toBeCloseTo(4, 0);
    expect(two.acceptingNewPatients).toBe(false);
  });

  it("widening the radius brings in farther providers", async () => {
    const page = await search({ radius: "50" });
    expect(page.results.map((r) => r.id)).toContain(ids.outside);
    expect(page.results.map((r) => r.id)).not.toContain(ids.unpublished);
  });

  it("filters by board, and 'verified' means a moderator verified it", async () => {
    expect((await search({ radius: "10", board: "neurology" })).results.map((r) => r.id)).toEqual([ids.neuroVerified]);
    expect((await search({ radius: "10", board: "pain-medicine" })).results.map((r) => r.id)).toEqual([ids.painTwoLocations, ids.pmrSelf]);
    expect((await search({ radius: "10", board: "pain-medicine", verified: "1" })).results.map((r) => r.id)).toEqual([ids.painTwoLocations]);
    expect((await search({ radius: "10", verified: "1" })).results.map((r) => r.id)).toEqual([ids.neuroVerified, ids.painTwoLocations]);
  });

  it("filters by experience, guidance, recommendations and reviews", async () => {
    expect((await search({ radius: "10", minYears: "10" })).results.map((r) => r.id)).toEqual([ids.neuroVerified, ids.painTwoLocations]);
    expect((await search({ radius: "10", minVolume: "500" })).results.map((r) => r.id)).toEqual([ids.painTwoLocations]);
    expect((await search({ radius: "10", guidance: "ultrasound" })).results.map((r) => r.id)).toEqual([ids.painTwoLocations, ids.pmrSelf]);
    expect((await search({ radius: "10", recommended: "1" })).results.map((r) => r.id)).toEqual([ids.recommended]);
    expect((await search({ radius: "10", minRating: "4" })).results.map((r) => r.id)).toEqual([ids.neuroVerified]);
    expect((await search({ radius: "10", minReviews: "1" })).results.map((r) => r.id)).toEqual([ids.neuroVerified, ids.pmrSelf]);
  });

  it("applies location filters to the location, and shows the nearest location that matches", async () => {
    const accepting = await search({ radius: "50", accepting: "1" });
    const two = accepting.results.find((r) => r.id === ids.painTwoLocations)!;
    expect(two.distanceMiles).toBeCloseTo(40, 0); // its 4-mile office is not accepting new patients
    expect((await search({ radius: "10", telehealth: "1" })).results.map((r) => r.id)).toEqual([ids.pmrSelf]);
    expect((await search({ radius: "10", noReferral: "1" })).results.map((r) => r.id)).not.toContain(ids.pmrSelf);
  });

  it("counts for each option what selecting it would leave", async () => {
    const page = await search({ radius: "10", guidance: "emg" });
    expect(page.total).toBe(2);
    expect(page.facets["board:neurology"]).toBe(1);
    expect(page.facets["verified"]).toBe(2);
    expect(page.facets["guidance:ultrasound"]).toBe(2); // guidance options are alternatives: counted without the guidance filter
    expect(page.facets["minYears:15"]).toBe(1);
    for (const [params, key] of [[{ accepting: "1" }, "accepting"], [{ telehealth: "1" }, "telehealth"], [{ minRating: "4.5" }, "minRating:4.5"]] as const) {
      const narrowed = await search({ radius: "10", guidance: "emg", ...params });
      expect(page.facets[key]).toBe(narrowed.total);
    }
  });

  it("sorts by experience and by rating", async () => {
    expect((await search({ radius: "10", sort: "experience" })).results[0]!.id).toBe(ids.painTwoLocations);
    const byRating = (await search({ radius: "10", sort: "rating" })).results.map((r) => r.id);
    expect(byRating.slice(0, 2)).toEqual([ids.neuroVerified, ids.pmrSelf]);
  });

  it("reports results of a page beyond the last as empty, with the total", async () => {
    const page = await search({ radius: "10", page: "3" });
    expect(page.results).toEqual([]);
    expect(page.total).toBe(5);
  });

  it("gives every match as a map point", async () => {
    const r = resolveSearch({ near, radius: "10" });
    if (!r.ok) throw new Error(r.message);
    const points = await searchMapPoints({ origin: r.origin, query: r.query, engine });
    expect(points.map((p) => p.id)).toEqual([ids.neuroVerified, ids.painTwoLocations, ids.pmrSelf, ids.rejectedCert, ids.recommended]);
    expect(points[0]!.profileUrl).toMatch(/^\/providers\/\d+-test-/);
  });
});
