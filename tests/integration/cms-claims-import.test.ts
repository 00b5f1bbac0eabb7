// The Medicare claims import against real PostgreSQL and the real CMS rows in tests/fixtures/cms
// (copies of shared/data/cms) plus a fixture derived from them for the codes the samples lack. What
// must be stored is worked out here from the files with a plain reader, not the importer's scanner.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { importCmsClaims, type TCmsClaimsOptions } from "@/lib/cms/claims-import";
import { db } from "@/lib/db";
import { createProvider } from "../factories";

const FIXTURES = path.resolve("tests/fixtures/cms");
const TSV_2012 = path.join(FIXTURES, "mup_phy_puf_2012_toxin_related_codes.tsv");
const SAMPLE_2012 = path.join(FIXTURES, "mup_phy_puf_2012_sample.tsv");
const ZIP_2012 = path.join(FIXTURES, "Medicare_Provider_Util_Payment_PUF_CY2012_sample.zip");
const SAMPLE_2021 = path.join(FIXTURES, "mup_phy_by_provider_and_service_2021_sample.csv");
const DERIVED_2021 = path.join(FIXTURES, "derived_mup_phy_by_provider_and_service_2021_neck_codes.csv");
const tmp = mkdtempSync(path.join(os.tmpdir(), "cms-claims-test-"));
let reports = 0;

// The codes, written out again here on purpose.
const KEPT_2012 = new Set(["64613", "64615", "95873", "95874", "76942", "J0585", "J0586", "J0587", "J0588"]);

/** The 2012 TSV's rows with a kept code, read plainly. */
function expected2012(file: string) {
  const [header, ...lines] = readFileSync(file, "latin1").trim().split("\n");
  const h = header!.split("\t");
  const col = (r: string[], name: string) => r[h.indexOf(name)]!;
  return lines
    .map((l) => l.split("\t"))
    .filter((r) => KEPT_2012.has(col(r, "hcpcs_code")))
    .map((r) => ({
      npi: col(r, "npi"),
      year: 2012,
      hcpcs: col(r, "hcpcs_code"),
      placeOfService: col(r, "place_of_service"),
      beneficiaries: Number(col(r, "bene_unique_cnt")),
      services: Number(col(r, "line_srvc_cnt")),
      beneficiaryDays: Number(col(r, "bene_day_srvc_cnt")),
    }))
    .sort((a, b) => (a.npi + a.hcpcs + a.placeOfService).localeCompare(b.npi + b.hcpcs + b.placeOfService));
}

function run(file: string, options: Partial<TCmsClaimsOptions> = {}) {
  const reportPath = path.join(tmp, `report-${++reports}.csv`);
  return importCmsClaims({ file, databaseUrl: process.env.DATABASE_URL, reportPath, ...options }).then(
    (s) => ({
      ...s,
      report: () => readFileSync(reportPath, "utf8").trim().split("\n").slice(1),
    }),
  );
}

const stats = (year: number) =>
  db.medicareServiceStat.findMany({
    where: { year },
    select: {
      npi: true,
      year: true,
      hcpcs: true,
      placeOfService: true,
      beneficiaries: true,
      services: true,
      beneficiaryDays: true,
    },
    orderBy: [{ npi: "asc" }, { hcpcs: "asc" }, { placeOfService: "asc" }],
  });

beforeEach(async () => {
  await db.medicareServiceStat.deleteMany({});
});

afterAll(async () => {
  // This file's imports go too: the search's evidence window counts from the latest claims import.
  await db.medicareServiceStat.deleteMany({});
  await db.medicareImport.deleteMany({ where: { dataset: "claims", serviceStats: { none: {} } } });
  await db.$disconnect();
  rmSync(tmp, { recursive: true, force: true });
});

describe("importing the 2012 layout (real rows)", () => {
  it("stores every chemodenervation, guidance and toxin row as published, and nothing else", async () => {
    const want = expected2012(TSV_2012);
    expect(want.length).toBe(68);
    const s = await run(TSV_2012);
    expect(s).toMatchObject({
      layout: "2012 original (27 columns, tab-separated)",
      year: 2012,
      yearSource: "file name",
      rowsScanned: 73,
      rowsKept: 68,
      rowsRejected: 0,
      keptByCode: { "64613": 2, "76942": 60, "95873": 1, "95874": 1, J0585: 4 },
      stored: 68,
      interrupted: false,
    });
    expect(await stats(2012)).toEqual(want);
    // 64612 and 64614 (other chemodenervation) are not the codes.
    expect(want.some((r) => r.hcpcs === "64612" || r.hcpcs === "64614")).toBe(false);
  });

  it("keeps 64613 for 2012: it was the neck code until 64616 replaced it in 2014", async () => {
    await run(TSV_2012);
    const neck = await db.medicareServiceStat.findMany({ where: { hcpcs: "64613" } });
    expect(neck.map((r) => r.year)).toEqual([2012, 2012]);
  });

  it("stores a toxin's services as drug units: 10,140 units for 31 patients on 35 days", async () => {
    await run(TSV_2012);
    const toxin = await db.medicareServiceStat.findUnique({
      where: {
        npi_year_hcpcs_placeOfService: { npi: "1003074584", year: 2012, hcpcs: "J0585", placeOfService: "O" },
      },
    });
    expect(toxin).toMatchObject({ beneficiaries: 31, services: 10140, beneficiaryDays: 35 });
  });

  it("reads the 1,000 first rows of the national file, keeping only its kept codes", async () => {
    const s = await run(SAMPLE_2012);
    expect(s).toMatchObject({
      rowsScanned: 1000,
      rowsKept: expected2012(SAMPLE_2012).length,
      rowsRejected: 0,
    });
  });

  it("reads the file from CMS's ZIP, beside the methodology note", async () => {
    const s = await run(ZIP_2012);
    expect(s.input).toBe(
      "Medicare_Provider_Util_Payment_PUF_CY2012_sample.zip > Medicare_Provider_Util_Payment_PUF_CY2012.txt",
    );
    expect(await stats(2012)).toEqual(expected2012(TSV_2012));
  });
});

describe("importing the current layout", () => {
  it("scans the real 2021 sample (skin surgery only) and keeps nothing", async () => {
    const s = await run(SAMPLE_2021);
    expect(s).toMatchObject({
      layout: "current (29 columns, comma-separated)",
      year: 2021,
      rowsScanned: 1000,
      rowsKept: 0,
      rowsRejected: 0,
      stored: 0,
    });
  });

  it("keeps the derived neck, guidance and toxin rows and rejects the bad ones with their line numbers", async () => {
    const s = await run(DERIVED_2021);
    expect(s).toMatchObject({
      rowsScanned: 16,
      rowsKept: 6,
      rowsRejected: 8,
      keptByCode: { "64616": 2, "95874": 1, "76942": 1, J0585: 1, J0586: 1 },
      stored: 6,
    });
    const lines = s.report().map((l) => l.split(",")[0] + " " + l.split(",").slice(2).join(","));
    expect(lines).toEqual([
      expect.stringMatching(/^7 rejected,code 64613 was retired after 2013 \(replaced by 64616\)/),
      expect.stringMatching(/^8 rejected,code J0589 did not exist before 2023/),
      expect.stringMatching(/^9 rejected,"8 beneficiaries: CMS suppresses rows under 11/),
      expect.stringMatching(/^10 rejected,"""\d{10}"" is not a valid NPI"/),
      expect.stringMatching(/^11 rejected,"services ""many"" is not a number"/),
      expect.stringMatching(/^12 rejected,28 fields where the header has 29/),
      expect.stringMatching(/^16 rejected,a quote inside unquoted field/),
      expect.stringMatching(/^13 duplicate,64616 at place O already given on line 2/),
    ]);
    expect(s.reportLines).toBe(s.rowsRejected);
  });

  it("stores the kept rows exactly, and never a zero row for the suppressed one", async () => {
    await run(DERIVED_2021);
    const rows = await stats(2021);
    expect(
      rows.map(
        (r) =>
          `${r.npi} ${r.hcpcs} ${r.placeOfService} ${r.beneficiaries} ${r.services} ${r.beneficiaryDays}`,
      ),
    ).toEqual([
      "1003011404 64616 O 125 182 145",
      "1003011404 J0585 O 31 10140 35",
      "1003013384 64616 F 40 52 48",
      "1003014762 95874 O 37 41 41",
      "1003021973 76942 O 186 250 250",
      "1003158544 J0586 F 12 480.5 14",
    ]);
    // Line 9's doctor had 8 patients: CMS published no row, so there is none, not a zero.
    const line9 = readFileSync(DERIVED_2021, "latin1").split("\n")[8]!.slice(0, 10);
    expect(await db.medicareServiceStat.count({ where: { npi: line9 } })).toBe(0);
  });

  it("rejects 64616 in a file of a year before 2014, when 64613 was the neck code", async () => {
    const s = await run(DERIVED_2021, { year: 2013 });
    expect(s.keptByCode).toMatchObject({ "64613": 1 });
    expect(s.keptByCode["64616"]).toBeUndefined();
    // Lines 2, 3, 9 and 13 (line 10 fails its NPI first).
    expect(
      s
        .report()
        .filter((l) => l.includes("did not exist before 2014"))
        .map((l) => l.split(",")[0]),
    ).toEqual(["2", "3", "9", "13"]);
    expect(s.notes).toEqual(["the file name suggests 2021, but --year=2013 was given and used"]);
  });
});

describe("the data year", () => {
  it("is refused when neither the name nor --year gives it", async () => {
    const file = path.join(tmp, "claims.csv");
    copyFileSync(DERIVED_2021, file);
    await expect(run(file)).rejects.toThrow(
      "Cannot tell the data year of claims.csv: its name has no year. Give it with --year=YYYY (the calendar year of the claims).",
    );
    expect(await run(file, { year: 2021 })).toMatchObject({ year: 2021, yearSource: "--year", rowsKept: 6 });
  });

  it("is replaced as a whole by a re-import, and other years stay", async () => {
    await run(TSV_2012);
    const first = await run(DERIVED_2021);
    const before2012 = await stats(2012);
    const again = await run(DERIVED_2021);
    expect(again).toMatchObject({ stored: 6, replaced: 6 });
    expect(again.importId).toBeGreaterThan(first.importId!);
    expect(await stats(2012)).toEqual(before2012);
    const imports = await db.medicareServiceStat.groupBy({ by: ["year", "importId"], _count: true });
    expect(imports.map((i) => [i.year, i.importId]).sort()).toEqual([
      [2012, expect.any(Number)],
      [2021, again.importId],
    ]);
    const record = await db.medicareImport.findUniqueOrThrow({ where: { id: again.importId! } });
    expect(record).toMatchObject({
      dataset: "claims",
      year: 2021,
      sourceFile: "derived_mup_phy_by_provider_and_service_2021_neck_codes.csv",
      rowsScanned: 16,
      rowsKept: 6,
      rowsRejected: 8,
      release: expect.stringMatching(/^file modified \d{4}-\d{2}-\d{2}$/),
    });
  });

  it("is left untouched by an interrupted import (Ctrl-C)", async () => {
    await run(TSV_2012);
    const before = await stats(2012);
    const imports = await db.medicareImport.count();
    const controller = new AbortController();
    controller.abort();
    const s = await run(TSV_2012, { signal: controller.signal, release: "interrupted" });
    expect(s).toMatchObject({ interrupted: true, importId: null });
    expect(await stats(2012)).toEqual(before);
    expect(await db.medicareImport.count()).toBe(imports);
  });
});

describe("listed providers", () => {
  it("have their search read model rebuilt when their evidence changes, and only then", async () => {
    const p = await createProvider(db, { locations: [{ lat: 40.4, lng: -105.07 }] });
    await db.provider.update({ where: { id: p.id }, data: { npi: "1003011404" } });
    try {
      const first = await run(DERIVED_2021, { year: 2030 });
      expect(first.providersRefreshed).toBe(1);
      const again = await run(DERIVED_2021, { year: 2030 });
      expect(again.providersRefreshed).toBe(0);
      // The search's evidence (lib/search/filters.ts) sees the neck injections.
      const point = await db.searchPoint.findFirstOrThrow({ where: { providerId: p.id } });
      expect(point.facts).toContain("medicareNeck");
    } finally {
      await db.medicareServiceStat.deleteMany({ where: { year: 2030 } });
      await db.medicareImport.deleteMany({ where: { year: 2030 } });
      await db.provider.delete({ where: { id: p.id } });
    }
  });
});
