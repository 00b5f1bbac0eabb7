// `npm run data:update` end to end, against a local HTTP server laid out like CMS's (an NPPES
// download page linking a monthly ZIP and weekly ZIPs, a data.json catalog, a Provider Data Catalog
// metadata item) serving small real files, and a real database. Never the internet. It holds the
// update to what an operator relies on: everything current is imported once, an unchanged file is
// neither fetched nor imported again, a cut download resumes where it stopped and ends byte for byte
// right, and a failure says what failed while the other sources still run.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultImporters } from "@/lib/data-update/importers";
import type { TDataSources, TSourceName } from "@/lib/data-update/sources";
import { runDataUpdate, type TUpdateOptions } from "@/lib/data-update/update";
import { db } from "@/lib/db";
import { startFileServer, storedZip, type TFileServer } from "@/tests/file-server";

const NPPES = path.resolve("tests/fixtures/nppes");
const CMS = path.resolve("tests/fixtures/cms");
// Claims rows with the neck codes, so the claims import keeps some (the real sample has none).
const CLAIMS_2021 = readFileSync(
  path.join(CMS, "derived_mup_phy_by_provider_and_service_2021_neck_codes.csv"),
);
const CLINICIANS = readFileSync(path.join(CMS, "dac_national_downloadable_file_2021_sample.csv"));

// The monthly ZIP: the first 500 rows of the December 2018 file (data to 2018-12-10).
const MONTHLY_ZIP = readFileSync(path.join(NPPES, "NPPES_Data_Dissemination_sample.zip"));
const LINES = readFileSync(
  path.join(NPPES, "plannet_sample-nppes-practitioner_20181204-data.csv"),
  "latin1",
).split("\r\n");
const HEADER = LINES[0]!;
const lineOf = (npi: string) => LINES.find((l) => l.startsWith(`"${npi}"`))!;
const LAST_NAME = HEADER.slice(1, -1).split('","').indexOf("Provider Last Name (Legal Name)");
const renamed = (npi: string, lastName: string) => {
  const fields = lineOf(npi).slice(1, -1).split('","');
  fields[LAST_NAME] = lastName;
  return `"${fields.join('","')}"`;
};
const weeklyZip = (entry: string, lines: string[]) =>
  storedZip([{ name: entry, data: Buffer.from([HEADER, ...lines, ""].join("\r\n"), "latin1") }]);

// Relevant (neurology, PM&R, pain medicine) individuals of the 2018 file: the first is in the
// monthly ZIP, the others come after its 500 rows.
const IN_MONTHLY = "1831192723";
const IN_WEEKLY = ["1568467421", "1649275611"];
const IN_OLD_WEEKLY = "1346245420";
const IN_NEXT_WEEKLY = "1639174618";
const ALL_NPIS = [...LINES.slice(1).map((l) => l.slice(1, 11))];

const P = {
  index: "/nppes/NPI_Files.html",
  monthly: "/nppes/NPPES_Data_Dissemination_December_2018_V2.zip",
  monthlyV1: "/nppes/NPPES_Data_Dissemination_December_2018.zip",
  olderMonthly: "/nppes/NPPES_Data_Dissemination_November_2018_V2.zip",
  oldWeekly: "/nppes/NPPES_Data_Dissemination_120318_120918_Weekly_V2.zip",
  weekly: "/nppes/NPPES_Data_Dissemination_121118_121718_Weekly_V2.zip",
  nextWeekly: "/nppes/NPPES_Data_Dissemination_121818_122418_Weekly_V2.zip",
  catalog: "/data.json",
  claims2020: "/files/2022-05/MUP_PHY_R22_P05_V10_D20_Prov_Svc.csv",
  claims2021: "/files/2023-05/MUP_PHY_R23_P05_V10_D21_Prov_Svc.csv",
  cliniciansMeta: "/provider-data/api/1/metastore/schemas/dataset/items/mj5m-pzi6",
  clinicians: "/provider-data/files/DAC_NationalDownloadableFile.csv",
};

let server: TFileServer;
let dataDir: string;
const output: string[] = [];

function indexPage(extra: string[] = []) {
  const links = [P.olderMonthly, P.monthlyV1, P.monthly, P.oldWeekly, P.weekly, ...extra];
  return `<html><body>${links.map((l) => `<a href=".${l.slice("/nppes".length)}">${l}</a>`).join("\n")}</body></html>`;
}

function serveEverything() {
  server.set(P.index, { body: indexPage(), contentType: "text/html" });
  server.set(P.monthly, { body: MONTHLY_ZIP });
  server.set(P.oldWeekly, {
    body: weeklyZip("npidata_pfile_20181203-20181209.csv", [lineOf(IN_OLD_WEEKLY)]),
  });
  server.set(P.weekly, {
    body: weeklyZip("npidata_pfile_20181211-20181217.csv", [
      ...IN_WEEKLY.map(lineOf),
      renamed(IN_MONTHLY, "WEEKLYNAME"),
    ]),
  });
  const title = "Medicare Physician & Other Practitioners - by Provider and Service";
  const dist = (p: string, year: number) => ({
    "@type": "dcat:Distribution",
    downloadURL: server.url(p),
    mediaType: "text/csv",
    title: `${title} : ${year}-12-31`,
    temporal: `${year}-01-01/${year}-12-31`,
    modified: `${year + 2}-05-15`,
  });
  server.set(P.catalog, {
    contentType: "application/json",
    body: JSON.stringify({
      dataset: [
        {
          title: "Medicare Physician & Other Practitioners - by Provider",
          distribution: [dist("/elsewhere.csv", 2023)],
        },
        { title, distribution: [dist(P.claims2020, 2020), dist(P.claims2021, 2021)] },
      ],
    }),
  });
  server.set(P.claims2021, {
    body: CLAIMS_2021,
  });
  server.set(P.cliniciansMeta, {
    contentType: "application/json",
    body: JSON.stringify({
      identifier: "mj5m-pzi6",
      modified: "2026-11-20",
      distribution: [
        { identifier: "x", data: { downloadURL: server.url(P.clinicians), mediaType: "text/csv" } },
      ],
    }),
  });
  server.set(P.clinicians, {
    body: CLINICIANS,
  });
}

function sources(): TDataSources {
  return {
    nppesIndexUrl: server.url(P.index),
    cmsCatalogUrl: server.url(P.catalog),
    claimsDatasetTitle: "Medicare Physician & Other Practitioners - by Provider and Service",
    cliniciansMetadataUrl: server.url(`${P.cliniciansMeta}?show-reference-ids`),
    dataDir,
  };
}

function update(options: Partial<TUpdateOptions> & { only?: Set<TSourceName> } = {}) {
  const databaseUrl = process.env.DATABASE_URL!;
  return runDataUpdate({
    sources: sources(),
    databaseUrl,
    importers: defaultImporters({ databaseUrl, publish: true, write: (l) => output.push(l) }),
    log: (l) => output.push(l),
    download: { retries: 0, retryDelayMs: 10, timeouts: { headersMs: 5000, idleMs: 5000 } },
    ...options,
  });
}

const onlyNppes = new Set<TSourceName>(["nppes"]);
const importedNpis = async () =>
  (await db.provider.findMany({ where: { npi: { in: ALL_NPIS } }, select: { npi: true } }))
    .map((p) => p.npi)
    .sort();
const step = (r: Awaited<ReturnType<typeof update>>, source: TSourceName) =>
  r.steps.find((s) => s.source === source)!;

/** The CMS imports made before this file's, so that only this file's are removed after it. */
let importsBefore = 0;

beforeAll(async () => {
  server = await startFileServer();
  importsBefore = (await db.medicareImport.aggregate({ _max: { id: true } }))._max.id ?? 0;
});

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "data-update-"));
  server.requests.length = 0;
  output.length = 0;
  serveEverything();
  await db.provider.deleteMany({ where: { npi: { in: ALL_NPIS } } });
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

afterAll(async () => {
  await db.provider.deleteMany({ where: { npi: { in: ALL_NPIS } } });
  const mine = { importId: { gt: importsBefore } };
  await db.medicareServiceStat.deleteMany({ where: mine });
  await db.careCompareClinician.deleteMany({ where: mine });
  await db.medicareImport.deleteMany({ where: { id: { gt: importsBefore } } });
  await db.$disconnect();
  await server.close();
});

describe("npm run data:update", () => {
  it("imports the monthly NPPES file, then only the weekly files newer than its data", async () => {
    const r = await update({ only: onlyNppes });
    expect(step(r, "nppes")).toMatchObject({
      ok: true,
      downloaded: [path.basename(P.monthly), path.basename(P.weekly)],
      imported: [path.basename(P.monthly), path.basename(P.weekly)],
    });
    const npis = await importedNpis();
    expect(npis).toEqual(expect.arrayContaining([IN_MONTHLY, ...IN_WEEKLY]));
    // The weekly file ending 2018-12-09, before the monthly file's data ends (12-10), is never
    // fetched: it would put back older records. The V1 copy and the older month are not fetched either.
    expect(npis).not.toContain(IN_OLD_WEEKLY);
    for (const p of [P.oldWeekly, P.monthlyV1, P.olderMonthly]) expect(server.requestsFor(p)).toEqual([]);
    // The weekly change is applied on top of the monthly record.
    const renamedProvider = await db.provider.findUnique({
      where: { npi: IN_MONTHLY },
      select: { lastName: true },
    });
    expect(renamedProvider?.lastName.toUpperCase()).toBe("WEEKLYNAME");
    expect(readFileSync(path.join(dataDir, "nppes", path.basename(P.monthly))).equals(MONTHLY_ZIP)).toBe(
      true,
    );
  });

  it("fetches and imports nothing on a second run when nothing changed, and only a new weekly file later", async () => {
    await update({ only: onlyNppes });
    server.requests.length = 0;
    const again = await update({ only: onlyNppes });
    expect(step(again, "nppes")).toMatchObject({
      ok: true,
      downloaded: [],
      imported: [],
      unchanged: [path.basename(P.monthly), path.basename(P.weekly)],
    });
    for (const p of [P.monthly, P.weekly])
      expect(server.requestsFor(p)).toEqual([expect.objectContaining({ conditional: true, status: 304 })]);

    // Next week CMS adds a weekly file: only that one is fetched and imported.
    server.set(P.index, { body: indexPage([P.nextWeekly]), contentType: "text/html" });
    server.set(P.nextWeekly, {
      body: weeklyZip("npidata_pfile_20181218-20181224.csv", [lineOf(IN_NEXT_WEEKLY)]),
    });
    const later = await update({ only: onlyNppes });
    expect(step(later, "nppes")).toMatchObject({
      ok: true,
      downloaded: [path.basename(P.nextWeekly)],
      imported: [path.basename(P.nextWeekly)],
    });
    expect(await importedNpis()).toContain(IN_NEXT_WEEKLY);
  });

  it("resumes a download cut halfway on the next run, with a Range request, and ends with the same bytes", async () => {
    server.set(P.monthly, { body: MONTHLY_ZIP, dropAfter: Math.floor(MONTHLY_ZIP.length / 2) });
    const first = await update({ only: onlyNppes });
    expect(first.ok).toBe(false);
    expect(step(first, "nppes").error).toMatch(
      /^the download of NPPES_Data_Dissemination_December_2018_V2\.zip stopped at .* of 61 kB: the connection to 127\.0\.0\.1:\d+ was cut\. .* kept: the next run resumes\.$/,
    );
    expect(await importedNpis()).toEqual([]);

    const second = await update({ only: onlyNppes });
    expect(step(second, "nppes")).toMatchObject({
      ok: true,
      imported: [path.basename(P.monthly), path.basename(P.weekly)],
    });
    const [cut, resumed] = server.requestsFor(P.monthly);
    expect(cut).toMatchObject({ range: undefined, status: 200 });
    expect(resumed).toMatchObject({ range: expect.stringMatching(/^bytes=[1-9]\d*-$/), status: 206 });
    expect(readFileSync(path.join(dataDir, "nppes", path.basename(P.monthly))).equals(MONTHLY_ZIP)).toBe(
      true,
    );
    expect(output.join("\n")).toMatch(
      /downloaded NPPES_Data_Dissemination_December_2018_V2\.zip \(61 kB, resumed at \d+ kB\)/,
    );
    expect(await importedNpis()).toContain(IN_MONTHLY);
  });

  it("ends with the right file from a server that ignores Range", async () => {
    server.set(P.monthly, { body: MONTHLY_ZIP, dropAfter: 20_000, ignoreRange: true });
    expect((await update({ only: onlyNppes })).ok).toBe(false);
    const second = await update({ only: onlyNppes });
    expect(step(second, "nppes").ok).toBe(true);
    expect(server.requestsFor(P.monthly)[1]).toMatchObject({
      range: expect.stringMatching(/^bytes=/),
      status: 200,
    });
    expect(readFileSync(path.join(dataDir, "nppes", path.basename(P.monthly))).equals(MONTHLY_ZIP)).toBe(
      true,
    );
    expect(await importedNpis()).toContain(IN_MONTHLY);
  });

  it("says which source failed and why, and still runs the others", async () => {
    server.set(P.index, { body: "down", status: 500 });
    server.set(P.claims2021, { body: "", status: 404 });
    const r = await update();
    expect(r.ok).toBe(false);
    expect(step(r, "nppes")).toMatchObject({
      ok: false,
      error: `${server.url(P.index)} answered 500 Internal Server Error.`,
    });
    expect(step(r, "claims")).toMatchObject({
      ok: false,
      error: `${server.url(P.claims2021)} answered 404 Not Found.`,
    });
    // The clinicians file is still fetched and imported.
    expect(step(r, "clinicians")).toMatchObject({
      ok: true,
      downloaded: ["DAC_NationalDownloadableFile.csv"],
      imported: ["DAC_NationalDownloadableFile.csv"],
    });
    expect(output).toContain(`nppes: FAILED: ${server.url(P.index)} answered 500 Internal Server Error.`);
  });

  it("imports the latest claims year and the clinicians file with their year and date, once", async () => {
    const before = (await db.medicareImport.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const r = await update({ only: new Set(["claims", "clinicians"]) });
    expect(r.ok).toBe(true);
    expect(step(r, "claims")).toMatchObject({
      downloaded: [path.basename(P.claims2021)],
      imported: [path.basename(P.claims2021)],
    });
    expect(server.requestsFor(P.claims2020)).toEqual([]);
    expect(output).toContain("claims: latest data year 2021: MUP_PHY_R23_P05_V10_D21_Prov_Svc.csv");
    expect(step(r, "clinicians")).toMatchObject({
      downloaded: ["DAC_NationalDownloadableFile.csv"],
      imported: ["DAC_NationalDownloadableFile.csv"],
    });
    expect(
      readFileSync(path.join(dataDir, "clinicians", "DAC_NationalDownloadableFile.csv")).equals(CLINICIANS),
    ).toBe(true);
    // What the CMS importers recorded: the year and the catalogs' dates, not the download's time.
    const imports = await db.medicareImport.findMany({
      where: { id: { gt: before } },
      select: { id: true, dataset: true, year: true, release: true },
      orderBy: { id: "asc" },
    });
    const stats = await db.medicareServiceStat.findMany({
      where: { importId: imports[0]?.id },
      select: { year: true },
    });
    expect(stats.length).toBeGreaterThan(0);
    expect(new Set(stats.map((x) => x.year))).toEqual(new Set([2021]));
    expect(imports.map((i) => ({ dataset: i.dataset, year: i.year, release: i.release }))).toEqual([
      { dataset: "claims", year: 2021, release: "2023-05-15 (the data.cms.gov catalog's modified date)" },
      {
        dataset: "clinicians",
        year: null,
        release: "2026-11-20 (the Provider Data Catalog's modified date)",
      },
    ]);
    const clinicians = await db.careCompareClinician.findMany({
      select: { fileDate: true },
      distinct: ["fileDate"],
    });
    expect(clinicians.map((c) => c.fileDate.toISOString().slice(0, 10))).toEqual(["2026-11-20"]);

    // Nothing changed: nothing is fetched or imported again.
    const again = await update({ only: new Set(["claims", "clinicians"]) });
    expect(again.steps.map((s) => [s.source, s.downloaded, s.imported])).toEqual([
      ["claims", [], []],
      ["clinicians", [], []],
    ]);
    expect(await db.medicareImport.count({ where: { id: { gt: before } } })).toBe(2);
  });

  it("with --dry-run fetches only the lists and changes nothing; with --download-only imports nothing", async () => {
    const dry = await update({ mode: "dry-run" });
    expect(dry.ok).toBe(true);
    expect(new Set(server.requests.map((q) => q.path))).toEqual(
      new Set([P.index, P.catalog, P.cliniciansMeta]),
    );
    expect(output).toContain(
      `nppes: ${server.url(P.monthly)} -> ${path.relative(process.cwd(), path.join(dataDir, "nppes", path.basename(P.monthly)))}: would download`,
    );
    expect(existsSync(path.join(dataDir, "nppes"))).toBe(false);

    const only = await update({ mode: "download-only", only: onlyNppes });
    expect(step(only, "nppes")).toMatchObject({
      ok: true,
      imported: [],
      downloaded: [path.basename(P.monthly), path.basename(P.weekly)],
    });
    expect(await importedNpis()).toEqual([]);
    // The downloads are imported by the next full run without being fetched again.
    server.requests.length = 0;
    const full = await update({ only: onlyNppes });
    expect(step(full, "nppes")).toMatchObject({
      downloaded: [],
      imported: [path.basename(P.monthly), path.basename(P.weekly)],
    });
  });
});

/** Runs the command as an operator would; resolves with its exit code and output. */
function command(args: string[], opts: { viaNpm?: boolean; onStart?: (pid: number) => void } = {}) {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATA_NPPES_INDEX_URL: server.url(P.index),
    DATA_CMS_CATALOG_URL: server.url(P.catalog),
    DATA_CLINICIANS_METADATA_URL: server.url(P.cliniciansMeta),
  };
  const child = opts.viaNpm
    ? spawn("npm", ["run", "-s", "data:update", "--", ...args], { env })
    : spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "scripts/data-update.ts", ...args],
        { env },
      );
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  opts.onStart?.(child.pid!);
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, out })),
  );
}

describe("the command", () => {
  it("reads its addresses from the environment: a dry run through npm fetches only the three lists", async () => {
    const { code, out } = await command(["--dry-run"], { viaNpm: true });
    expect(code).toBe(0);
    expect(out).toContain(`nppes: ${server.url(P.monthly)} -> `);
    expect(out).toMatch(/^ok {5}clinicians: 0 downloaded/m);
    expect(new Set(server.requests.map((q) => q.path))).toEqual(
      new Set([P.index, P.catalog, P.cliniciansMeta]),
    );
  });

  it("exits with 1 and one line saying what failed; 2 for a bad option", async () => {
    server.set(P.catalog, { body: "", status: 404 });
    const failed = await command(["--download-only", "--only=claims"]);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`claims: FAILED: ${server.url(P.catalog)} answered 404 Not Found.`);
    expect(failed.out).not.toMatch(/\n\s+at /);
    const bad = await command(["--only=nppes,everything"]);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/^Unknown source "everything": choose from nppes, claims, clinicians\./);
  });

  it("stops on Ctrl-C with exit code 130, keeping the part for the next run", async () => {
    server.set(P.monthly, { body: MONTHLY_ZIP, stallAfter: 20_000 });
    const part = path.join(dataDir, "nppes", `${path.basename(P.monthly)}.part`);
    let pid = 0;
    const run = command(["--download-only", "--only=nppes"], { onStart: (p) => (pid = p) });
    for (let i = 0; i < 100 && !(existsSync(part) && statSync(part).size >= 20_000); i++)
      await new Promise((r) => setTimeout(r, 100));
    process.kill(pid, "SIGINT");
    const { code, out } = await run;
    expect(code).toBe(130);
    expect(out).toContain(
      "nppes: FAILED: Interrupted: NPPES_Data_Dissemination_December_2018_V2.zip kept at 20 kB; run again to resume.",
    );
    expect(statSync(part).size).toBe(20_000);
  });
});
