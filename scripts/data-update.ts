// `npm run data:update -- [options]`: downloads the current public files (NPPES monthly + weekly,
// the latest Medicare claims year, the Doctors and Clinicians file) from their official addresses
// and imports what changed (lib/data-update/update.ts says how). README, "Keeping the data current".
// Exit codes: 0 done, 1 a source failed (the others still ran), 2 bad usage or configuration,
// 130 interrupted.
//
// It reads its configuration through lib/env.ts, which is marked server-only; the npm script runs
// it with Node's `--conditions=react-server`, under which that marker is an empty module, as in
// Next.js's server.
import "dotenv/config";
import { env } from "@/lib/env";
import { defaultImporters } from "@/lib/data-update/importers";
import { DataUpdateError } from "@/lib/data-update/http";
import { createDownloadDisplay } from "@/lib/data-update/progress";
import { dataSources, parseSourceList, type TSourceName } from "@/lib/data-update/sources";
import { runDataUpdate, type TUpdateMode } from "@/lib/data-update/update";
import { notifyProfilesChanged } from "@/lib/revalidate-notify";

const USAGE = `Usage: npm run data:update -- [options]

Downloads the current NPPES, Medicare claims and Doctors and Clinicians files, resuming interrupted
downloads and skipping unchanged ones, then imports what this database has not imported yet.

Options:
  --only=LIST        some sources only: nppes, claims, clinicians (comma-separated)
  --dry-run          say what would be downloaded and imported; download nothing, change nothing
  --download-only    download, do not import
  --help             show this

Environment (see README, "Configuration"):
  DATABASE_URL                   the database to import into (not needed with --dry-run or --download-only)
  DATA_DIR                       downloads and state (default .data/downloads)
  DATA_NPPES_INDEX_URL           NPPES download page (default https://download.cms.gov/nppes/NPI_Files.html)
  DATA_CMS_CATALOG_URL           data.cms.gov catalog (default https://data.cms.gov/data.json)
  DATA_CLINICIANS_METADATA_URL   Doctors and Clinicians metadata (default: Provider Data Catalog, mj5m-pzi6)`;

type TArgs = { only?: Set<TSourceName>; mode: TUpdateMode };

function parseArgs(argv: string[]): TArgs | "help" {
  const args: TArgs = { mode: "update" };
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--dry-run")
      args.mode =
        args.mode === "update" ? "dry-run" : bad("--dry-run and --download-only exclude each other.");
    else if (arg === "--download-only")
      args.mode =
        args.mode === "update" ? "download-only" : bad("--dry-run and --download-only exclude each other.");
    else if (arg.startsWith("--only=")) args.only = parseSourceList(arg.slice("--only=".length));
    else bad(`Unknown argument ${arg}.`);
  }
  return args;
}

function bad(message: string): never {
  throw new UsageError(message);
}
class UsageError extends Error {}

async function main(): Promise<number> {
  let args: TArgs | "help";
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }
  let config: ReturnType<typeof env>;
  try {
    config = env();
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (args.mode === "update" && !config.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set: set it to the database to import into (e.g. in .env), or use --download-only or --dry-run.",
    );
    return 2;
  }

  // First Ctrl-C: stop the download (its part is kept for the next run) or let the import finish
  // its batch; second: quit at once.
  const controller = new AbortController();
  process.on("SIGINT", () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write("\nStopping (Ctrl-C again to quit at once) ...\n");
    controller.abort();
  });

  const display = createDownloadDisplay(process.stderr);
  const log = (line: string) => {
    display.done();
    console.log(line);
  };
  const sources = dataSources(config);
  log(`data:update (${args.mode}) into ${sources.dataDir}`);
  try {
    const result = await runDataUpdate({
      sources,
      only: args.only,
      mode: args.mode,
      databaseUrl: config.DATABASE_URL,
      importers: config.DATABASE_URL
        ? defaultImporters({
            databaseUrl: config.DATABASE_URL,
            publish: config.NPPES_PUBLISH_IMPORTED,
            progress: process.stderr,
          })
        : undefined,
      log,
      signal: controller.signal,
      download: { onProgress: (p) => display.update(p) },
    });
    display.done();
    for (const s of result.steps)
      log(
        `${s.ok ? "ok    " : "FAILED"} ${s.source}: ${s.downloaded.length} downloaded, ${s.unchanged.length} unchanged, ${s.imported.length} imported${s.ok ? "" : " (the reason is above)"}`,
      );
    // Imports changed listings and evidence: the running web server expires its cached profiles.
    if (result.steps.some((s) => s.imported.length > 0)) log((await notifyProfilesChanged({ all: true })).message);
    if (result.interrupted) return 130;
    return result.ok ? 0 : 1;
  } catch (e) {
    display.done();
    if (e instanceof DataUpdateError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
