// `npm run bench:pages [-- --providers=100000] [--port=3450] [--seconds=15] [--memory-seconds=30]
//   [--lighthouse-runs=3] [--only=load,memory,lighthouse]`
// The pages patients load, measured as issue 15 asks: the production server (scripts/server.mjs,
// with `npm start`'s process settings) on the production build against the benchmark database
// (neckcare_bench_<N>, the one `npm run bench:search` loads: reused as it is, loaded only when it does
// not exist yet, never emptied or reloaded here), autocannon with 10 connections, each target warmed
// up and then measured for --seconds:
//   - a fixed set of 60 provider profiles (every published provider whose id is 7 modulo a step);
//   - /search as HTML for a fixed mix of 40 places and filters (the first of bench:search's mix);
//   - /, /checklist;
//   - the Spanish home page (/es) and /es/search for the same mix (issue 19);
//   - a static asset (a Next.js chunk under /_next/static/) as the floor.
// For each: requests a second, p50/p95/p99 (from every response's own time), the ratio to the floor,
// and the server's resident memory (RSS) after the run. Then three --memory-seconds runs of the
// mixed pages, RSS after each; then Lighthouse 12.2.3 (mobile, default throttling, run by npx so
// nothing is added to node_modules) on /, /search?near=60611&radius=25, one profile and /checklist,
// and on /es and /es/search?near=60611&radius=25: --lighthouse-runs runs of each page (3), the run
// with the median performance score reported with the lowest and highest (one run of the same build
// varies by ±4 points on this 2-core machine, Lighthouse's docs advise the median of several); a run
// Lighthouse itself fails (its trace recording sometimes loses the navigation, NO_NAVSTART) is tried
// again, up to twice.
import { randomBytes } from "node:crypto";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { profileUrl } from "@/lib/providers/format";
import { buildIsCurrent, writeBuildStamp } from "../lib/build-stamp.mjs";
import { migrate } from "../lib/migrate.mjs";
import { withServerNodeOptions } from "../lib/server-env.mjs";
import { adminUrlFromEnv, databaseUrl } from "../lib/test-db.mjs";
import { loadProviders } from "./load-providers";
import { searchMix } from "./search-mix";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const count = Number(arg("providers") ?? 100_000);
const port = Number(arg("port") ?? 3450);
const SECONDS = Number(arg("seconds") ?? 15);
const MEMORY_SECONDS = Number(arg("memory-seconds") ?? 30);
const LIGHTHOUSE_RUNS = Number(arg("lighthouse-runs") ?? 3);
const WARMUP_SECONDS = 5;
const CONNECTIONS = 10;
const LIGHTHOUSE = "lighthouse@12.2.3";
const STEPS = ["load", "memory", "lighthouse"] as const;
const only = arg("only")?.split(",") ?? [...STEPS];
const log = (s: string) => console.log(s);

for (const [name, v, lo, hi] of [
  ["providers", count, 1000, 5_000_000],
  ["port", port, 1024, 65535],
  ["seconds", SECONDS, 1, 600],
  ["memory-seconds", MEMORY_SECONDS, 1, 600],
  ["lighthouse-runs", LIGHTHOUSE_RUNS, 1, 15],
] as const) {
  if (!Number.isInteger(v) || v < lo || v > hi) {
    console.error(`--${name} must be a whole number from ${lo} to ${hi}.`);
    process.exit(2);
  }
}
for (const s of only) {
  if (!(STEPS as readonly string[]).includes(s)) {
    console.error(`--only takes ${STEPS.join(", ")}.`);
    process.exit(2);
  }
}

function get(urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: urlPath }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

async function waitForHealth(child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("the server exited while starting");
    if ((await get("/api/health").catch(() => 0)) === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer /api/health within 120 s");
}

/** Resident memory of the server process, in MB (Linux /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
}

type TFigures = { requests: number; perSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/**
 * autocannon, 10 connections cycling through the paths (or, given a function, each request taking
 * the next path it gives); percentiles from every response's time.
 */
async function load(paths: string[] | (() => string), seconds: number): Promise<TFigures> {
  const times: number[] = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests:
      typeof paths === "function"
        ? [{ method: "GET", setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths() }) }]
        : paths.map((p) => ({ method: "GET", path: p })),
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: times.length,
    perSecond: Math.round(times.length / seconds),
    p50: round(pct(times, 50)),
    p95: round(pct(times, 95)),
    p99: round(pct(times, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

type TLighthouse = { performance: number; accessibility: number; tbt: number; lcp: number; cls: number };

/** Lighthouse `runs` times on one page: the run of median performance, and the lowest and highest. */
async function lighthouseMedian(url: string, outDir: string, runs: number): Promise<{ median: TLighthouse; low: number; high: number; runs: number; accessibility: number } | string> {
  const done: TLighthouse[] = [];
  let failure = "";
  for (let i = 0; i < runs; i++) {
    let r: TLighthouse | string = "";
    for (let attempt = 0; attempt < 3; attempt++) {
      r = await lighthouse(url, outDir, `${i + 1}`);
      if (typeof r !== "string") break;
    }
    if (typeof r === "string") failure = r;
    else done.push(r);
  }
  if (done.length === 0) return failure;
  done.sort((a, b) => a.performance - b.performance);
  const accessibility = Math.min(...done.map((d) => d.accessibility)); // the lowest of the runs
  return { median: done[Math.floor((done.length - 1) / 2)]!, low: done[0]!.performance, high: done.at(-1)!.performance, runs: done.length, accessibility };
}

function lighthouse(url: string, outDir: string, run: string): Promise<TLighthouse | string> {
  const out = path.join(outDir, `${encodeURIComponent(url).slice(0, 80)}-${run}.json`);
  return new Promise((resolve) => {
    execFile(
      "npx",
      [
        "--yes",
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, timeout: 240_000, maxBuffer: 1 << 24 },
      (err, _stdout, stderr) => {
        if (err) return resolve(`failed: ${(stderr || err.message).split("\n").filter(Boolean).slice(-2).join(" ")}`);
        try {
          const lhr = JSON.parse(readFileSync(out, "utf8")) as {
            categories: Record<string, { score: number }>;
            audits: Record<string, { numericValue: number }>;
          };
          resolve({
            performance: Math.round(lhr.categories.performance!.score * 100),
            accessibility: Math.round(lhr.categories.accessibility!.score * 100),
            tbt: Math.round(lhr.audits["total-blocking-time"]!.numericValue),
            lcp: Math.round(lhr.audits["largest-contentful-paint"]!.numericValue),
            cls: Math.round(lhr.audits["cumulative-layout-shift"]!.numericValue * 1000) / 1000,
          });
        } catch (e) {
          resolve(`unreadable report: ${(e as Error).message}`);
        }
      },
    );
  });
}

async function main() {
  const adminUrl = adminUrlFromEnv() ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `neckcare_bench_${count}`;
  const url = databaseUrl(adminUrl, name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Pending migrations are applied to an existing database too (bench:search does the same): the
  // build expects the current schema.
  await migrate({ connectionString: url, log: () => {} });
  if (!exists) {
    log(`Loading ${count.toLocaleString("en-US")} providers into ${name} ...`);
    await loadProviders(client, count, log);
  }
  const have = Number((await client.query(`SELECT count(*) FROM "Provider"`)).rows[0].count);
  if (have !== count) {
    // Never emptied here: another run (bench:search) may be loading it right now.
    console.error(`${name} holds ${have.toLocaleString("en-US")} providers, not ${count.toLocaleString("en-US")}: (re)load it with \`npm run bench:search -- --providers=${count} --reload\` first.`);
    process.exit(1);
  }
  log(`Reusing ${name} (${count.toLocaleString("en-US")} providers).`);
  const step = Math.max(1, Math.floor(count / 60));
  const profiles = (
    await client.query<{ id: number; firstName: string; lastName: string; credential: string }>(
      `SELECT id, "firstName", "lastName", credential FROM "Provider" WHERE status = 'PUBLISHED' AND id % $1 = 7 ORDER BY id LIMIT 60`,
      [step],
    )
  ).rows.map(profileUrl);
  await client.end();
  const searches = searchMix()
    .slice(0, 40)
    .map((u) => u.replace(/^\/api\/providers\?/, "/search?"));

  if (!buildIsCurrent()) {
    log("Building the app (next build) ...");
    const code = await new Promise<number>((res) =>
      spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } }).on("exit", (c) => res(c ?? 1)),
    );
    if (code !== 0) throw new Error("next build failed");
    writeBuildStamp();
  }
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const asset = `/_next/${build.rootMainFiles[0]}`;

  const server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: withServerNodeOptions({ ...process.env, DATABASE_URL: url, NODE_ENV: "production", APP_URL: `http://127.0.0.1:${port}`, AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"), MAIL_OUTBOX: "1" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const pid = server.pid!;
  try {
    await waitForHealth(server);
    log(`Server up (pid ${pid}), RSS ${rssMb(pid)} MB. Load: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SECONDS} s per target (load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}).`);
    const targets: Array<[string, string[]]> = [
      ["static asset (floor)", [asset]],
      ["/", ["/"]],
      ["/checklist", ["/checklist"]],
      [`profiles (${profiles.length})`, profiles],
      [`/search HTML (${searches.length})`, searches],
      ["/es", ["/es"]],
      [`/es/search HTML (${searches.length})`, searches.map((p) => `/es${p}`)],
    ];
    if (only.includes("load")) {
      const rows: Array<[string, TFigures, number]> = [];
      const measured = (label: string, f: TFigures) => {
        rows.push([label, f, rssMb(pid)]);
        log(`  ${label}: ${f.perSecond} requests/s, p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, ${f.errors} errors, ${f.non2xx} not 2xx; server RSS ${rssMb(pid)} MB`);
      };
      for (const [label, paths] of targets) {
        await load(paths, WARMUP_SECONDS);
        measured(label, await load(paths, SECONDS));
      }
      // Searches nobody asked for before (another mix of the same kind): every one rendered, none
      // answered from the server's store of search pages (decision 0009). No warm-up: the server is warm.
      const unseen = [...searchMix(8), ...searchMix(9), ...searchMix(10)].map((u) => u.replace(/^\/api\/providers\?/, "/search?"));
      let at = 0;
      measured(`/search HTML, each address once (${unseen.length} addresses)`, await load(() => unseen[at++ % unseen.length]!, SECONDS));
      if (at > unseen.length) log(`  (the ${unseen.length} addresses ran out: ${at} requests; some were answered from the store)`);
      const floor = rows[0]![1].perSecond;
      log("\n| target | requests/s | p50 | p95 | p99 | vs floor | errors / not 2xx | RSS after |");
      log("| --- | --- | --- | --- | --- | --- | --- | --- |");
      for (const [label, f, rss] of rows)
        log(`| ${label} | ${f.perSecond.toLocaleString("en-US")} | ${f.p50} ms | ${f.p95} ms | ${f.p99} ms | ${(f.perSecond / floor).toFixed(2)} | ${f.errors} / ${f.non2xx} | ${rss} MB |`);
    }
    if (only.includes("memory")) {
      // Every page kind at once, as visitors would: three runs, RSS after each.
      const mixed = [...profiles, ...searches, "/", "/checklist"];
      log(`\nMemory: three ${MEMORY_SECONDS} s runs of all ${mixed.length} pages mixed (RSS before: ${rssMb(pid)} MB)`);
      const rss: number[] = [];
      for (let i = 1; i <= 3; i++) {
        const f = await load(mixed, MEMORY_SECONDS);
        rss.push(rssMb(pid));
        log(`  run ${i}: ${f.perSecond} requests/s, p95 ${f.p95} ms, ${f.errors} errors; server RSS ${rss.at(-1)} MB`);
      }
      log(`  growth from run 2 to run 3: ${(((rss[2]! - rss[1]!) / rss[1]!) * 100).toFixed(1)}% (target: at most 5%; RSS at most 400 MB)`);
    }
    if (only.includes("lighthouse")) {
      const outDir = mkdtempSync(path.join(os.tmpdir(), "bench-pages-lh-"));
      log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]} (mobile, default throttling), median of ${LIGHTHOUSE_RUNS} runs a page, reports in ${outDir}:`);
      log("| page | performance (lowest–highest) | accessibility | TBT | LCP | CLS |");
      log("| --- | --- | --- | --- | --- | --- |");
      for (const page of ["/", "/search?near=60611&radius=25", profiles[0]!, "/checklist", "/es", "/es/search?near=60611&radius=25"]) {
        const r = await lighthouseMedian(`http://127.0.0.1:${port}${page}`, outDir, LIGHTHOUSE_RUNS);
        if (typeof r === "string") log(`| ${page} | ${r} | | | | |`);
        else {
          const m = r.median;
          const spread = r.runs > 1 ? ` (${r.low}–${r.high}${r.runs < LIGHTHOUSE_RUNS ? `, ${r.runs} runs` : ""})` : "";
          log(`| ${page} | ${m.performance}${spread} | ${r.accessibility} | ${m.tbt} ms | ${m.lcp} ms | ${m.cls} |`);
        }
      }
    }
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
