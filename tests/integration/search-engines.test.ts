// The in-memory search index against the SQL it replaces (decision 0003): on random providers and
// random searches, both must give the same total, facet counts, order, distances and locations;
// and the index must follow every change to the read model at once (read-your-writes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "@/prisma/seed/random";
import { db } from "@/lib/db";
import { searchBeyondRadius, searchMapPoints, searchProviders, type TSearchEngine } from "@/lib/data/search";
import type { Guidance, Specialty } from "@/lib/generated/prisma/enums";
import { refreshSearchColumns } from "@/lib/search-columns";
import { syncIndex } from "@/lib/search/index-sync";
import { allFactKeys } from "@/lib/search/filter-tests";
import { FILTERS, type TFilter } from "@/lib/search/filters";
import { resolveSearch } from "@/lib/search/resolve";
import { INSURANCE_SLUGS } from "@/lib/providers/insurance";
import { LANGUAGE_CODES } from "@/lib/providers/languages";
import { createProvider } from "../factories";

// Central Montana: no other test puts rows within 150 miles of here.
const O = { lat: 47.0, lng: -109.5 };
const r = createRandom(20261126);
const ids: number[] = [];
// A few shared spots (the same ZIP centroid), so equal distances and their tie-breaks are tested.
const SPOTS = Array.from({ length: 6 }, () => ({ lat: O.lat + (r.next() - 0.5) * 1.2, lng: O.lng + (r.next() - 0.5) * 1.6 }));

function randomPlace() {
  return r.chance(0.35) ? r.pick(SPOTS) : { lat: O.lat + (r.next() - 0.5) * 2.4, lng: O.lng + (r.next() - 0.5) * 3.4 };
}

const SPECIALTIES: Array<[Specialty, Specialty | undefined]> = [
  ["NEUROLOGY", undefined],
  ["PMR", "PAIN_MEDICINE"],
  ["ANESTHESIOLOGY", "PAIN_MEDICINE"],
  ["PMR", undefined],
  ["NEUROLOGY", "CLINICAL_NEUROPHYSIOLOGY"],
];

async function createRandomProvider() {
  // Two offices of one provider at the same spot now and then: the nearest is the lower id on both engines.
  const locations = Array.from({ length: r.pick([1, 1, 1, 2, 3]) }, () => ({
    ...randomPlace(),
    accepting: r.chance(0.6),
    telehealth: r.chance(0.3),
    referralRequired: r.chance(0.4),
  }));
  const certifications = r.subset(SPECIALTIES, 0.3).map(([specialty, subspecialty]) => ({
    board: specialty === "NEUROLOGY" ? ("ABPN" as const) : specialty === "PMR" ? ("ABPMR" as const) : ("ABA" as const),
    specialty,
    subspecialty,
    state: r.pick(["UNVERIFIED", "VERIFIED", "VERIFIED", "REJECTED"] as const),
  }));
  const { id } = await createProvider(db, {
    lastName: r.pick(LAST_NAMES),
    firstName: r.pick(["Ana", "José", "Mei", "Sam", "Olga"]),
    practiceName: r.chance(0.3) ? r.pick(["Clínica del Cuello", "Foster Neurology", "Big Sky Spine"]) : undefined,
    languages: [...new Set(["en", ...r.subset([...LANGUAGE_CODES], 0.08)])],
    gender: r.chance(0.15) ? undefined : r.pick(["FEMALE", "MALE"] as const),
    insurancePlans: r.subset([...INSURANCE_SLUGS], 0.35),
    dystoniaFocus: r.chance(0.4),
    // Public Medicare claims for some (across the evidence window and before it), Care Compare for others.
    medicareClaims: r.chance(0.4)
      ? r.subset([2019, 2021, 2022, 2023], 0.5).flatMap((year) =>
          r.subset(["O", "F"] as const, 0.6).map((placeOfService) => ({ year, placeOfService, patients: r.int(11, 140) })),
        )
      : [],
    medicareAssignment: r.chance(0.3) ? r.pick(["Y", "Y", "M"] as const) : undefined,
    status: r.chance(0.9) ? "PUBLISHED" : r.pick(["PENDING", "SUSPENDED"] as const),
    locations,
    certifications,
    years: r.chance(0.8) ? r.int(0, 30) : undefined,
    volume: r.chance(0.7) ? r.pick([0, 10, 25, 50, 80, 100, 150, 200, 350, 500, 900]) : undefined,
    guidance: r.subset(["EMG", "ULTRASOUND"] as Guidance[], 0.4),
    ratings: r.chance(0.5) ? Array.from({ length: r.int(1, 12) }, () => r.int(1, 5)) : [],
    recommendedBy: ids.length && r.chance(0.2) ? [r.pick(ids)] : [],
  });
  ids.push(id);
  return id;
}

/** Names the random providers share, so name searches find several (accents and near-misses included). */
const LAST_NAMES = ["Foster", "Fischer", "Nguyen", "García", "Garcia", "Smith", "Smyth", "Kowalski", "Núñez"];
const NAME_QUERIES = ["Fostr", "foster", "Garcia", "GARCÍA", "nunez", "Smith", "Kowalsky", "Ana Nguyen", "Clinica", "Big Sky", "zz"];

/** A random value for each filter of the table, by its kind: every filter, including ones added later. */
function randomValue(f: TFilter): string | null {
  switch (f.kind) {
    case "list":
      return f.single ? r.pick(f.options).value : r.subset(f.options.map((o) => o.value), 0.3).join(",") || f.options[0]!.value;
    case "verified":
    case "flag":
    case "place":
      return "1";
    case "min":
      // Mostly a menu option (the index counts those as facts), now and then any minimum the API takes.
      return String(r.chance(0.8) ? r.pick(f.options) : f.decimal ? r.pick([2, 3.5, 4.2]) : r.int(0, 40));
    case "name":
      return r.pick(NAME_QUERIES);
  }
}

function randomParams(): Record<string, string> {
  const p: Record<string, string> = {};
  const at = r.chance(0.3) ? r.pick(SPOTS) : randomPlace();
  p.near = `${at.lat.toFixed(4)},${at.lng.toFixed(4)}`;
  p.radius = String(r.pick([5, 10, 25, 25, 50, 100]));
  for (const f of FILTERS as readonly TFilter[]) {
    if (!r.chance(0.15)) continue;
    const v = randomValue(f);
    if (v !== null) p[f.param] = v;
  }
  if (r.chance(0.4)) p.sort = r.pick(["experience", "rating"]);
  if (r.chance(0.3)) p.page = String(r.pick([2, 3, 5]));
  return p;
}

async function both(params: Record<string, string>) {
  const s = resolveSearch(params);
  if (!s.ok) throw new Error(s.message);
  const run = (engine: TSearchEngine) => searchProviders({ origin: s.origin, query: s.query, withFacets: true, engine });
  // Without facet counts the index skips providers that fail their own filters before gathering
  // their locations: the same page and total.
  const lean = await searchProviders({ origin: s.origin, query: s.query, withFacets: false, engine: "memory" });
  return { memory: await run("memory"), sql: await run("sql"), lean };
}

async function origin() {
  const s = resolveSearch({ near: `${O.lat},${O.lng}`, radius: "100" });
  if (!s.ok) throw new Error(s.message);
  return { origin: s.origin, query: s.query };
}

async function expectSame(params: Record<string, string>) {
  const { memory, sql, lean } = await both(params);
  const label = new URLSearchParams(params).toString();
  expect(memory.total, label).toBe(sql.total);
  expect(lean.total, label).toBe(sql.total);
  expect(lean.results, label).toEqual(sql.results);
  expect(memory.facets, label).toEqual(sql.facets);
  expect(memory.results.map((x) => x.id), label).toEqual(sql.results.map((x) => x.id));
  // The same card, distance and nearest matching location (the distance's last digits may differ:
  // JavaScript's asin against PostgreSQL's, well below the 0.1 mile shown).
  expect(memory.results, label).toEqual(sql.results);
  return memory;
}

beforeAll(async () => {
  for (let i = 0; i < 160; i++) await createRandomProvider();
}, 120_000);

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: ids } } });
  await db.$disconnect();
});

describe("in-memory search index", () => {
  it("answers 150 random searches exactly as the SQL does", async () => {
    let nonEmpty = 0;
    for (let i = 0; i < 150; i++) {
      const page = await expectSame(randomParams());
      if (page.results.length) nonEmpty++;
    }
    // The searches must actually find things for the comparison to mean anything.
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it("has random providers holding, and lacking, every fact a filter asks about", async () => {
    // So the comparisons below exercise every filter of the table: a new filter without test data fails here.
    const rows = await db.$queryRaw<Array<{ key: string; n: number }>>`
      SELECT k AS key, count(DISTINCT s."providerId")::int AS n FROM "SearchPoint" s, unnest(s.facts) k
      WHERE s."providerId" = ANY(${ids}::int[]) GROUP BY k`;
    const held = new Map(rows.map((x) => [x.key, x.n]));
    const providers = new Set((await db.searchPoint.findMany({ where: { providerId: { in: ids } }, select: { providerId: true } })).map((x) => x.providerId)).size;
    // Languages are many: each needs only to be possible, the common ones present.
    for (const key of allFactKeys().filter((k) => !k.startsWith("language:") || ["language:en", "language:es"].includes(k))) {
      expect(held.get(key) ?? 0, key).toBeGreaterThan(0);
      expect(held.get(key) ?? 0, key).toBeLessThan(providers + (key === "language:en" ? 1 : 0));
    }
  });

  it("answers name searches near a place exactly as the SQL does, and finds misspelt names", async () => {
    let found = 0;
    for (const q of NAME_QUERIES) {
      const page = await expectSame({ near: `${O.lat},${O.lng}`, radius: "100", q });
      if (page.total) found++;
    }
    expect(found).toBeGreaterThan(6);
    const fostr = await expectSame({ near: `${O.lat},${O.lng}`, radius: "100", q: "Fostr" });
    expect(fostr.results.length).toBeGreaterThan(0);
    for (const x of fostr.results) expect(x.name + " " + x.practiceName).toMatch(/Foster/);
  });

  it("answers name searches everywhere (no place) exactly as the SQL does, facets included", async () => {
    let found = 0;
    for (const q of NAME_QUERIES) {
      const extras: Array<Record<string, string>> = [{}, { sort: "experience" }, { sort: "rating", accepting: "1" }, { language: "es", telehealth: "1" }, { page: "2" }];
      for (const extra of extras) {
        const page = await expectSame({ q, ...extra });
        for (const x of page.results) expect(x.distanceMiles).toBeNull();
        if (page.total) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
    // Random filters too, with every filter of the table now and then.
    for (let i = 0; i < 40; i++) {
      const params = randomParams();
      delete params.near;
      delete params.radius;
      await expectSame({ ...params, q: r.pick(NAME_QUERIES) });
    }
  });

  it("counts for every facet option the total that choosing it gives", async () => {
    // The option replaces its own group's choice (board, guidance and the minimums are one choice
    // each; "verified" and the practice-level filters are added to what is chosen).
    const choose = (params: Record<string, string>, key: string) => {
      const p: Record<string, string> = { ...params };
      const [name = "", value] = key.split(":");
      if (value !== undefined) p[name] = value;
      else p[name] = "1";
      return p;
    };
    let checked = 0;
    for (let i = 0; i < 25; i++) {
      const params = randomParams();
      const { sql } = await both(params);
      const keys = Object.keys(sql.facets).filter((k) => k !== "total");
      expect(keys.length).toBeGreaterThan(20);
      for (const key of keys) {
        const s = resolveSearch(choose(params, key));
        if (!s.ok) throw new Error(s.message);
        const chosen = await searchProviders({ origin: s.origin, query: s.query, withFacets: false, engine: "sql" });
        expect(sql.facets[key], `${new URLSearchParams(params)} + ${key}`).toBe(chosen.total);
        if (chosen.total > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("finds the same doctors beyond a sparse search's radius as the SQL", async () => {
    // Small radii and many filters: searches with fewer than 3 results, as the API widens them.
    let widened = 0;
    for (let i = 0; i < 40; i++) {
      const params = { ...randomParams(), radius: String(r.pick([5, 5, 10])), page: "1", sort: "distance" };
      const s = resolveSearch(params);
      if (!s.ok) throw new Error(s.message);
      const memory = await searchBeyondRadius({ origin: s.origin!, query: s.query, engine: "memory" });
      const sql = await searchBeyondRadius({ origin: s.origin!, query: s.query, engine: "sql" });
      const label = new URLSearchParams(params).toString();
      expect(memory, label).toEqual(sql);
      if (memory.nearestBeyond.length) widened++;
    }
    expect(widened).toBeGreaterThan(10);
  });

  it("gives the same map points as the SQL", async () => {
    for (let i = 0; i < 20; i++) {
      const s = resolveSearch({ ...randomParams(), radius: "100" });
      if (!s.ok) throw new Error(s.message);
      const memory = await searchMapPoints({ origin: s.origin, query: s.query, engine: "memory" });
      const sql = await searchMapPoints({ origin: s.origin, query: s.query, engine: "sql" });
      expect(memory).toEqual(sql);
    }
  });

  it("follows every change to the read model at once, from any code path", async () => {
    const near = `${O.lat},${O.lng}`;
    const wide = { near, radius: "100" };
    const before = await expectSame(wide);

    // A new provider is found by the very next search.
    const { id: added } = await createProvider(db, { locations: [{ lat: O.lat + 0.01, lng: O.lng }], years: 5 });
    ids.push(added);
    const withNew = await expectSame({ ...wide, page: "1" });
    expect(withNew.total).toBe(before.total + 1);

    // Suspending hides it; deleting a location (a cascading delete, no app code) moves it.
    await db.provider.update({ where: { id: added }, data: { status: "SUSPENDED" } });
    await refreshSearchColumns(db, [added]);
    expect((await expectSame(wide)).total).toBe(before.total);

    const multi = await db.location.groupBy({ by: ["providerId"], where: { providerId: { in: ids }, provider: { status: "PUBLISHED" } }, _count: true, having: { providerId: { _count: { gt: 1 } } } });
    expect(multi.length).toBeGreaterThan(0);
    const loc = await db.location.findFirstOrThrow({ where: { providerId: multi[0]!.providerId } });
    await db.location.delete({ where: { id: loc.id } });
    for (let i = 0; i < 10; i++) await expectSame(randomParams());

    // Deleting providers outright (cascade) too.
    await db.provider.deleteMany({ where: { id: { in: ids.slice(0, 5) } } });
    expect((await expectSame(wide)).total).toBeLessThan(before.total);
    for (let i = 0; i < 10; i++) await expectSame(randomParams());
  });

  it("catches up by itself when a search finds the index behind (the default engine)", async () => {
    const s = resolveSearch({ near: `${O.lat},${O.lng}`, radius: "100" });
    if (!s.ok) throw new Error(s.message);
    const search = () => searchProviders({ origin: s.origin, query: s.query, withFacets: true });
    const before = await search();
    const { id } = await createProvider(db, { locations: [{ lat: O.lat + 0.001, lng: O.lng }], years: 9 });
    ids.push(id);
    const after = await search();
    expect(after.total).toBe(before.total + 1);
    expect(after.results.map((x) => x.id)).toContain(id);
    expect(after).toEqual((await both({ near: `${O.lat},${O.lng}`, radius: "100" })).sql);
  });

  it("reloads everything when the database is another one (reset or restored)", async () => {
    await searchProviders({ ...(await origin()), withFacets: false }); // the index is loaded
    // A restored database can have the same generation number: only the epoch tells them apart.
    await db.$executeRaw`UPDATE "x_search_generation" SET "epoch" = md5(random()::text)`;
    await db.$executeRaw`DELETE FROM "SearchPoint" WHERE "providerId" = ${ids.at(-1)!}`;
    await db.$executeRaw`UPDATE "x_search_generation" SET "generation" = "generation" - 1`;
    const page = await searchProviders({ ...(await origin()), withFacets: true });
    expect(page.results.map((x) => x.id)).not.toContain(ids.at(-1));
    expect(page).toEqual((await both({ near: `${O.lat},${O.lng}`, radius: "100" })).sql);
    // The index itself was rebuilt from this database (not just bypassed for the SQL).
    const [head] = await db.$queryRaw<Array<{ version: string }>>`SELECT "epoch" || ':' || "generation" AS version FROM "x_search_generation"`;
    const index = await syncIndex();
    expect(index.version).toBe(head!.version);
    const { origin: o, query } = await origin();
    expect(index.search(o!, query, { facets: false, offset: 0, limit: 5000 }).hits.map((h) => h.providerId)).not.toContain(ids.at(-1));
  });

  it("numbers each change to the read model and logs the providers it touched", async () => {
    const gen = async () => BigInt((await db.$queryRaw<Array<{ g: string }>>`SELECT "generation"::text AS g FROM "x_search_generation"`)[0]!.g);
    const g0 = await gen();
    const { providerId: id } = await db.searchPoint.findFirstOrThrow({ where: { providerId: { in: ids } }, select: { providerId: true } });
    await refreshSearchColumns(db, [id]);
    const g1 = await gen();
    expect(g1).toBeGreaterThan(g0);
    const logged = await db.$queryRaw<Array<{ providerId: number | null }>>`
      SELECT "providerId" FROM "x_search_change" WHERE "generation" > ${g0}::bigint`;
    expect(logged.map((l) => l.providerId)).toContain(id);
    // A statement that changes no row changes nothing.
    await db.$executeRaw`DELETE FROM "SearchPoint" WHERE "providerId" = -1`;
    expect(await gen()).toBe(g1);
  });
});
