// The NPPES import against real PostgreSQL and the real NPPES rows in tests/fixtures/nppes. What must
// come in is worked out here from the files themselves, with a deliberately plain CSV reader (not the
// importer's scanner), so the two code paths check each other.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NppesHeaderError } from "@/lib/nppes/columns";
import { importNppes, type TImportOptions } from "@/lib/nppes/import";
import { defaultTaxonomySet } from "@/lib/nppes/taxonomy";
import { rebuildSearchPoints } from "@/lib/search-columns";

const FIXTURES = path.resolve("tests/fixtures/nppes");
const FILE_2018 = path.join(FIXTURES, "plannet_sample-nppes-practitioner_20181204-data.csv");
const FILE_2016 = path.join(FIXTURES, "videntity_first10_npidata.csv");
const HEADER_V2 = path.join(FIXTURES, "npidata_pfile_header_2025-06_v2.csv");
const ZIP = path.join(FIXTURES, "NPPES_Data_Dissemination_sample.zip");
const tmp = mkdtempSync(path.join(os.tmpdir(), "nppes-test-"));

// DOMAIN.md, "Specialties and codes", written out again here on purpose.
const DOMAIN_CODES = new Set([
  "2084N0400X",
  "2084N0402X",
  "2084N0008X",
  "2084N0600X",
  "2084P2900X",
  "208100000X",
  "2081P2900X",
  "2081N0008X",
  "207LP2900X",
  "208VP0000X",
  "208VP0014X",
]);

/** A plain, slow, obviously correct RFC 4180 reader: every field of every row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endRow = () => {
    row.push(field.replace(/\r$/, ""));
    rows.push(row);
    row = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") endRow();
    else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

type TRow = Record<string, string>;
function readRows(file: string): { header: string[]; rows: TRow[] } {
  const [header, ...data] = parseCsv(readFileSync(file, "latin1"));
  return {
    header: header!,
    rows: data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""]))),
  };
}

const PRACTICE = "Provider Business Practice Location Address";
const toDate = (mdy: string) => new Date(`${mdy.slice(6)}-${mdy.slice(0, 2)}-${mdy.slice(3, 5)}T00:00:00Z`);

/** Individuals, not deactivated, with a DOMAIN.md code in any of the 15 slots, practising in the US. */
function relevant(rows: TRow[]): TRow[] {
  return rows.filter((r) => {
    if (r["Entity Type Code"] !== "1") return false;
    const off = r["NPI Deactivation Date"]!;
    const on = r["NPI Reactivation Date"]!;
    if (off && !(on && toDate(on) >= toDate(off))) return false;
    const codes = Array.from({ length: 15 }, (_, k) => r[`Healthcare Provider Taxonomy Code_${k + 1}`]!);
    if (!codes.some((c) => DOMAIN_CODES.has(c))) return false;
    const country = r[`${PRACTICE} Country Code (If outside U.S.)`]!;
    return country === "" || country === "US";
  });
}

const data2018 = readRows(FILE_2018);
const expected2018 = relevant(data2018.rows);
const ALL_NPIS = [...data2018.rows, ...readRows(FILE_2016).rows].map((r) => r.NPI!);
const byNpi = new Map(data2018.rows.map((r) => [r.NPI!, r]));
let reportCount = 0;

function run(file: string, options: Partial<TImportOptions> = {}) {
  return importNppes({
    file,
    databaseUrl: process.env.DATABASE_URL,
    publish: true,
    taxonomies: defaultTaxonomySet(),
    reportPath: path.join(tmp, `report-${++reportCount}.csv`),
    ...options,
  });
}

async function imported(npis: string[] = ALL_NPIS) {
  return db.provider.findMany({
    where: { npi: { in: npis } },
    include: { locations: true },
    orderBy: { npi: "asc" },
  });
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

/** NPIs the radius search can find: those with a row in its read model (SearchPoint). */
async function searchable(): Promise<string[]> {
  const rows = await db.$queryRaw<{ npi: string }[]>`
    SELECT DISTINCT p.npi FROM "SearchPoint" s JOIN "Provider" p ON p.id = s."providerId"
    WHERE p.npi = ANY(${ALL_NPIS})`;
  return sorted(rows.map((r) => r.npi));
}

/** The 2018 file's lines (CRLF), to build changed copies; lines[0] is the header, lines[k] is line k+1. */
const lines2018 = readFileSync(FILE_2018, "latin1").split("\r\n");
const lineOf = (npi: string) => lines2018.findIndex((l) => l.startsWith(`"${npi}"`));
function writeCopy(name: string, lines: string[], eol = "\r\n"): string {
  const file = path.join(tmp, name);
  writeFileSync(file, Buffer.from(lines.join(eol), "latin1"));
  return file;
}

beforeEach(async () => {
  await db.provider.deleteMany({ where: { npi: { in: ALL_NPIS } } });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { npi: { in: ALL_NPIS } } });
  await db.$disconnect();
  rmSync(tmp, { recursive: true, force: true });
});

describe("importing the real NPPES rows", () => {
  it("brings in every relevant provider of the 2018 file and nothing else", async () => {
    expect(expected2018.length).toBeGreaterThan(40);
    const s = await run(FILE_2018);
    expect(s).toMatchObject({
      rowsRead: 2000,
      layout: expect.stringContaining("329"),
      matched: expected2018.length,
      inserted: expected2018.length,
      malformed: 0,
      interrupted: false,
    });
    const rows = await imported();
    expect(rows.map((p) => p.npi)).toEqual(sorted(expected2018.map((r) => r.NPI!)));
    for (const p of rows) {
      const r = byNpi.get(p.npi)!;
      expect(p).toMatchObject({ source: "NPPES_IMPORT", claimed: false, status: "PUBLISHED" });
      // Names and address are only re-cased: upper-cased again they are the registry's text.
      expect([p.firstName.toUpperCase(), p.lastName.toUpperCase()]).toEqual([
        r["Provider First Name"],
        r["Provider Last Name (Legal Name)"],
      ]);
      expect(p.taxonomyCodes.some((c) => DOMAIN_CODES.has(c))).toBe(true);
      expect(p.registeredSpecialty).toMatch(/Physician$/);
      expect(p.lastConfirmedAt).toEqual(toDate(r["Last Update Date"]!));
      expect(p.gender).toBe({ F: "FEMALE", M: "MALE" }[r["Provider Gender Code"]!] ?? null);
      expect(p.locations).toHaveLength(1);
      const l = p.locations[0]!;
      const postal = r[`${PRACTICE} Postal Code`]!;
      expect([l.street1.toUpperCase(), l.city.toUpperCase(), l.state, l.zip, l.zip4]).toEqual([
        r[`Provider First Line Business Practice Location Address`],
        r[`${PRACTICE} City Name`],
        r[`${PRACTICE} State Name`],
        postal.slice(0, 5),
        postal.slice(5) || null,
      ]);
      expect(l.phone?.replace(/\D/g, "")).toBe(r[`${PRACTICE} Telephone Number`]!.replace(/\D/g, ""));
      // Every ZIP in these states is in the centroid table.
      expect([l.latitude, l.longitude, l.geoSource]).toEqual([
        expect.any(Number),
        expect.any(Number),
        "zip-centroid",
      ]);
    }
    // Published with a map position: the radius search finds every one.
    expect(await searchable()).toEqual(rows.map((p) => p.npi));
  });

  it("cleans names, credentials and addresses for display", async () => {
    await run(FILE_2018);
    const get = async (npi: string) => (await imported([npi]))[0]!;
    const dino = await get("1831192723");
    expect(dino).toMatchObject({
      firstName: "Dino",
      middleName: "George",
      lastName: "Zacharakos",
      suffix: null,
      credential: "MD",
      registeredSpecialty: "Pain Medicine (Anesthesiology) Physician",
    });
    expect(dino.locations[0]).toMatchObject({
      practiceName: "Practice of Dino Zacharakos, MD",
      street1: "99 E River Dr",
      street2: "5th Floor",
      city: "East Hartford",
      state: "CT",
      zip: "06108",
      zip4: "3288",
      phone: "(860) 282-4128",
      acceptingNewPatients: false,
    });
    expect(dino.locations[0]!.latitude).toBeCloseTo(41.78, 1);
    expect(await get("1902801269")).toMatchObject({
      firstName: "Lawrence",
      lastName: "Field",
      credential: "MD",
      registeredSpecialty: "Physical Medicine & Rehabilitation Physician",
    }); // "M.D.FAAPMR"
    expect(await get("1063415982")).toMatchObject({ lastName: "Demarino", suffix: "Jr." });
    expect(await get("1114922838")).toMatchObject({ lastName: "Donaldson", suffix: "III", credential: "" });
    expect(await get("1346245420")).toMatchObject({
      credential: "PhD",
      registeredSpecialty: "Neurology Physician",
    }); // neurology code in slot 3
    // Primary switch on slot 2 wins over neurology in slot 1.
    expect(await get("1033114889")).toMatchObject({
      credential: "DO",
      registeredSpecialty: "Neuromuscular Medicine (Psychiatry & Neurology) Physician",
      taxonomyCodes: ["2084N0400X", "2084N0008X"],
    });
    expect((await get("1629075817")).locations[0]).toMatchObject({ zip: "06032", zip4: null });
    expect((await get("1447253976")).locations[0]).toMatchObject({
      street1: "50 Tremont St Ste 103",
      street2: "Boston Pain Specialist, P.C.",
      city: "Melrose",
    });
  });

  it("takes gender from the registry's sex code: F and M, anything else (blank, X, U) not stated", async () => {
    const column = data2018.header.indexOf("Provider Gender Code");
    const men = expected2018.filter((r) => r["Provider Gender Code"] === "M").map((r) => r.NPI!);
    expect(men.length).toBeGreaterThanOrEqual(4);
    const codes = new Map([
      [men[0]!, "F"],
      [men[1]!, ""],
      [men[2]!, "X"],
      [men[3]!, "U"],
    ]);
    const lines = lines2018.map((line, i) => {
      const npi = i > 0 ? data2018.rows[i - 1]?.NPI : undefined;
      const code = npi === undefined ? undefined : codes.get(npi);
      if (code === undefined) return line;
      const fields = parseCsv(line)[0]!;
      fields[column] = code;
      return fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(",");
    });
    expect(await run(writeCopy("npidata_sex_codes.csv", lines))).toMatchObject({ malformed: 0 });
    const gender = async (npi: string) => (await imported([npi]))[0]!.gender;
    expect(await gender(men[0]!)).toBe("FEMALE");
    for (const npi of men.slice(1, 4)) expect(await gender(npi)).toBeNull();
    expect(await gender(men[4]!)).toBe("MALE");
    // A later file corrects it; the search's read model follows.
    expect(await run(FILE_2018)).toMatchObject({ updated: 4 });
    expect(await gender(men[0]!)).toBe("MALE");
    const point = await db.searchPoint.findFirstOrThrow({
      where: { providerId: (await imported([men[1]!]))[0]!.id },
      select: { facts: true },
    });
    expect(point.facts).toContain("gender:male");
  });

  it("brings in nothing from the 2016 rows (organizations and other specialties)", async () => {
    const s = await run(FILE_2016);
    expect(s).toMatchObject({
      rowsRead: 10,
      organizations: 2,
      individuals: 8,
      matched: 0,
      inserted: 0,
      malformed: 0,
    });
    expect(relevant(readRows(FILE_2016).rows)).toEqual([]);
    expect(await imported()).toEqual([]);
  });

  it("changes nothing when the same file is imported again", async () => {
    await run(FILE_2018);
    const before = await imported();
    const s = await run(FILE_2018);
    expect(s).toMatchObject({ inserted: 0, updated: 0, unchanged: expected2018.length });
    expect(await imported()).toEqual(before); // including every updatedAt
  });

  it("reads the 2025 V2 layout (330 columns) the same way", async () => {
    await run(FILE_2018);
    const before = await imported();
    const v2Header = readFileSync(HEADER_V2, "latin1").trim();
    const v2 = writeCopy("npidata_pfile_20250608-v2.csv", [
      v2Header,
      ...lines2018
        .slice(1)
        .filter(Boolean)
        .map((l) => `${l},""`),
      "",
    ]);
    const s = await run(v2);
    expect(s.layout).toContain("V2");
    expect(s).toMatchObject({
      rowsRead: 2000,
      matched: expected2018.length,
      inserted: 0,
      updated: 0,
      unchanged: expected2018.length,
      malformed: 0,
    });
    expect(await imported()).toEqual(before);
  });

  it("reads the data file out of the monthly ZIP", async () => {
    const s = await run(ZIP);
    expect(s.input).toContain("npidata_pfile_20181204-20181210.csv");
    expect(s.rowsRead).toBe(500);
    const first500 = relevant(data2018.rows.slice(0, 500)).map((r) => r.NPI!);
    expect(first500.length).toBeGreaterThan(5);
    expect((await imported()).map((p) => p.npi)).toEqual(sorted(first500));
  });

  it("imports drafts when publishing is switched off, and publishes them when it is switched on", async () => {
    expect(await run(FILE_2018, { publish: false })).toMatchObject({ inserted: expected2018.length });
    expect(new Set((await imported()).map((p) => p.status))).toEqual(new Set(["DRAFT"]));
    expect(await searchable()).toEqual([]);
    expect(await run(FILE_2018, { publish: true })).toMatchObject({ updated: expected2018.length });
    expect(new Set((await imported()).map((p) => p.status))).toEqual(new Set(["PUBLISHED"]));
    expect(await searchable()).toHaveLength(expected2018.length);
  });

  it("writes nothing on a dry run", async () => {
    const s = await run(FILE_2018, { dryRun: true, databaseUrl: undefined });
    expect(s).toMatchObject({ dryRun: true, matched: expected2018.length, inserted: 0 });
    expect(await imported()).toEqual([]);
  });
});

describe("re-importing over listings that changed", () => {
  it("keeps a claimed provider's own edits, restores an unclaimed one, leaves a moderator's suspension", async () => {
    await run(FILE_2018);
    const claimed = (await imported(["1831192723"]))[0]!;
    await db.provider.update({
      where: { id: claimed.id },
      data: { claimed: true, firstName: "Dean", credential: "MD, MPH" },
    });
    await db.location.update({
      where: { id: claimed.locations[0]!.id },
      data: { street1: "1 New Practice Way", acceptingNewPatients: true },
    });
    await db.provider.update({ where: { npi: "1083617963" }, data: { lastName: "Stale" } });
    const stale = (await imported(["1740283621"]))[0]!;
    await db.location.update({ where: { id: stale.locations[0]!.id }, data: { city: "Stale City" } });
    // A moderator's suspension, written as the data layer writes it (read model rebuilt with it).
    const suspended = await db.provider.update({
      where: { npi: "1104829076" },
      data: { status: "SUSPENDED" },
    });
    await rebuildSearchPoints(db, [suspended.id]);

    const s = await run(FILE_2018);
    expect(s).toMatchObject({ inserted: 0, updated: 2, kept: 1, unchanged: expected2018.length - 3 });
    const [dino] = await imported(["1831192723"]);
    expect(dino).toMatchObject({ firstName: "Dean", credential: "MD, MPH", claimed: true });
    expect(dino!.locations[0]).toMatchObject({
      id: claimed.locations[0]!.id,
      street1: "1 New Practice Way",
      acceptingNewPatients: true,
    });
    expect((await imported(["1083617963"]))[0]!.lastName).toBe("Krichevsky");
    // Updated in place: the location keeps its id (consult requests point at it).
    expect((await imported(["1740283621"]))[0]!.locations[0]).toMatchObject({
      id: stale.locations[0]!.id,
      city: "Norwalk",
    });
    expect((await imported(["1104829076"]))[0]!.status).toBe("SUSPENDED");
    expect(await searchable()).not.toContain("1104829076");
  });

  it("unpublishes a deactivated NPI, suspends a claimed one, and republishes on reactivation", async () => {
    await run(FILE_2018);
    await db.provider.update({ where: { npi: "1083617963" }, data: { claimed: true } });
    // In the monthly file a deactivated NPI's row is blank except for the NPI and the date.
    const width = data2018.header.length;
    const deactivated = (npi: string) =>
      data2018.header
        .map((h) => (h === "NPI" ? npi : h === "NPI Deactivation Date" ? "11/30/2018" : ""))
        .map((v) => `"${v}"`)
        .join(",");
    expect(deactivated("1").split(",")).toHaveLength(width);
    const file = writeCopy("npidata_deactivations.csv", [
      lines2018[0]!,
      deactivated("1831192723"),
      deactivated("1083617963"),
      deactivated("1234567893"),
      "",
    ]);
    const s = await run(file);
    expect(s).toMatchObject({ rowsRead: 3, deactivatedRows: 3, unpublished: 1, suspended: 1, malformed: 0 });
    expect((await imported(["1831192723"]))[0]!.status).toBe("DRAFT");
    expect((await imported(["1083617963"]))[0]!.status).toBe("SUSPENDED");
    expect(await searchable()).not.toContain("1831192723");
    expect(await searchable()).not.toContain("1083617963");
    expect(readFileSync(s.reportPath, "utf8")).toContain("1831192723,unpublished-deactivated");

    // The next file lists the NPI as active again: the import's own listing comes back; the claimed
    // one waits for a moderator.
    expect(await run(FILE_2018)).toMatchObject({ updated: 1, kept: 1 });
    expect((await imported(["1831192723"]))[0]!.status).toBe("PUBLISHED");
    expect((await imported(["1083617963"]))[0]!.status).toBe("SUSPENDED");
    expect(await searchable()).toContain("1831192723");
  });

  it("leaves the database consistent when interrupted, and finishes on the next run", async () => {
    const controller = new AbortController();
    const s = await run(FILE_2018, {
      signal: controller.signal,
      batchSize: 10,
      progressEveryMs: 0,
      onProgress: () => controller.abort(),
    });
    expect(s.interrupted).toBe(true);
    expect(s.lastLine).toBeLessThan(2001);
    const done = expected2018.filter((r) => lineOf(r.NPI!) + 1 <= s.lastLine).map((r) => r.NPI!);
    const rows = await imported();
    expect(rows.map((p) => p.npi)).toEqual(sorted(done));
    for (const p of rows) expect(p.locations).toHaveLength(1);
    expect(await run(FILE_2018)).toMatchObject({
      inserted: expected2018.length - done.length,
      updated: 0,
      interrupted: false,
    });
  });
});

describe("damaged files", () => {
  it("reports cut lines, bad bytes and bad fields with their line numbers and imports the rest", async () => {
    const lines = [...lines2018];
    const at = (npi: string) => {
      const i = lineOf(npi);
      expect(i).toBeGreaterThan(0);
      return i;
    };
    const edit = (npi: string, f: (line: string) => string) => (lines[at(npi)] = f(lines[at(npi)]!));
    const unmatched = data2018.rows.findIndex((r) => !relevant([r]).length) + 1;
    // Cut inside a quoted field, cut at a field boundary, cut an irrelevant row.
    edit("1831192723", (l) => l.slice(0, l.indexOf('"ZACHARAKOS"') + 4));
    edit("1083617963", (l) => l.slice(0, l.indexOf('"MD"') + 4));
    lines[unmatched] = lines[unmatched]!.slice(0, 300);
    // A C1 control byte (not text in ISO-8859-1), a wrong check digit, a blank last name.
    edit("1740283621", (l) => l.replace('"NGUYEN"', '"NG\x81YEN"'));
    edit("1063415982", (l) => l.replace('"1063415982"', '"1063415983"'));
    edit("1104829076", (l) => l.replace('"VIGNA"', '""'));
    // Not malformed: a practice abroad (skipped), an APO ZIP (no map position), a name saved as UTF-8.
    edit("1073516969", (l) => l.replace(/"CT","068503852","US"/, '"ON","M5V3L9","CA"'));
    edit("1225031115", (l) => l.replaceAll('"068106099"', '"090120001"'));
    edit("1144223033", (l) => l.replace('"SMITH"', `"${Buffer.from("SMÏTH", "utf8").toString("latin1")}"`));
    const file = writeCopy("npidata_damaged.csv", [...lines.slice(0, 100), "", ...lines.slice(100)]);
    const malformedNpis = ["1831192723", "1083617963", "1740283621", "1063415982", "1104829076"];

    const s = await run(file);
    expect(s).toMatchObject({ malformed: 6, outsideUs: 1, withoutCoordinates: 1, interrupted: false });
    const want = expected2018
      .map((r) => r.NPI!)
      .filter((n) => !malformedNpis.includes(n) && n !== "1073516969");
    const rows = await imported();
    expect(rows.map((p) => p.npi)).toEqual(sorted(want));
    expect(rows.find((p) => p.npi === "1144223033")!.lastName).toBe("Smïth");
    // Listed, but without a map position the radius search cannot place it.
    expect(await searchable()).toEqual(sorted(want.filter((n) => n !== "1225031115")));
    expect(rows.find((p) => p.npi === "1225031115")!.locations[0]).toMatchObject({
      zip: "09012",
      latitude: null,
      longitude: null,
      geoSource: null,
    });

    const report = parseCsv(readFileSync(s.reportPath, "utf8")).slice(1);
    const malformed = report.filter((r) => r[2] === "malformed");
    // Line numbers in the damaged file: one blank line was inserted before line 101.
    const lineInCopy = (i: number) => (i >= 100 ? i + 2 : i + 1);
    expect(malformed.map((r) => Number(r[0])).sort((a, b) => a - b)).toEqual(
      [at("1831192723"), at("1083617963"), unmatched, at("1740283621"), at("1063415982"), at("1104829076")]
        .map(lineInCopy)
        .sort((a, b) => a - b),
    );
    const reason = (i: number) => malformed.find((r) => Number(r[0]) === lineInCopy(i))![3];
    expect(reason(at("1831192723"))).toMatch(/after the closing quote/);
    expect(reason(at("1083617963"))).toMatch(/fields where the header has 329/);
    expect(reason(at("1740283621"))).toMatch(/bad encoding: byte 0x81 in Provider Last Name/);
    expect(reason(at("1063415982"))).toMatch(/check digit/);
    expect(reason(at("1104829076"))).toMatch(/Provider Last Name \(Legal Name\) is blank/);
    expect(report.find((r) => r[2] === "no-coordinates")).toEqual([
      String(lineInCopy(at("1225031115"))),
      "1225031115",
      "no-coordinates",
      expect.stringContaining("09012"),
    ]);
    expect(report.some((r) => r[1] === "1073516969" && r[2] === "outside-us")).toBe(true);
  });

  /** The 2018 file without the named columns, rewritten by the reference reader. */
  function withoutColumns(name: string, drop: string[]): string {
    const rows = parseCsv(readFileSync(FILE_2018, "latin1"));
    const keep = rows[0]!.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
    return writeCopy(
      name,
      rows.map((r) => keep.map((i) => `"${r[i]!.replaceAll('"', '""')}"`).join(",")),
      "\n",
    );
  }

  it("imports a file without an optional column and says which", async () => {
    const file = withoutColumns("npidata_no_street2.csv", [
      "Provider Second Line Business Practice Location Address",
    ]);
    const s = await run(file);
    expect(s).toMatchObject({
      inserted: expected2018.length,
      malformed: 0,
      missingOptionalColumns: ["Provider Second Line Business Practice Location Address"],
    });
    expect((await imported()).every((p) => p.locations[0]!.street2 === null)).toBe(true);
  });

  it("refuses a file without a required column, with one clear line, before writing anything", async () => {
    const file = withoutColumns("npidata_no_npi.csv", ["NPI"]);
    await expect(run(file)).rejects.toThrow(NppesHeaderError);
    await expect(run(file)).rejects.toThrow('the header has no "NPI" column');
    expect(await imported()).toEqual([]);
    // The CLI prints just that line and exits 1.
    const cli = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/import-nppes.ts",
        file,
        "--dry-run",
        `--report=${path.join(tmp, "cli.csv")}`,
      ],
      { encoding: "utf8" },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim()).toBe(
      'Not an NPPES provider file this import can read: the header has no "NPI" column.',
    );
  });
});
