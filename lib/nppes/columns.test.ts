import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapHeader, NppesHeaderError, SLOT } from "./columns";
import { parseTaxonomyList, NPPES_TAXONOMIES } from "./taxonomy";

const headerOf = (file: string) =>
  readFileSync(`tests/fixtures/nppes/${file}`, "latin1")
    .split(/\r?\n/)[0]!
    .split('","')
    .map((h) => h.replace(/^"|"$/g, ""));

describe("mapHeader", () => {
  const h2018 = headerOf("plannet_sample-nppes-practitioner_20181204-data.csv");
  const h2025 = headerOf("npidata_pfile_header_2025-06_v2.csv");

  it("recognises both layouts and finds the same columns in them", () => {
    const a = mapHeader(h2018);
    const b = mapHeader(h2025);
    expect([a.columnCount, b.columnCount]).toEqual([329, 330]);
    expect(a.layout).toContain("2016-2024");
    expect(b.layout).toContain("V2");
    expect([...b.slotOf.slice(0, 329)]).toEqual([...a.slotOf]);
    expect(a.slotOf[0]).toBe(SLOT.npi);
    expect(a.missingOptional).toEqual([]);
  });

  it("finds columns by name wherever they are", () => {
    const shuffled = [...h2018].reverse();
    const m = mapHeader(shuffled);
    expect(m.slotOf[shuffled.indexOf("NPI")]).toBe(SLOT.npi);
    expect(m.slotOf[shuffled.indexOf("Healthcare Provider Taxonomy Code_15")]).toBe(SLOT.taxonomy + 14);
  });

  it("finds the sex code under its old and new names", () => {
    const a = mapHeader(h2018);
    const b = mapHeader(h2025);
    expect(a.slotOf[h2018.indexOf("Provider Gender Code")]).toBe(SLOT.gender);
    expect(b.slotOf[h2025.indexOf("Provider Sex Code")]).toBe(SLOT.gender);
    expect(mapHeader(h2018.filter((h) => h !== "Provider Gender Code")).missingOptional).toEqual([
      "Provider Sex Code",
    ]);
  });

  it("names the missing required columns", () => {
    expect(() => mapHeader(h2018.filter((h) => h !== "NPI"))).toThrow(
      new NppesHeaderError(
        'Not an NPPES provider file this import can read: the header has no "NPI" column.',
      ),
    );
    expect(() => mapHeader(["a", "b"])).toThrow(/and \d+ more columns/);
    expect(() => mapHeader(["1234567893", "1"])).toThrow(/no header line/);
  });

  it("lists missing optional columns", () => {
    expect(mapHeader(h2018.filter((h) => h !== "Provider Credential Text")).missingOptional).toEqual([
      "Provider Credential Text",
    ]);
  });
});

describe("taxonomy set", () => {
  it("has the eleven codes of DOMAIN.md", () => expect(Object.keys(NPPES_TAXONOMIES)).toHaveLength(11));

  it("parses --taxonomies and refuses malformed codes", () => {
    expect([...parseTaxonomyList("2084n0400x, 207RC0000X")]).toEqual([
      ["2084N0400X", "Neurology Physician"],
      ["207RC0000X", "207RC0000X"],
    ]);
    expect(() => parseTaxonomyList("neurology")).toThrow(/not a NUCC taxonomy code/);
    expect(() => parseTaxonomyList(",")).toThrow(/at least one code/);
  });
});
