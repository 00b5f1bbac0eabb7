// Languages are stored as codes: free text is recognised here (the form's "Other languages", old
// payloads) and, once, by migration 20261203090000_search_filters in SQL. Both must agree, so the
// migration's key table is read back and held to languageCode().
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldText, LANGUAGES, languageCode, normaliseLanguages } from "./languages";

const MIGRATION = "prisma/migrations/20261203090000_search_filters/migration.sql";

/** The (key, code) rows of the migration's `INSERT INTO x_language_key … VALUES …;`. */
function migrationKeys(): Array<[string, string]> {
  const sql = readFileSync(MIGRATION, "utf8");
  const start = sql.indexOf("INSERT INTO x_language_key (key, code) VALUES");
  expect(start).toBeGreaterThan(0);
  const values = sql.slice(start, sql.indexOf(";", start));
  const sqlString = String.raw`'((?:[^']|'')*)'`;
  const row = new RegExp(String.raw`\(\s*${sqlString}\s*,\s*${sqlString}\s*\)`, "g");
  return [...values.matchAll(row)].map((m) => [m[1]!.replaceAll("''", "'"), m[2]!.replaceAll("''", "'")]);
}

describe("normaliseLanguages", () => {
  it("recognises English names, own names, codes and common other names", () => {
    expect(normaliseLanguages(["Spanish"]).codes).toEqual(["es"]);
    expect(normaliseLanguages(["español"]).codes).toEqual(["es"]);
    expect(normaliseLanguages(["ES "]).codes).toEqual(["es"]);
    expect(normaliseLanguages(["Mandarin"]).codes).toEqual(["zh"]);
    expect(normaliseLanguages(["Tiếng Việt", "farsi", "ASL"]).codes).toEqual(["vi", "fa", "sgn"]);
  });

  it("keeps what it does not know as written, once, and gives codes in the list's order", () => {
    expect(
      normaliseLanguages(["Klingon", "Spanish", " klingon ", "English", "", "Cantonese", "Hmong"]),
    ).toEqual({
      codes: ["en", "es", "zh"],
      other: ["Klingon", "Hmong"],
    });
  });
});

describe("the migration's language keys", () => {
  const rows = migrationKeys();

  it("map every key exactly as languageCode() does, each key written folded (or an own name as written) and listed once", () => {
    expect(rows.length).toBeGreaterThan(LANGUAGES.length * 2);
    // Own names also appear as written and only lower-cased: the SQL fold (lower() and a Latin
    // accent table) may leave other scripts and some diacritics as they are.
    const ownForms = new Set(LANGUAGES.flatMap((l) => [l.own, l.own.toLowerCase()]));
    for (const [key, code] of rows) {
      expect({ key, code: languageCode(key) }).toEqual({ key, code });
      if (!ownForms.has(key)) expect(foldText(key)).toBe(key);
    }
    expect(new Set(rows.map(([key]) => key)).size).toBe(rows.length);
  });

  it("include every language's code, English name and own name", () => {
    const keys = new Map(rows);
    for (const l of LANGUAGES)
      for (const text of [l.code, l.name, l.own])
        expect({ text, code: keys.get(foldText(text)) }).toEqual({ text, code: l.code });
  });
});
