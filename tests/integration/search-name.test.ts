// The name search (`q`, issue 13) against real PostgreSQL: typo- and accent-tolerant trigram
// matching on the doctor's and the practice's name, everywhere (no place, best match first) or
// within a radius, with the other filters still applying.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchMapPoints, searchProviders } from "@/lib/data/search";
import { resolveSearch } from "@/lib/search/resolve";
import { createProvider, northOf } from "../factories";

// A word unique to this run in every name here, and in every search: other tests' rows never match
// (a search matches when each of its words is like a word of the name).
const tag = randomBytes(4).toString("hex").replace(/\d/g, (d) => "qwxzjvkyhp"[Number(d)]!);
const LAST = `Fosterby ${tag}`;
const ACCENTED = `Núñezquiel ${tag}`;
const PRACTICE = `Clínica Cervical ${tag}`;
// Western Kansas, well away from other tests' rows.
const O = { lat: 38.5, lng: -100.5 };
const ids: Record<string, number> = {};

async function search(params: Record<string, string>) {
  const r = resolveSearch(params);
  if (!r.ok) throw new Error(r.message);
  return searchProviders({ origin: r.origin, query: r.query, withFacets: true });
}

beforeAll(async () => {
  ids.near = (await createProvider(db, { firstName: "Ana", lastName: LAST, locations: [northOf(O.lat, O.lng, 3)], insurancePlans: ["medicare"], languages: ["en", "es"] })).id;
  ids.far = (await createProvider(db, { firstName: "Ben", lastName: LAST, locations: [northOf(O.lat, O.lng, 400)] })).id;
  ids.accented = (await createProvider(db, { firstName: "José", lastName: ACCENTED, locations: [northOf(O.lat, O.lng, 5)] })).id;
  ids.practice = (await createProvider(db, { firstName: "Cara", lastName: `Other ${tag}`, practiceName: PRACTICE, locations: [northOf(O.lat, O.lng, 7)] })).id;
  ids.hidden = (await createProvider(db, { status: "PENDING", firstName: "Dan", lastName: LAST, locations: [northOf(O.lat, O.lng, 2)] })).id;
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.$disconnect();
});

describe("name search", () => {
  it("finds a misspelt name everywhere, published doctors only, without distances", async () => {
    const typo = `Fostrby ${tag}`; // a letter left out
    const page = await search({ q: typo });
    expect(page.results.map((r) => r.id).sort()).toEqual([ids.near, ids.far].sort());
    for (const r of page.results) expect(r.distanceMiles).toBeNull();
    expect(page.total).toBe(2);
  });

  it("ignores case and accents, and matches practice names", async () => {
    expect((await search({ q: ACCENTED.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase() })).results.map((r) => r.id)).toEqual([ids.accented]);
    expect((await search({ q: `clinica cervical ${tag}` })).results.map((r) => r.id)).toEqual([ids.practice]);
  });

  it("puts the closer match first, and keeps the radius when a place is given", async () => {
    const both = await search({ q: `Ana ${LAST}` });
    expect(both.results[0]!.id).toBe(ids.near);
    const within = await search({ near: `${O.lat},${O.lng}`, radius: "25", q: LAST });
    expect(within.results.map((r) => r.id)).toEqual([ids.near]);
    expect(within.results[0]!.distanceMiles).toBeCloseTo(3, 0);
  });

  it("applies the other filters and counts facets within the name's matches", async () => {
    const page = await search({ q: LAST, insurance: "medicare" });
    expect(page.results.map((r) => r.id)).toEqual([ids.near]);
    expect(page.facets["insurance:medicare"]).toBe(1);
    expect(page.facets["language:es"]).toBe(1);
    expect(page.facets["language:vi"]).toBe(0);
  });

  it("gives map points for a name search everywhere", async () => {
    const r = resolveSearch({ q: LAST });
    if (!r.ok) throw new Error(r.message);
    const points = await searchMapPoints({ origin: r.origin, query: r.query });
    expect(points.map((p) => p.id).sort()).toEqual([ids.near, ids.far].sort());
    for (const p of points) expect(p.distanceMiles).toBeNull();
  });

  it("finds nothing for a name nobody has", async () => {
    expect((await search({ q: `Zzyzx ${tag}` })).total).toBe(0);
  });
});
