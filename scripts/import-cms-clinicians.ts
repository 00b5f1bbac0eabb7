// `npm run import:cms-clinicians -- <file|zip> [--date=YYYY-MM-DD] [options]`
// Imports Care Compare's "Doctors and Clinicians National Downloadable File" (2021 40-column layout or
// the current 31-column one), one record per NPI, replacing the previous file's records
// (lib/cms/clinicians-import.ts says how). Exit codes: 0 done, 1 could not run, 2 bad usage,
// 130 interrupted (nothing written).
import "dotenv/config";
import { runCmsCli } from "@/lib/cms/cli";
import { importCmsClinicians } from "@/lib/cms/clinicians-import";

const USAGE = `Usage: npm run import:cms-clinicians -- <DAC_NationalDownloadableFile.csv|file.zip> [options]

Reads Care Compare's "Doctors and Clinicians National Downloadable File" and replaces the stored
clinicians with its contents (the file is a full snapshot).

Options:
  --date=YYYY-MM-DD  the file's date (default: a date in the file name, else its modification time)
  --release=TEXT     which release of the file this is, stored with the import (default: the date)
  --dry-run          read and check the file, write nothing to the database
  --report=PATH      where to write rejected rows and notes (default: cms-clinicians-import-report.csv
                     beside the file)
  --json             print the summary as JSON (no progress display)
  --help             show this

Environment:
  DATABASE_URL       the database to import into (required unless --dry-run)`;

runCmsCli({
  argv: process.argv.slice(2),
  usage: USAGE,
  label: "cms clinicians import",
  own: ["date"],
  fileHint: "the Doctors and Clinicians national downloadable file (CSV or ZIP)",
  run: ({ args, databaseUrl, signal, onProgress }) =>
    importCmsClinicians({
      file: args.file,
      date: args.values.date,
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
