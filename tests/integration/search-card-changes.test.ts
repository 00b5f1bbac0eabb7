// The search's result cards are cached for one version of the read model (lib/search/card-cache.ts),
// so that version must move with every change to anything a card shows, whichever code path makes
// it (migration 20261203200000_search_card_changes). Here: the triggers watch every column the card
// statement reads, a cached card changes at once after each kind of change, and changes a card
// does not show leave the version (and the cache) alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchCardCacheState, searchProviders } from "@/lib/data/search";
import { resolveSearch } from "@/lib/search/resolve";
import { pageByIdsSql } from "@/lib/search/sql";
import { createProvider, testMedicareImport } from "../factories";

// Near Bismarck, ND: no other test file puts rows within 100 miles of here.
const at = { lat: 46.8, lng: -100.8 };
let id = 0;
let npi = "";

async function generation(): Promise<bigint> {
  const [row] = await db.$queryRawUnsafe<Array<{ generation: bigint }>>(`SELECT "generation" FROM "x_search_generation" WHERE "id" = 1`);
  return row!.generation;
}

async function card() {
  const s = resolveSearch({ near: `${at.lat},${at.lng}`, radius: "10" });
  if (!s.ok) throw new Error(s.message);
  const page = await searchProviders({ origin: s.origin, query: s.query, withFacets: false, engine: "memory" });
  expect(page.results.map((r) => r.id)).toEqual([id]);
  return page.results[0]!;
}

beforeAll(async () => {
  ({ id, npi } = await createProvider(db, {
    lastName: "Cardwell",
    locations: [{ lat: at.lat, lng: at.lng, city: "Bismarck", state: "ND", zip: "58501" }],
    certifications: [{ board: "ABPN", specialty: "NEUROLOGY", state: "UNVERIFIED" }],
    years: 4,
  }));
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id } });
  await db.careCompareClinician.deleteMany({ where: { npi } });
});

describe("the tables the result card reads", () => {
  it("each has a trigger that moves the read model's version, watching every column the card reads", async () => {
    const text = pageByIdsSql([{ providerId: 1, locationId: 1, meters: 1 }]).text;
    // The tables and their aliases in the card statement ("Provider" p, "Location" l, ...).
    const aliases = new Map<string, string>();
    for (const m of text.matchAll(/(?:FROM|JOIN)\s+"(\w+)"\s+(\w+)/g)) {
      if (!m[1]!.startsWith("x_")) aliases.set(m[2]!, m[1]!);
    }
    const read = new Map<string, Set<string>>();
    for (const m of text.matchAll(/\b(\w+)\.(?:"(\w+)"|(\w+))/g)) {
      const table = aliases.get(m[1]!);
      if (table) (read.get(table) ?? read.set(table, new Set()).get(table)!).add(m[2] ?? m[3]!);
    }
    expect([...read.keys()].sort()).toEqual(
      ["CareCompareClinician", "Certification", "Location", "MedicareImport", "MedicareServiceStat", "NeckExperience", "Provider"].sort(),
    );

    const triggers = await db.$queryRawUnsafe<Array<{ table: string; name: string; fn: string; args: string[] }>>(`
      SELECT c.relname AS table, t.tgname AS name, p.proname AS fn,
        coalesce((SELECT array_agg(a ORDER BY n) FROM unnest(string_to_array(rtrim(encode(t.tgargs, 'escape'), '\\000'), '\\000')) WITH ORDINALITY x(a, n)), '{}') AS args
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND p.proname IN ('x_search_card_rows_changed', 'x_search_card_bulk_changed')`);
    for (const [table, columns] of read) {
      const mine = triggers.filter((t) => t.table === table);
      const bulk = mine.find((t) => t.fn === "x_search_card_bulk_changed");
      if (bulk) continue;
      // Row tables: insert, delete, update (with the card columns) and truncate.
      expect(mine.map((t) => t.name).sort(), table).toEqual(
        ["x_search_card_deleted", "x_search_card_inserted", "x_search_card_truncated", "x_search_card_updated"],
      );
      const watched = new Set(mine.find((t) => t.name === "x_search_card_updated")!.args);
      for (const column of columns) expect(watched.has(column), `${table}.${column} is not watched`).toBe(true);
    }
  });
});

describe("a cached card", () => {
  it("is served from the cache for the current version", async () => {
    await card();
    const state = searchCardCacheState();
    const [row] = await db.$queryRawUnsafe<Array<{ version: string }>>(`SELECT "epoch" || ':' || "generation" AS version FROM "x_search_generation"`);
    expect(state.version).toBe(row!.version);
    expect(state.size).toBeGreaterThan(0);
  });

  it("changes at once when the profile is confirmed current (no read-model rebuild)", async () => {
    const before = await card();
    const now = new Date(Date.now() + 60_000);
    await db.provider.update({ where: { id }, data: { lastConfirmedAt: now } });
    const after = await card();
    expect(after.lastConfirmedAt).toBe(now.toISOString());
    expect(after.lastConfirmedAt).not.toBe(before.lastConfirmedAt);
  });

  it("changes at once when a practice's name, a certification or the experience changes", async () => {
    await card();
    await db.location.updateMany({ where: { providerId: id }, data: { practiceName: "Missouri River Neurology" } });
    expect((await card()).practiceName).toBe("Missouri River Neurology");

    const verifiedAt = new Date("2026-12-01T10:00:00Z");
    await db.certification.updateMany({ where: { providerId: id }, data: { verificationState: "VERIFIED", verifiedAt } });
    expect((await card()).boards).toEqual([expect.objectContaining({ verification: "verified", verifiedAt: verifiedAt.toISOString() })]);

    await db.neckExperience.update({ where: { providerId: id }, data: { yearsInjecting: 9 } });
    expect((await card()).yearsInjecting).toBe(9);
  });

  it("changes at once when public Medicare data about the doctor arrives", async () => {
    expect((await card()).insurance).toBeNull();
    await db.careCompareClinician.create({
      data: {
        npi, fileDate: new Date("2026-11-01"), specialties: ["NEUROLOGY"], acceptsAssignment: "Y", groupNames: [], addresses: [],
        importId: await testMedicareImport(db, "clinicians", null),
      },
    });
    expect((await card()).insurance).toEqual([{ source: "care-compare", plans: ["medicare"], confirmedAt: "2026-11-01T00:00:00.000Z" }]);
  });

  it("keeps its version through changes a card does not show", async () => {
    await card();
    const g = await generation();
    await db.provider.update({ where: { id }, data: { bio: "Changed biography, not on the card." } });
    await db.location.updateMany({ where: { providerId: id }, data: { phone: "701-555-0100" } });
    // An update that leaves the card's columns as they were.
    await db.neckExperience.update({ where: { providerId: id }, data: { yearsInjecting: 9 } });
    expect(await generation()).toBe(g);
    expect(searchCardCacheState().size).toBeGreaterThan(0);
  });
});
