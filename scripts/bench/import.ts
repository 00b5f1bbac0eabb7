// `npm run bench:import [-- --rows=1000000] [--claims-rows=10000000] [--clinician-rows=2500000]
//   [--only=nppes,claims,clinicians] [--keep]`
// Builds an NPPES file in the current (2025 V2, 330-column) layout from the 2,000 real rows in
// tests/fixtures/nppes (each copy with its own valid NPI), imports it into a separate database
// (neckcare_bench_import, recreated each run) with the real CLI in a child process, then imports it
// again (the monthly case: nothing changed), and prints rows a second scanned and the importer's peak
// RSS. Targets (issue 7, on 2 cores): >= 60,000 rows/s scanned, peak RSS <= 300 MB.
// The file (~1.2 GB for a million rows) is deleted at the end unless --keep.
// Then the CMS imports (scripts/bench/import-cms.ts): a claims file and a clinicians file built from
// the real rows in tests/fixtures/cms, each imported twice.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { CLINICIANS_NODE_FLAGS } from "@/lib/cms/clinicians-import";
import { npiCheckDigit } from "@/lib/npi";
import type { TImportSummary } from "@/lib/nppes/import";
import { migrate } from "../lib/migrate.mjs";
import { adminUrlFromEnv, databaseUrl } from "../lib/test-db.mjs";
import { buildClaimsFile, buildCliniciansFile, cmsLine, runCmsImport } from "./import-cms";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const rows = Number(arg("rows") ?? 1_000_000);
const keep = process.argv.includes("--keep");
const claimsRows = Number(arg("claims-rows") ?? 10_000_000);
const clinicianRows = Number(arg("clinician-rows") ?? 2_500_000);
const only = new Set((arg("only") ?? "nppes,claims,clinicians").split(","));
const FIXTURES = "tests/fixtures/nppes";
const OUT_DIR = "tmp/bench";
const FILE = path.join(OUT_DIR, "npidata_pfile_bench.csv");
const DB = "neckcare_bench_import";
const CLAIMS_FILE = path.join(
  OUT_DIR,
  "Medicare_Physician_Other_Practitioners_by_Provider_and_Service_2021_bench.csv",
);
const CLINICIANS_FILE = path.join(OUT_DIR, "DAC_NationalDownloadableFile_2024-05-01_bench.csv");

for (const [name, n] of [
  ["rows", rows],
  ["claims-rows", claimsRows],
  ["clinician-rows", clinicianRows],
] as const) {
  if (!Number.isInteger(n) || n < 2000 || n > 20_000_000) {
    console.error(`--${name} must be a whole number from 2000 to 20000000.`);
    process.exit(2);
  }
}
for (const part of only) {
  if (!["nppes", "claims", "clinicians"].includes(part)) {
    console.error(`--only takes nppes, claims and clinicians (comma-separated), not "${part}".`);
    process.exit(2);
  }
}

/** Writes `count` rows: the real 2018 rows in turn, each with a fresh NPI, plus the V2 "Certification Date". */
async function buildFile(count: number): Promise<number> {
  const header = readFileSync(path.join(FIXTURES, "npidata_pfile_header_2025-06_v2.csv"), "latin1").trim();
  const source = readFileSync(
    path.join(FIXTURES, "plannet_sample-nppes-practitioner_20181204-data.csv"),
    "latin1",
  )
    .split("\r\n")
    .slice(1)
    .filter((l) => l !== "");
  // Everything after the NPI field, with the V2 layout's extra last column (blank, as in most rows).
  const tails = source.map((line) => {
    if (!/^"\d{10}",/.test(line))
      throw new Error("Unexpected fixture row: every row should start with a quoted NPI.");
    return `${line.slice(12)},""\r\n`;
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const out = createWriteStream(FILE, { encoding: "latin1", highWaterMark: 1 << 22 });
  let bytes = Buffer.byteLength(header) + 2;
  out.write(`${header}\r\n`);
  let chunk = "";
  for (let i = 0; i < count; i++) {
    // NPIs 1000000000..1009999999 with their check digit: unique and valid (none are real providers' rows).
    const first9 = String(100_000_000 + i);
    chunk += `"${first9}${npiCheckDigit(first9)}"${tails[i % tails.length]}`;
    if (chunk.length > 4_000_000 || i === count - 1) {
      bytes += chunk.length;
      if (!out.write(chunk, "latin1")) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = "";
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return bytes;
}

async function recreateDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, DB);
  await migrate({ connectionString: url, log: () => {} });
  return url;
}

/** Runs the import CLI as its own process, so the RSS measured is the importer's alone. */
function runImport(url: string): Promise<TImportSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/import-nppes.ts",
        FILE,
        "--json",
        `--report=${path.join(OUT_DIR, "report.csv")}`,
      ],
      {
        env: { ...process.env, DATABASE_URL: url, NPPES_PUBLISH_IMPORTED: "true" },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`The import exited with ${code}: ${stdout}`));
      resolve(JSON.parse(stdout.trim().split("\n").pop()!) as TImportSummary);
    });
  });
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

function line(label: string, s: TImportSummary): string {
  const secs = s.elapsedMs / 1000;
  return `  ${label.padEnd(26)} ${secs.toFixed(1).padStart(6)} s  ${fmt(s.rowsPerSecond).padStart(8)} rows/s  ${(s.bytesRead / 1e6 / secs).toFixed(0).padStart(4)} MB/s  peak RSS ${fmt(s.peakRssMb)} MB  (inserted ${fmt(s.inserted)}, updated ${fmt(s.updated)}, unchanged ${fmt(s.unchanged)})`;
}

async function benchNppes(url: string) {
  console.log(`Building ${fmt(rows)} rows in the V2 layout -> ${FILE} ...`);
  const t0 = performance.now();
  const bytes = await buildFile(rows);
  console.log(`  ${(bytes / 1e9).toFixed(2)} GB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    console.log("Importing (empty database) ...");
    const first = await runImport(url);
    console.log("Importing again (nothing changed) ...");
    const second = await runImport(url);
    const national = 9_000_000 / Math.min(first.rowsPerSecond, second.rowsPerSecond);
    console.log(`
NPPES import benchmark: ${fmt(first.rowsRead)} rows (${(first.bytesRead / 1e9).toFixed(2)} GB), ${fmt(first.matched)} matched, ${fmt(first.malformed)} malformed
${line("first import", first)}
${line("re-import (no changes)", second)}
  targets                    >= 60,000 rows/s scanned, <= 300 MB peak RSS: ${Math.min(first.rowsPerSecond, second.rowsPerSecond) >= 60_000 && Math.max(first.peakRssMb, second.peakRssMb) <= 300 ? "met" : "NOT met"}
  national file (~9M rows)   about ${(national / 60).toFixed(1)} minutes at the slower rate
`);
  } finally {
    if (!keep) rmSync(FILE, { force: true });
  }
}

async function benchCms(url: string, dataset: "claims" | "clinicians") {
  const claims = dataset === "claims";
  const [file, count, script, minRate, national] = claims
    ? [CLAIMS_FILE, claimsRows, "scripts/import-cms-claims.ts", 200_000, 10_000_000]
    : [CLINICIANS_FILE, clinicianRows, "scripts/import-cms-clinicians.ts", 100_000, 2_500_000];
  console.log(`Building ${fmt(count)} ${dataset} rows in the current layout -> ${file} ...`);
  const t0 = performance.now();
  const bytes = await (claims ? buildClaimsFile : buildCliniciansFile)(file, count);
  console.log(`  ${(bytes / 1e9).toFixed(2)} GB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const args = [file, `--report=${path.join(OUT_DIR, `${dataset}-report.csv`)}`];
    console.log("Importing (empty tables) ...");
    // The clinicians tool's Node flags, as npm run import:cms-clinicians gives them.
    const flags = claims ? [] : CLINICIANS_NODE_FLAGS;
    const first = await runCmsImport(script, args, url, flags);
    console.log("Importing the same file again (replacing) ...");
    const second = await runCmsImport(script, args, url, flags);
    const slower = Math.min(first.rowsPerSecond, second.rowsPerSecond);
    console.log(`
CMS ${dataset} import benchmark: ${fmt(first.rowsScanned)} rows (${(first.bytesRead / 1e9).toFixed(2)} GB), ${fmt(first.rowsKept)} kept, ${fmt(first.rowsRejected)} rejected
${cmsLine("first import", first)}
${cmsLine("re-import (replacing)", second)}
  targets                    >= ${fmt(minRate)} rows/s scanned, <= 300 MB peak RSS: ${slower >= minRate && Math.max(first.peakRssMb, second.peakRssMb) <= 300 ? "met" : "NOT met"}
  national file (~${national / 1e6}M rows) about ${(national / slower / 60).toFixed(1)} minutes at the slower rate
`);
  } finally {
    if (!keep) rmSync(file, { force: true });
  }
}

async function main() {
  const adminUrl = adminUrlFromEnv() ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  console.log(`Creating and migrating the database ${DB} ...`);
  const url = await recreateDatabase(adminUrl);
  try {
    if (only.has("nppes")) await benchNppes(url);
    if (only.has("claims")) await benchCms(url, "claims");
    if (only.has("clinicians")) await benchCms(url, "clinicians");
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const { rows: v } = await (async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return await c.query<{ v: string }>("SELECT current_setting('server_version') AS v");
      } finally {
        await c.end();
      }
    })();
    console.log(
      `machine: ${os.cpus().length} x ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, PostgreSQL ${v[0]?.v ?? "?"} (same machine), load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
    );
  } finally {
    if (!keep) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).finally(() => admin.end());
    } else if (existsSync(OUT_DIR)) console.log(`Kept the files in ${OUT_DIR} and the database ${DB}.`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
