// The read model (SearchPoint) is filled by code (rebuildSearchPoints) and, when a migration changes
// its columns, by that migration. A new filter's facts change the code's SELECT: this test fails
// until a migration refills SearchPoint with the same SELECT, so no database keeps rows built the old way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchPointsSelectText } from "./search-columns";

const DIR = path.resolve(import.meta.dirname, "../prisma/migrations");
const squash = (sql: string) => sql.replace(/--[^\n]*\n/g, "\n").replace(/\s+/g, " ").trim();

describe("the search read model's SELECT", () => {
  it("is the one the newest migration that refills SearchPoint used", () => {
    const refills = readdirSync(DIR)
      .filter((d) => !d.endsWith(".toml"))
      .sort()
      .map((d) => readFileSync(path.join(DIR, d, "migration.sql"), "utf8"))
      .filter((sql) => /INSERT INTO "SearchPoint"/.test(sql));
    const newest = refills.at(-1)!;
    const insert = newest.slice(newest.lastIndexOf('INSERT INTO "SearchPoint"'));
    const select = insert.slice(insert.indexOf("SELECT"), insert.lastIndexOf(";"));
    expect(squash(select)).toBe(squash(searchPointsSelectText()));
  });
});
