// The NPPES import: streams the monthly file through the scanner and the row classifier, and writes
// relevant rows in batches. One batch is written while the next is being scanned; memory stays flat
// whatever the size of the file (one read chunk, one batch, the set of NPIs seen).
import path from "node:path";
import pg from "pg";
import { RowClassifier, type TImportRecord } from "./classify-row";
import { mapHeader, SLOT_COUNT, NppesHeaderError } from "./columns";
import { CsvScanner } from "./csv-scanner";
import { NppesWriter, type TBatchResult } from "./db-writer";
import { NppesFatalError } from "./errors";
import { openNppesInput } from "./input";
import { ImportReport } from "./report";
import { emptySummary, type TImportProgress, type TImportSummary } from "./summary";
import type { TTaxonomySet } from "./taxonomy";

export type { TImportProgress, TImportSummary } from "./summary";

export type TImportOptions = {
  file: string;
  /** Required unless dryRun. */
  databaseUrl?: string;
  /** Parse, classify and report, write nothing. */
  dryRun?: boolean;
  /** Publish new listings (labelled as not yet claimed) or keep them as drafts: NPPES_PUBLISH_IMPORTED. */
  publish: boolean;
  taxonomies: TTaxonomySet;
  /** Default: nppes-import-report.csv beside the input file. */
  reportPath?: string;
  /** Stop after this many data rows. */
  limit?: number;
  /** Aborting stops reading; the rows read so far are written, then the import returns. */
  signal?: AbortSignal;
  onProgress?: (p: TImportProgress) => void;
  /** How often onProgress is called, in ms (default 250). */
  progressEveryMs?: number;
  batchSize?: number;
};

const LOCK_KEY = "neckcare:nppes-import";

export async function importNppes(options: TImportOptions): Promise<TImportSummary> {
  const started = performance.now();
  const dryRun = options.dryRun ?? false;
  if (!dryRun && !options.databaseUrl)
    throw new NppesFatalError(
      "DATABASE_URL is not set: the import needs the database to write to (or use --dry-run).",
    );
  const batchSize = options.batchSize ?? 1000;
  const input = await openNppesInput(options.file);
  const reportPath =
    options.reportPath ?? path.join(path.dirname(path.resolve(options.file)), "nppes-import-report.csv");
  const report = new ImportReport(reportPath);
  const s = emptySummary(input.name, reportPath, dryRun);

  let client: pg.Client | null = null;
  let writer: NppesWriter | null = null;
  // One write runs while scanning goes on; `failure` carries a write error back to the loop.
  let inflight: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const submit = async (op: () => Promise<void>) => {
    await inflight;
    if (failure) throw failure;
    inflight = op().catch((e: unknown) => {
      failure = e;
    });
  };

  let classifier: RowClassifier | null = null;
  const pending: TImportRecord[] = [];
  const deactivated: string[] = [];
  // NPI -> line, to catch an NPI listed twice (one row per NPI in NPPES; two would fight in a batch).
  const seen = new Map<string, number>();
  const limit = options.limit ?? Infinity;
  let stop = false;
  let readError: Error | null = null;

  const malformed = (line: number, npi: string, reason: string) => {
    s.malformed++;
    report.add(line, npi, "malformed", reason);
  };

  const scanner = new CsvScanner({
    slotCount: SLOT_COUNT,
    onHeader: (fields) => {
      const header = mapHeader(fields);
      s.layout = header.layout;
      s.missingOptionalColumns = header.missingOptional;
      classifier = new RowClassifier(options.taxonomies, header.columnCount);
      return header.slotOf;
    },
    onError: (line, reason) => {
      if (stop) return;
      s.rowsRead++;
      malformed(line, "", reason);
    },
    onRow: (row) => {
      if (stop) return;
      if (s.rowsRead >= limit) {
        stop = true;
        return;
      }
      s.rowsRead++;
      s.lastLine = row.line;
      const out = classifier!.classify(row);
      switch (out.kind) {
        case "organization":
          s.organizations++;
          return;
        case "individual-other":
          s.individuals++;
          return;
        case "deactivated":
          s.deactivatedRows++;
          deactivated.push(out.npi);
          return;
        case "outside-us":
          s.individuals++;
          s.matched++;
          s.outsideUs++;
          report.add(row.line, out.npi, "outside-us", `practice country code ${out.country}`);
          return;
        case "malformed":
          malformed(row.line, out.npi, out.reason);
          return;
        case "record": {
          s.individuals++;
          s.matched++;
          const r = out.record;
          const earlier = seen.get(r.npi);
          if (earlier !== undefined)
            return malformed(row.line, r.npi, `NPI already listed on line ${earlier}`);
          seen.set(r.npi, row.line);
          for (const note of out.notes) report.add(row.line, r.npi, "encoding-note", note);
          if (r.latitude === null) {
            s.withoutCoordinates++;
            report.add(
              row.line,
              r.npi,
              "no-coordinates",
              `ZIP ${r.zip} has no known centroid: listed without a map position`,
            );
          }
          pending.push(r);
        }
      }
    },
  });

  const tally = (r: TBatchResult) => {
    s.inserted += r.inserted;
    s.updated += r.updated;
    s.unchanged += r.unchanged;
    s.kept += r.kept;
    for (const { record, message } of r.refused)
      malformed(record.line, record.npi, `refused by the database: ${message}`);
  };
  const flush = async (all: boolean) => {
    while (pending.length >= (all ? 1 : batchSize)) {
      const batch = pending.splice(0, batchSize);
      if (writer) await submit(async () => tally(await writer!.writeBatch(batch)));
    }
    while (deactivated.length >= (all ? 1 : batchSize)) {
      const npis = deactivated.splice(0, batchSize);
      if (writer) {
        await submit(async () => {
          const r = await writer!.unpublishDeactivated(npis);
          s.unpublished += r.unpublished.length;
          s.suspended += r.suspended.length;
          for (const npi of r.unpublished)
            report.add(0, npi, "unpublished-deactivated", "NPI deactivated: listing unpublished (DRAFT)");
          for (const npi of r.suspended)
            report.add(
              0,
              npi,
              "suspended-deactivated",
              "NPI deactivated: claimed listing suspended for a moderator",
            );
        });
      }
    }
  };

  const every = options.progressEveryMs ?? 250;
  let lastProgress = 0;
  const progress = () => {
    options.onProgress?.({
      bytesRead: scanner.bytesIn,
      totalBytes: input.totalBytes,
      rowsRead: s.rowsRead,
      matched: s.matched,
      written: s.inserted + s.updated,
      elapsedMs: performance.now() - started,
    });
  };

  try {
    if (!dryRun) {
      client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 10_000 });
      client.on("error", () => {});
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext($1)) AS locked",
        [LOCK_KEY],
      );
      if (!rows[0]?.locked)
        throw new NppesFatalError("Another NPPES import is running on this database; wait for it to finish.");
      writer = new NppesWriter(client, options.publish);
    }
    // A read error (a truncated ZIP, a disk error) ends the import with a clear message; the batches
    // written before it are complete.
    input.stream.on("error", (e: Error) => {
      readError ??= e;
    });
    for await (const chunk of input.stream) {
      scanner.push(chunk as Buffer);
      await flush(false);
      if (performance.now() - lastProgress >= every) {
        lastProgress = performance.now();
        progress();
      }
      if (stop) break;
      if (options.signal?.aborted) {
        s.interrupted = true;
        break;
      }
    }
    if (!stop && !s.interrupted) scanner.end();
    if (classifier === null) throw new NppesHeaderError(`${input.name} is empty: it has no header line.`);
    // Finish the current batch: everything read so far is written, so an interrupted import can
    // simply be run again (it is idempotent).
    await flush(true);
    await inflight;
    if (failure) throw failure;
    progress();
  } catch (e) {
    if (readError)
      throw new NppesFatalError(
        `Reading ${input.name} failed after line ${s.lastLine}: ${(readError as Error).message}`,
      );
    throw e;
  } finally {
    input.close();
    await inflight;
    await report.close();
    await client?.end().catch(() => {});
  }

  s.elapsedMs = performance.now() - started;
  s.bytesRead = scanner.bytesIn;
  s.rowsPerSecond = s.rowsRead / Math.max(s.elapsedMs / 1000, 1e-3);
  s.peakRssMb = process.resourceUsage().maxRSS / 1024;
  s.reportLines = report.lines;
  return s;
}
