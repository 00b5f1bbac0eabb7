// `npm run bench:search [-- --providers=100000] [--reload] [--cpu-prof=DIR]`
// Loads N fictional providers into a separate database (neckcare_bench_<N>, reused when already
// loaded), starts the production build against it and fires a fixed mix of 500 searches at
// /api/providers with 10 concurrent connections: five warm-up passes (--warmup=N), then three
// measured passes. Prints latency percentiles, requests a second, the in-memory index's figures for
// the heaviest search, the plans of its page statement (no sequential scan) and of the SQL fallback
// (which must use the GiST index), and the first-load JavaScript of /search.
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import pg from "pg";
import { parseLocation } from "@/lib/geo/parse-location";
import { loadIndex } from "@/lib/search/index-load";
import { pageByIdsSql, searchPageSql } from "@/lib/search/sql";
import { PAGE_SIZE, parseSearchParams } from "@/lib/validation/search-params";
import { buildIsCurrent, writeBuildStamp } from "../lib/build-stamp.mjs";
import { migrate } from "../lib/migrate.mjs";
import { withServerNodeOptions } from "../lib/server-env.mjs";
import { adminUrlFromEnv, databaseUrl } from "../lib/test-db.mjs";
import { firstLoadJsFromBuild, firstLoadJsInBrowser } from "./first-load-js";
import { loadProviders } from "./load-providers";
import { nameMix, searchMix } from "./search-mix";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const count = Number(arg("providers") ?? 100_000);
const port = Number(arg("port") ?? 3400);
const CONCURRENCY = 10;
const PASSES = 3;
// V8 keeps optimising Next.js's request path for the first few thousand requests (measured: the
// first 500 searches after start run at about a third of the steady rate), so the measured passes
// follow five warm-up passes; each pass's figures are printed, the warm-up's too.
const WARMUP_PASSES = Number(arg("warmup") ?? 5);
const log = (s: string) => console.log(s);

if (!Number.isInteger(WARMUP_PASSES) || WARMUP_PASSES < 0 || WARMUP_PASSES > 50) {
  console.error("--warmup must be a whole number of passes from 0 to 50.");
  process.exit(2);
}
if (!Number.isInteger(count) || count < 1000 || count > 5_000_000) {
  console.error("--providers must be a whole number from 1000 to 5000000.");
  process.exit(2);
}

/** A process's CPU time so far (user + system, ms), from /proc; 0 where /proc is not there. */
function processCpuMs(pid: number | undefined): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = 100;

/** The CPU time so far of every PostgreSQL process on this machine (the benchmark's backends among them). */
function databaseCpuMs(): number {
  let total = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, "utf8").trim() === "postgres") total += processCpuMs(Number(name));
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function get(path: string): Promise<{ status: number; ms: number }> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    });
    req.on("error", reject);
  });
}

async function runPass(urls: string[]) {
  const latencies: Array<{ url: string; ms: number }> = [];
  let errors = 0;
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const { status, ms } = await get(url);
        if (status !== 200) errors++;
        latencies.push({ url, ms });
      }
    }),
  );
  return { latencies, errors, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function waitForHealth(child: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error("the server exited while starting");
    try {
      if ((await get("/api/health")).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer /api/health within 60 s");
}

async function main() {
  const adminUrl = adminUrlFromEnv() ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `neckcare_bench_${count}`;
  const url = databaseUrl(adminUrl, name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (exists && process.argv.includes("--reload")) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (!exists || process.argv.includes("--reload")) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  await migrate({ connectionString: url, log: () => {} });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const have = Number((await client.query(`SELECT count(*) FROM "Provider"`)).rows[0].count);
  const points = Number((await client.query(`SELECT count(*) FROM "SearchPoint"`)).rows[0].count);
  // Loaded by an older version of the loader: verified certifications without their verification record.
  // Or before the filter table: no languages (migration 20261203090000).
  const outdated =
    (await client.query(`SELECT 1 FROM "Certification" WHERE "verificationState" = 'VERIFIED' AND "verifiedAt" IS NULL LIMIT 1`)).rowCount ||
    !(await client.query(`SELECT 1 FROM "Provider" WHERE cardinality(languages) > 0 LIMIT 1`)).rowCount;
  if (have !== count || points === 0 || outdated) {
    if (have) await client.query(`TRUNCATE "Provider", "Location", "Certification", "NeckExperience", "SearchPoint" CASCADE`);
    log(`Loading ${count.toLocaleString("en-US")} providers into ${name} ...`);
    const t0 = Date.now();
    await loadProviders(client, count, log);
    log(`  done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } else log(`Reusing ${name} (${count.toLocaleString("en-US")} providers already loaded).`);
  const locations = Number((await client.query(`SELECT count(*) FROM "Location"`)).rows[0].count);

  if (!buildIsCurrent()) {
    log("Building the app (next build) ...");
    const code = await new Promise<number>((res) => spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } }).on("exit", (c) => res(c ?? 1)));
    if (code !== 0) throw new Error("next build failed");
    writeBuildStamp();
  }
  // --cpu-prof=DIR: the server writes a V8 CPU profile of the whole run into DIR when it stops.
  const cpuProf = arg("cpu-prof");
  const profArgs = cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${cpuProf}`] : [];
  const server = spawn(process.execPath, [...profArgs, "scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    // The same server and process settings as `npm start`.
    env: withServerNodeOptions({ ...process.env, DATABASE_URL: url, NODE_ENV: "production", AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"), MAIL_OUTBOX: "1" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(server);
    // --facets: every search also asks for the facet counts, as the /search page does.
    const withFacets = process.argv.includes("--facets");
    const urls = searchMix().map((u) => (withFacets ? `${u}&facets=1` : u));
    log(`Warm-up: ${WARMUP_PASSES} x ${urls.length} searches ...`);
    let warmErrors = 0;
    const warmupRequestsPerSecond: number[] = [];
    for (let i = 0; i < WARMUP_PASSES; i++) {
      const pass = await runPass(urls);
      warmErrors += pass.errors;
      warmupRequestsPerSecond.push(Math.round(urls.length / pass.seconds));
      log(`  warm-up ${i + 1}: ${warmupRequestsPerSecond.at(-1)} requests/s`);
    }
    const warm = { errors: warmErrors };
    const all: Array<{ url: string; ms: number }> = [];
    let seconds = 0;
    let errors = warm.errors;
    for (let i = 0; i < PASSES; i++) {
      const cpu0 = process.cpuUsage();
      const server0 = processCpuMs(server.pid);
      const db0 = databaseCpuMs();
      const pass = await runPass(urls);
      const cpu = process.cpuUsage(cpu0);
      const perRequest = (ms: number) => (ms / urls.length).toFixed(2);
      log(
        `  (CPU a request: server ${perRequest(processCpuMs(server.pid) - server0)} ms, PostgreSQL ${perRequest(databaseCpuMs() - db0)} ms, ` +
          `load generator ${perRequest((cpu.user + cpu.system) / 1000)} ms)`,
      );
      const ms = pass.latencies.map((x) => x.ms).sort((a, b) => a - b);
      log(`  pass ${i + 1}: p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, ${Math.round(urls.length / pass.seconds)} requests/s`);
      all.push(...pass.latencies);
      seconds += pass.seconds;
      errors += pass.errors;
    }
    const sorted = all.map((x) => x.ms).sort((a, b) => a - b);

    // The mix repeats, so after the warm-up the server has every card of it cached (SEARCH_CARD_CACHE):
    // one pass of searches of the same kind it has not seen shows the cost with cards to fetch.
    const unseen = await runPass(searchMix(8).map((u) => (withFacets ? `${u}&facets=1` : u)));
    const unseenMs = unseen.latencies.map((x) => x.ms).sort((a, b) => a - b);
    const unseenPass = {
      p50: Math.round(pct(unseenMs, 50) * 10) / 10,
      p95: Math.round(pct(unseenMs, 95) * 10) / 10,
      requestsPerSecond: Math.round(unseenMs.length / unseen.seconds),
      errors: unseen.errors,
    };
    log(`  searches not seen before (another mix, cards not cached): p50 ${unseenPass.p50} ms, p95 ${unseenPass.p95} ms, ${unseenPass.requestsPerSecond} requests/s`);

    // Name searches without a place (their own target: p95 50 ms): one warm-up pass, then PASSES.
    const names = nameMix();
    await runPass(names);
    const nameRuns = [];
    for (let i = 0; i < PASSES; i++) nameRuns.push(await runPass(names));
    const nameMs = nameRuns.flatMap((p) => p.latencies.map((x) => x.ms)).sort((a, b) => a - b);
    const nameErrors = nameRuns.reduce((n, p) => n + p.errors, 0);
    const nameSearch = {
      requests: nameMs.length,
      errors: nameErrors,
      p50: Math.round(pct(nameMs, 50) * 10) / 10,
      p95: Math.round(pct(nameMs, 95) * 10) / 10,
      requestsPerSecond: Math.round(nameMs.length / nameRuns.reduce((t, p) => t + p.seconds, 0)),
    };
    log(`Name searches everywhere: p50 ${nameSearch.p50} ms, p95 ${nameSearch.p95} ms, ${nameSearch.requestsPerSecond} requests/s (${nameSearch.requests} requests, ${nameErrors} errors)`);
    const slowest = [...all].sort((a, b) => b.ms - a.ms)[0]!;

    // The heaviest search of the mix (the most points examined), run the way the app runs it
    // (decision 0003): on the in-memory index (loaded here from the same database, to report its
    // figures), then one statement for the page's cards, whose plan must use primary keys, not scan
    // providers or locations.
    const t0 = process.hrtime.bigint();
    const index = await loadIndex(client);
    const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const indexMb = Math.round(index.bytes / 2 ** 20);
    const searches = urls.map((url) => {
      const parsed = parseSearchParams(new URLSearchParams(url.split("?")[1]));
      if (!parsed.ok) throw new Error(`${url} did not parse: ${parsed.message}`);
      const loc = parseLocation(parsed.query.near ?? "");
      if (!loc.ok) throw new Error(`${url}: ${loc.error.message}`);
      const q = parsed.query;
      const examined = index.search(loc.location, q, { facets: false, offset: 0, limit: 0 }).stats.pointsExamined;
      return { url, q, loc, examined };
    });
    const { url: heaviestUrl, q, loc } = searches.sort((a, b) => b.examined - a.examined)[0]!;
    const opts = { facets: q.facets, offset: (q.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
    // Its time on the index: the median of 21 runs after 50 unmeasured ones.
    for (let i = 0; i < 50; i++) index.search(loc.location, q, opts);
    const times: number[] = [];
    let answer = index.search(loc.location, q, opts);
    for (let i = 0; i < 21; i++) {
      const t1 = process.hrtime.bigint();
      answer = index.search(loc.location, q, opts);
      times.push(Number(process.hrtime.bigint() - t1) / 1e3);
    }
    const searchUs = times.sort((a, b) => a - b)[10]!;
    const indexFigures = { ...answer.stats, searchMicroseconds: Math.round(searchUs), loadMs: Math.round(loadMs), memoryMb: indexMb, points: index.points, providers: index.providers };
    const pageSql = pageByIdsSql(answer.hits);
    const explain = async (text: string, values: unknown[]) =>
      (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows.map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"]).join("\n");
    const plan = await explain(pageSql.text, pageSql.values);
    const seqScan = /Seq Scan on "(SearchPoint|Location|Provider)"/.test(plan);
    // The SQL fallback (SEARCH_INDEX=off) for the same search must still use the GiST index.
    const fallback = searchPageSql(loc.location, q, { facets: q.facets });
    const fallbackPlan = await explain(fallback.text, fallback.values);
    const usesIndex = fallbackPlan.includes("x_search_point_earth") && !/Seq Scan on "(SearchPoint|Location|Provider)"/.test(fallbackPlan);
    const js = await firstLoadJsInBrowser(`http://127.0.0.1:${port}/search?near=10001`);
    const jsFromBuild = firstLoadJsFromBuild(process.env.NEXT_DIST_DIR || ".next", "/[locale]/(public)/search/page");

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`,
      providers: count,
      facets: withFacets,
      locations,
      requests: all.length,
      concurrency: CONCURRENCY,
      errors,
      p50: Math.round(pct(sorted, 50) * 10) / 10,
      p95: Math.round(pct(sorted, 95) * 10) / 10,
      p99: Math.round(pct(sorted, 99) * 10) / 10,
      max: Math.round(sorted.at(-1)! * 10) / 10,
      requestsPerSecond: Math.round(all.length / seconds),
      warmupRequestsPerSecond,
      slowestRequest: { url: slowest.url, ms: Math.round(slowest.ms * 10) / 10 },
      nameSearchEverywhere: nameSearch,
      unseenSearches: unseenPass,
      heaviestSearch: heaviestUrl,
      heaviestOnIndex: indexFigures,
      pagePlanHasSeqScanOfProvidersOrLocations: seqScan,
      fallbackPlanUsesGistIndex: usesIndex,
      searchPageJsKbGzip: { ...js, fromBuild: jsFromBuild?.kb ?? null },
    };
    log(
      `\nThe heaviest search of the mix, ${heaviestUrl}, on the in-memory index: ${indexFigures.cells} grid cells, ${indexFigures.pointsExamined.toLocaleString("en-US")} points examined, ` +
        `${indexFigures.candidates.toLocaleString("en-US")} candidates inside the radius, ${indexFigures.matches.toLocaleString("en-US")} matching, ${indexFigures.searchMicroseconds} µs ` +
        `(index: ${indexFigures.points.toLocaleString("en-US")} locations, about ${indexMb} MB, loaded in ${indexFigures.loadMs} ms).`,
    );
    log("\nPlan of its page statement (cards and search generation):\n" + plan + "\n");
    log("Plan of the same search on the SQL fallback (SEARCH_INDEX=off):\n" + fallbackPlan + "\n");
    log(JSON.stringify(result, null, 2));
    log(
      `\n${count.toLocaleString("en-US")} providers${withFacets ? " (with facet counts)" : ""}: p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ` +
        `${result.requestsPerSecond} requests/s (${result.requests} requests, ${CONCURRENCY} connections, ${errors} errors); ` +
        `no sequential scan: ${seqScan ? "NO" : "yes"}; fallback uses the GiST index: ${usesIndex ? "yes" : "NO"}; /search first-load JS ${js.initialKb} kB gzip as loaded in Chromium (${js.totalKb} kB with the map), ` +
        `${jsFromBuild ? `${jsFromBuild.kb} kB gzip from the build's manifests (${jsFromBuild.files} files)` : "not found in the build's manifests"}.`,
    );
    if (!existsSync("bench-results")) mkdirSync("bench-results");
    writeFileSync(`bench-results/search-${count}${withFacets ? "-facets" : ""}.json`, JSON.stringify({ ...result, plan, fallbackPlan }, null, 2));
    if (errors || nameErrors || !usesIndex || seqScan) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:search failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
