// The in-memory index's own bookkeeping (adds, removals, compaction, the grid's edges) against a
// brute-force scan of the same rows. Its agreement with the SQL is tested against PostgreSQL in
// tests/integration/search-engines.test.ts.
import { describe, expect, it } from "vitest";
import { createRandom } from "@/prisma/seed/random";
import { METERS_PER_MILE } from "@/lib/geo/distance";
import { parseSearchParams, type TSearchQuery } from "@/lib/validation/search-params";
import { earthXyz, gcToSec, secToGc } from "./earth";
import { SearchIndex, type TPointRow } from "./memory-index";

function query(params: Record<string, string>): TSearchQuery {
  const parsed = parseSearchParams({ near: "0,0", ...params });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

function row(providerId: number, locationId: number, lat: number, lng: number, extra: Partial<TPointRow> = {}): TPointRow {
  const [x, y, z] = earthXyz(lat, lng);
  return { locationId, providerId, x, y, z, lat, lng, locCombo: 7, facts: [], nameWords: [], medicare: null, years: null, volume: null, rating: null, reviews: 0, score: null, ...extra };
}

/** Nearest-first provider ids within the radius, by brute force over every row. */
function bruteForce(rows: TPointRow[], origin: { lat: number; lng: number }, miles: number): number[] {
  const [ox, oy, oz] = earthXyz(origin.lat, origin.lng);
  const limit = gcToSec(miles * METERS_PER_MILE);
  const best = new Map<number, number>();
  for (const r of rows) {
    const d = Math.sqrt((r.x - ox) ** 2 + (r.y - oy) ** 2 + (r.z - oz) ** 2);
    if (d <= limit && d < (best.get(r.providerId) ?? Infinity)) best.set(r.providerId, d);
  }
  return [...best].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => id);
}

describe("SearchIndex", () => {
  it("stays exact through thousands of adds and removals, across compactions", () => {
    const r = createRandom(42);
    const index = new SearchIndex();
    const live = new Map<number, TPointRow[]>();
    let nextLocation = 1;
    const place = () => ({ lat: 39 + r.next() * 4, lng: -100 + r.next() * 5 });
    for (let round = 0; round < 40; round++) {
      // Add a batch of new providers, replace some, remove some.
      const added: TPointRow[] = [];
      for (let i = 0; i < 150; i++) {
        const id = r.int(1, 3000);
        if (live.has(id)) continue;
        const rows = Array.from({ length: r.int(1, 3) }, () => {
          const p = place();
          return row(id, nextLocation++, p.lat, p.lng);
        });
        live.set(id, rows);
        added.push(...rows);
      }
      index.add(added);
      const gone = [...live.keys()].filter(() => r.chance(0.05));
      index.remove(gone);
      for (const id of gone) live.delete(id);

      const all = [...live.values()].flat();
      expect(index.providers).toBe(live.size);
      expect(index.points).toBe(all.length);
      for (let k = 0; k < 3; k++) {
        const origin = place();
        const miles = r.pick([5, 25, 100]);
        const expected = bruteForce(all, origin, miles);
        const answer = index.search(origin, query({ radius: String(miles) }), { facets: false, offset: 0, limit: 5000 });
        expect(answer.total).toBe(expected.length);
        expect(answer.hits.map((h) => h.providerId)).toEqual(expected);
      }
    }
  });

  it("finds points across the antimeridian and near the poles", () => {
    const index = new SearchIndex();
    index.add([row(1, 1, 51.8, 179.95), row(2, 2, 51.8, -179.95), row(3, 3, 89.9, 10), row(4, 4, 89.9, -170)]);
    const west = index.search({ lat: 51.8, lng: -179.99 }, query({ radius: "10" }), { facets: false, offset: 0, limit: 20 });
    expect(west.hits.map((h) => h.providerId)).toEqual([2, 1]);
    const pole = index.search({ lat: 89.95, lng: 100 }, query({ radius: "25" }), { facets: false, offset: 0, limit: 20 });
    expect(pole.hits.map((h) => h.providerId).sort()).toEqual([3, 4]);
  });

  it("shows a provider once, at its nearest location that satisfies the location filters", () => {
    const index = new SearchIndex();
    // combo: accepting*4 + telehealth*2 + noReferral.
    index.add([row(1, 10, 40, -100, { locCombo: 0 }), row(1, 11, 40.2, -100, { locCombo: 4 })]);
    const any = index.search({ lat: 40, lng: -100 }, query({ radius: "25" }), { facets: true, offset: 0, limit: 20 });
    expect(any.hits).toHaveLength(1);
    expect(any.hits[0]!.locationId).toBe(10);
    const accepting = index.search({ lat: 40, lng: -100 }, query({ radius: "25", accepting: "1" }), { facets: true, offset: 0, limit: 20 });
    expect(accepting.hits[0]!.locationId).toBe(11);
    expect(accepting.hits[0]!.meters / METERS_PER_MILE).toBeCloseTo(13.8, 1);
    expect(any.facets.accepting).toBe(1);
    expect(any.facets.telehealth).toBe(0);
  });

  it("counts facets per option, each without its own group's filter", () => {
    const index = new SearchIndex();
    index.add([
      row(1, 1, 40, -100, { years: 12, rating: 4.6, reviews: 8, facts: ["board:neurology", "guidance:emg", "language:es"] }),
      row(2, 2, 40, -100.01, { years: 2, rating: 3.2, reviews: 1, facts: ["board:pain-medicine", "language:es", "language:vi", "insurance:medicare"] }),
      row(3, 3, 40, -100.02, { years: null, rating: null, reviews: 0, facts: ["board:pmr", "verified-board:pmr", "guidance:ultrasound", "insurance:medicare", "gender:female"] }),
    ]);
    const a = index.search({ lat: 40, lng: -100 }, query({ radius: "5", minYears: "3" }), { facets: true, offset: 0, limit: 20 });
    expect(a.total).toBe(1);
    expect(a.facets["minYears:1"]).toBe(2); // its own group's filter is left out
    expect(a.facets["minYears:15"]).toBe(0);
    expect(a.facets["minRating:4.5"]).toBe(1);
    expect(a.facets["guidance:emg"]).toBe(1);
    expect(a.facets["verified"]).toBe(0); // provider 3 is verified but has no years
    expect(a.facets["board:pmr"]).toBe(0);
    // A list with many options spans several fact words: a language option far down the table still counts.
    expect(a.facets["language:es"]).toBe(1);
    expect(a.facets["language:vi"]).toBe(0);
    const c = index.search({ lat: 40, lng: -100 }, query({ radius: "5", insurance: "medicare" }), { facets: true, offset: 0, limit: 20 });
    expect(c.hits.map((h) => h.providerId)).toEqual([2, 3]);
    expect(c.facets["language:vi"]).toBe(1);
    expect(c.facets["gender:female"]).toBe(1);
    expect(c.facets["insurance:aetna"]).toBe(0);
    expect(c.facets["insurance:medicare"]).toBe(2);
    const named = index.search({ lat: 40, lng: -100 }, query({ radius: "5", q: "Doe" }), { facets: true, offset: 0, limit: 20, named: [3, 99] });
    expect(named.hits.map((h) => h.providerId)).toEqual([3]);
    expect(named.facets["gender:female"]).toBe(1);
    const b = index.search({ lat: 40, lng: -100 }, query({ radius: "5", sort: "rating" }), { facets: false, offset: 0, limit: 20 });
    expect(b.hits.map((h) => h.providerId)).toEqual([1, 2, 3]);
  });

  it("finds the nearest page by widening the radius: the same hits as searching the whole radius", () => {
    const r = createRandom(7);
    const index = new SearchIndex();
    const rows: TPointRow[] = [];
    // Dense around one city, sparse across the rest of a wide area, with facts to filter on.
    for (let id = 1; id <= 3000; id++) {
      const dense = r.chance(0.3);
      const lat = dense ? 40 + r.next() * 0.3 : 30 + r.next() * 15;
      const lng = dense ? -100 + r.next() * 0.3 : -115 + r.next() * 30;
      rows.push(row(id, id, lat, lng, { facts: r.chance(0.1) ? ["board:neurology"] : [], locCombo: r.int(0, 7) }));
    }
    index.add(rows);
    for (const [miles, params, origin] of [
      // The searches beyond the radius look 1,500 miles out (more than a patient may ask for).
      [1500, {}, { lat: 40.1, lng: -99.9 }],
      [1500, { board: "neurology" }, { lat: 40.1, lng: -99.9 }],
      [1500, { board: "neurology", telehealth: "1" }, { lat: 33, lng: -112 }],
      [60, { board: "neurology", accepting: "1" }, { lat: 44, lng: -90 }],
      // Fewer matches in the whole radius than a page: every one of them.
      [20, { board: "neurology" }, { lat: 35, lng: -105 }],
    ] as const) {
      const q = { ...query(params), radius: miles };
      const whole = index.search(origin, q, { facets: false, offset: 0, limit: 20, sort: "distance" });
      for (const fromMiles of [1, 10, 50, 400, 5000]) {
        const near = index.nearest(origin, q, { limit: 20, fromMiles });
        expect(near.hits).toEqual(whole.hits);
        expect(near.total).toBeLessThanOrEqual(whole.total);
      }
    }
    // It stops early: the first radius that holds a page is searched, not the whole one.
    const wide = { ...query({}), radius: 1500 };
    const early = index.nearest({ lat: 40.1, lng: -99.9 }, wide, { limit: 20, fromMiles: 10 });
    const whole = index.search({ lat: 40.1, lng: -99.9 }, wide, { facets: false, offset: 0, limit: 20, sort: "distance" });
    expect(whole.stats.pointsExamined).toBe(rows.length);
    expect(early.stats.pointsExamined).toBeLessThan(rows.length / 2);
  });

  it("finds the locations whose name words hold a like word for every search word, compacted or not, with float4 scores", () => {
    const index = new SearchIndex();
    const names: Record<number, string[]> = { 1: ["ana", "foster"], 2: ["jose", "fostre", "foster"], 3: ["mei", "garcia"], 4: ["ana", "garcia", "foster"] };
    index.add(Object.entries(names).map(([id, words]) => row(Number(id), Number(id) * 10, 40, -100, { nameWords: words, locCombo: Number(id) })));
    const like: Array<[string, string, number]> = [
      ["fostr", "foster", 0.5],
      ["fostr", "fostre", 0.4166667],
      ["ana", "ana", 1],
    ];
    const check = () => {
      const one = index.namedLocations(["fostr"], like);
      expect(one.locationIds).toEqual([10, 20, 40]);
      expect(one.scores).toEqual([0.5, 0.5, 0.5]);
      const two = index.namedLocations(["ana", "fostr"], like);
      expect(two.providerIds).toEqual([1, 4]);
      expect(two.combos).toEqual([1, 4]);
      // 1 + 0.5 in float4.
      expect(two.scores).toEqual([1.5, 1.5]);
      expect(index.namedLocations(["fostr", "zzz"], like).locationIds).toEqual([]);
    };
    check(); // in the delta
    index.compact();
    check(); // in the main arrays and their postings
    index.remove([1]);
    expect(index.namedLocations(["fostr"], like).providerIds).toEqual([2, 4]);
    index.add([row(5, 50, 41, -100, { nameWords: ["foster"] })]);
    expect(index.namedLocations(["fostr"], like).providerIds).toEqual([2, 4, 5]);
    // A similarity that is not exact in float4 sums as PostgreSQL's float4 does.
    const fresh = index.namedLocations(["fostr", "ana"], [["fostr", "fostre", 0.4166667], ["ana", "jose", 0.3]]);
    expect(fresh.scores).toEqual([Math.fround(Math.fround(0.4166667) + Math.fround(0.3))]);
  });

  it("converts between great-circle and chord distances as earthdistance does", () => {
    for (const m of [0, 1, 1609.344, 160934.4]) expect(secToGc(gcToSec(m))).toBeCloseTo(m, 6);
  });
});
