// `npm run import:cms-claims -- <file|zip> [--year=YYYY] [options]`
// Imports the Medicare claims of the chemodenervation, guidance and toxin codes (lib/cms/codes.ts)
// from "Medicare Physician & Other Practitioners - by Provider and Service", for every NPI, replacing
// that data year's rows (lib/cms/claims-import.ts says how). Exit codes: 0 done, 1 could not run,
// 2 bad usage, 130 interrupted (nothing written).
import "dotenv/config";
import { importCmsClaims } from "@/lib/cms/claims-import";
import { CmsUsageError, runCmsCli } from "@/lib/cms/cli";

const USAGE = `Usage: npm run import:cms-claims -- <file.csv|file.tsv|file.zip> [options]

Reads "Medicare Physician & Other Practitioners - by Provider and Service" (the current 29-column CSV,
or the original 2012-2016 tab-separated files) and replaces the stored rows of its data year.

Options:
  --year=YYYY        the claims' data year (default: from the file name; a name without one is refused)
  --release=TEXT     which release of the file this is, stored with the import (default: the file's date)
  --dry-run          read and check the file, write nothing to the database
  --report=PATH      where to write rejected rows (default: cms-claims-import-report.csv beside the file)
  --json             print the summary as JSON (no progress display)
  --help             show this

Environment:
  DATABASE_URL       the database to import into (required unless --dry-run)`;

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text))
    throw new CmsUsageError(`--year must be a four-digit year, e.g. --year=2021 (got "${text}").`);
  return Number(text);
}

runCmsCli({
  argv: process.argv.slice(2),
  usage: USAGE,
  label: "cms claims import",
  own: ["year"],
  fileHint: "the by-provider-and-service CSV (or its ZIP)",
  run: ({ args, databaseUrl, signal, onProgress }) =>
    importCmsClaims({
      file: args.file,
      year: parseYear(args.values.year),
      release: args.release,
      databaseUrl,
      dryRun: args.dryRun,
      reportPath: args.report,
      signal,
      onProgress,
    }),
}).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
