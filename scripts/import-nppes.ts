// `npm run import:nppes -- <npidata_pfile_*.csv | NPPES_Data_Dissemination_*.zip> [options]`
// Imports neurology, PM&R and pain-medicine physicians from the monthly NPPES file into the directory
// (lib/nppes/import.ts says how). Exit codes: 0 done, 1 could not run, 2 bad usage, 130 interrupted.
import "dotenv/config";
import { z } from "zod";
import { NppesFatalError } from "@/lib/nppes/errors";
import { importNppes } from "@/lib/nppes/import";
import { createProgressDisplay, formatSummary } from "@/lib/nppes/progress";
import { defaultTaxonomySet, parseTaxonomyList, type TTaxonomySet } from "@/lib/nppes/taxonomy";
import { notifyProfilesChanged } from "@/lib/revalidate-notify";

const USAGE = `Usage: npm run import:nppes -- <file.csv|file.zip> [options]

Options:
  --dry-run              read and check the file, write nothing to the database
  --report=PATH          where to write problem rows (default: nppes-import-report.csv beside the file)
  --limit=N              stop after N data rows
  --taxonomies=A,B       taxonomy codes to import instead of the default set (lib/nppes/taxonomy.ts)
  --json                 print the summary as JSON (no progress display)
  --help                 show this

Environment:
  DATABASE_URL             the database to import into (required unless --dry-run)
  NPPES_PUBLISH_IMPORTED   "true" (default): publish new listings, labelled "not yet claimed";
                           "false": keep them as drafts`;

// Scripts cannot use lib/env.ts (it is server-only, for Next.js); the same rules, checked here.
const ZImportEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
    .optional(),
  NPPES_PUBLISH_IMPORTED: z
    .enum(["true", "false"], { error: 'NPPES_PUBLISH_IMPORTED must be "true" or "false"' })
    .default("true")
    .transform((v) => v === "true"),
});

type TArgs = {
  file: string;
  dryRun: boolean;
  report?: string;
  limit?: number;
  taxonomies: TTaxonomySet;
  json: boolean;
};

class UsageError extends Error {}

function parseArgs(argv: string[]): TArgs | "help" {
  const args: Omit<TArgs, "file"> & { file?: string } = {
    dryRun: false,
    json: false,
    taxonomies: defaultTaxonomySet(),
  };
  for (const arg of argv) {
    const [flag, value] = arg.startsWith("--")
      ? [arg.split("=")[0]!, arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : undefined]
      : [arg, undefined];
    const needValue = () => {
      if (!value) throw new UsageError(`${flag} needs a value, e.g. ${flag}=...`);
      return value;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--dry-run" && value === undefined) args.dryRun = true;
    else if (flag === "--json" && value === undefined) args.json = true;
    else if (flag === "--report") args.report = needValue();
    else if (flag === "--limit") {
      const limit = Number(needValue());
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError("--limit must be a whole number of rows, at least 1.");
      args.limit = limit;
    } else if (flag === "--taxonomies") {
      try {
        args.taxonomies = parseTaxonomyList(needValue());
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    } else if (flag.startsWith("-"))
      throw new UsageError(`Unknown option ${arg}. Run with --help to see the options.`);
    else if (args.file) throw new UsageError(`One file at a time (got ${args.file} and ${arg}).`);
    else args.file = arg;
  }
  if (!args.file) throw new UsageError("Which file? Give the NPPES npidata_pfile_*.csv or the monthly ZIP.");
  return { ...args, file: args.file };
}

async function main(): Promise<number> {
  let args: TArgs | "help";
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }
  const env = ZImportEnv.safeParse(process.env);
  if (!env.success) {
    console.error(env.error.issues.map((i) => i.message).join("; "));
    return 2;
  }
  if (!args.dryRun && !env.data.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set. Set it to the database to import into (e.g. in .env), or use --dry-run to only check the file.",
    );
    return 2;
  }

  // First Ctrl-C: stop reading, write what was read, print the summary. Second: quit at once
  // (PostgreSQL rolls back the batch in flight, so the database stays consistent either way).
  const controller = new AbortController();
  process.on("SIGINT", () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write("\nStopping: finishing the current batch (Ctrl-C again to quit at once) ...\n");
    controller.abort();
  });

  const display = createProgressDisplay(process.stderr);
  try {
    const summary = await importNppes({
      file: args.file,
      databaseUrl: env.data.DATABASE_URL,
      dryRun: args.dryRun,
      publish: env.data.NPPES_PUBLISH_IMPORTED,
      taxonomies: args.taxonomies,
      reportPath: args.report,
      limit: args.limit,
      signal: controller.signal,
      onProgress: args.json ? undefined : (p) => display.update(p),
    });
    display.done();
    if (args.json) console.log(JSON.stringify(summary));
    else console.log(formatSummary(summary));
    // Listings changed (even an interrupted run wrote its batches): the running web server expires
    // its cached profiles.
    if (!args.dryRun) console.error((await notifyProfilesChanged({ all: true })).message);
    return summary.interrupted ? 130 : 0;
  } catch (e) {
    display.done();
    if (e instanceof NppesFatalError) {
      console.error(e.message);
      return 1;
    }
    const err = e as { code?: string; message?: string };
    if (err.code === "ECONNREFUSED" || /^(28|3D|08)/.test(err.code ?? "")) {
      console.error(`Cannot use the database in DATABASE_URL: ${err.message?.split("\n")[0]}`);
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
