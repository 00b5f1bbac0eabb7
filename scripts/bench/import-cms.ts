// The CMS part of `npm run bench:import` (issue 14): builds a claims file in the current 29-column
// layout and a Care Compare clinicians file in the current 31-column layout from the real rows in
// tests/fixtures/cms, each row with its own valid NPI, imports each twice with the real CLIs in a
// child process (first into empty tables, then the same file again: the yearly or monthly re-run) and
// prints rows a second scanned and the importer's peak RSS.
// Targets (2 cores): claims >= 200,000 rows/s, clinicians >= 100,000 rows/s, both <= 300 MB peak RSS.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TCmsImportSummary } from "@/lib/cms/summary";
import { npiCheckDigit } from "@/lib/npi";

const FIXTURES = "tests/fixtures/cms";
const npi = (n: number) => {
  const first9 = String(100_000_000 + n);
  return `${first9}${npiCheckDigit(first9)}`;
};

async function writeLines(
  file: string,
  header: string,
  count: number,
  line: (i: number) => string,
): Promise<number> {
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file, { highWaterMark: 1 << 22 });
  let bytes = header.length + 1;
  out.write(`${header}\n`);
  let chunk = "";
  for (let i = 0; i < count; i++) {
    chunk += line(i);
    if (chunk.length > 4_000_000 || i === count - 1) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = "";
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return bytes;
}

/** Text of each data line after its first field (the NPI), with the line end. */
function tails(file: string): { header: string; tails: string[] } {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, file), "utf8").trim().split("\n");
  return { header: header!, tails: lines.map((l) => `${l.slice(l.indexOf(","))}\n`) };
}

/**
 * Claims: the 1,000 real 2021 rows in turn, four rows per NPI; one row in 100 is instead one of the
 * six valid neck, guidance or toxin rows of the derived fixture (so ~1% of the rows are kept, about
 * 100,000 in 10 million), each on an NPI of its own so no two kept rows collide.
 */
export function buildClaimsFile(file: string, rows: number): Promise<number> {
  const skin = tails("mup_phy_by_provider_and_service_2021_sample.csv");
  const derived = tails("derived_mup_phy_by_provider_and_service_2021_neck_codes.csv").tails;
  const kept = [0, 1, 2, 3, 4, 13].map((k) => derived[k]!);
  return writeLines(file, skin.header, rows, (i) =>
    i % 100 === 50
      ? `${npi(5_000_000 + i)}${kept[((i / 100) % kept.length) | 0]}`
      : `${npi(i >> 2)}${skin.tails[i % skin.tails.length]}`,
  );
}

/**
 * Clinicians: the 386 real 2021 rows in the current layout (values under their current names,
 * hospital columns dropped, Telehlth "Y" on every third row), two consecutive rows per NPI, and one
 * row in 1,000 on an NPI seen much earlier (scattered rows, as the national file has some).
 */
export function buildCliniciansFile(file: string, rows: number): Promise<number> {
  const header = readFileSync(
    path.join(FIXTURES, "dac_national_downloadable_file_current_header_reconstructed.txt"),
    "utf8",
  ).trim();
  const [h2021, ...lines] = readFileSync(
    path.join(FIXTURES, "dac_national_downloadable_file_2021_sample.csv"),
    "utf8",
  )
    .trim()
    .split("\n");
  const names2021 = h2021!.split(",").map((h) => h.trim());
  const renamed: Record<string, string> = {
    "Provider Last Name": "lst_nm",
    "Provider First Name": "frst_nm",
    "Provider Middle Name": "mid_nm",
    "Facility Name": "org_nm",
    "City/Town": "cty",
    State: "st",
    "ZIP Code": "zip",
    "Telephone Number": "phn_numbr",
  };
  const fieldsOf = (line: string) => {
    const out: string[] = [];
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      out.push(m[1]!);
      if (m[2] === "") break;
    }
    return out;
  };
  const current = header.split(",");
  const tailsCurrent = lines.map((line, k) => {
    const f = fieldsOf(line);
    const values = current.map((name) =>
      name === "Telehlth" ? (k % 3 === 0 ? "Y" : "") : (f[names2021.indexOf(renamed[name] ?? name)] ?? ""),
    );
    return `${values
      .slice(1)
      .map((v) => `,${v}`)
      .join("")}\n`;
  });
  return writeLines(file, header, rows, (i) => {
    const who = i % 1000 === 999 ? (i >> 1) - 400_000 : i >> 1;
    return `${npi(Math.max(who, 0))}${tailsCurrent[i % tailsCurrent.length]}`;
  });
}

/** Runs an import CLI as its own process, so the RSS measured is the importer's alone. */
export function runCmsImport(
  script: string,
  args: string[],
  url: string,
  nodeFlags: string[] = [],
): Promise<TCmsImportSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args, "--json"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${stdout}`));
      resolve(JSON.parse(stdout.trim().split("\n").pop()!) as TCmsImportSummary);
    });
  });
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

export function cmsLine(label: string, s: TCmsImportSummary): string {
  const secs = s.elapsedMs / 1000;
  return `  ${label.padEnd(26)} ${secs.toFixed(1).padStart(6)} s  ${fmt(s.rowsPerSecond).padStart(8)} rows/s  ${(s.bytesRead / 1e6 / secs).toFixed(0).padStart(4)} MB/s  peak RSS ${fmt(s.peakRssMb)} MB  (kept ${fmt(s.rowsKept)}, stored ${fmt(s.stored)}, replaced ${fmt(s.replaced)})`;
}
