// `importCmsClinicians`: streams Care Compare's "Doctors and Clinicians National Downloadable File"
// (~2.5 million rows, one per clinician x enrollment x practice address) and stores one record per
// NPI. Memory stays flat: consecutive rows of an NPI (most of them: the file is largely grouped by
// NPI) are folded while reading and staged in a temporary table; NPIs whose rows are scattered are
// folded afterwards from the table, in NPI order. The file is a full snapshot, so every clinician is
// replaced in one transaction at the end: an interrupted import changes nothing.
import path from "node:path";
import type pg from "pg";
import { CLINICIAN_SLOT_COUNT, mapClinicianHeader, type TClinicianHeader } from "./clinician-columns";
import { foldClinician, parseClinicianRow, type TClinicianRecord } from "./clinician-row";
import { CliniciansStage } from "./db-writer";
import { CmsFatalError } from "./errors";
import { dateFromName, isoDate } from "./file-meta";
import { openCmsInput } from "./input";
import { CmsImportReport } from "./report";
import { connectLocked, scanInput, writeQueue } from "./scan";
import { emptySummary, type TCmsImportSummary, type TCmsProgress } from "./summary";

export type TCmsCliniciansOptions = {
  file: string;
  /** The file's date, YYYY-MM-DD; default: a date in the file name, else the file's modification time. */
  date?: string;
  /** Which release this is, stored with the import; default: the file's date and where it came from. */
  release?: string;
  /** Required unless dryRun. */
  databaseUrl?: string;
  dryRun?: boolean;
  /** Default: cms-clinicians-import-report.csv beside the input; null: no report file. */
  reportPath?: string | null;
  /** Aborting stops reading; nothing is written and the database stays as it was. */
  signal?: AbortSignal;
  onProgress?: (p: TCmsProgress) => void;
  progressEveryMs?: number;
  batchSize?: number;
};

const LOCK_KEY = "neckcare:cms-clinicians-import";

/** Folds consecutive runs of the same NPI (the staged runs of scattered NPIs, in NPI order). */
async function* foldRuns(runs: AsyncGenerator<TClinicianRecord[]>): AsyncGenerator<TClinicianRecord[]> {
  let current: TClinicianRecord | null = null;
  for await (const batch of runs) {
    const out: TClinicianRecord[] = [];
    for (const run of batch) {
      if (current && current.npi === run.npi) foldClinician(current, run);
      else {
        if (current) out.push(current);
        current = run;
      }
    }
    if (out.length > 0) yield out;
  }
  if (current) yield [current];
}

export async function importCmsClinicians(options: TCmsCliniciansOptions): Promise<TCmsImportSummary> {
  const started = performance.now();
  const startedAt = new Date();
  const dryRun = options.dryRun ?? false;
  if (!dryRun && !options.databaseUrl)
    throw new CmsFatalError(
      "DATABASE_URL is not set: the import needs the database to write to (or use --dry-run).",
    );
  if (options.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.date);
    if (!m || !isoDate(m[1]!, m[2]!, m[3]!))
      throw new CmsFatalError(`--date=${options.date} is not a date written YYYY-MM-DD.`);
  }
  const batchSize = options.batchSize ?? 5000;
  const input = await openCmsInput(options.file);
  const reportPath =
    options.reportPath === undefined
      ? path.join(path.dirname(path.resolve(options.file)), "cms-clinicians-import-report.csv")
      : options.reportPath;
  const s = emptySummary("clinicians", input.name, reportPath, dryRun);
  const named = input.names.map(dateFromName).find((d) => d !== null);
  if (options.date) [s.fileDate, s.fileDateSource] = [options.date, "--date"];
  else if (named) [s.fileDate, s.fileDateSource] = [named, "file name"];
  else [s.fileDate, s.fileDateSource] = [input.modified.toISOString().slice(0, 10), "file modification time"];
  const fileDate = s.fileDate;
  s.release =
    options.release ??
    `${fileDate} (${s.fileDateSource === "--date" ? "given with --date" : `from the ${s.fileDateSource}`})`;

  const report = new CmsImportReport(reportPath);
  let client: pg.Client | null = null;
  let stage: CliniciansStage | null = null;
  const queue = writeQueue();
  let pending: TClinicianRecord[] = [];
  let current: TClinicianRecord | null = null;
  let header: TClinicianHeader | null = null;

  const reject = (line: number, npi: string, reason: string) => {
    s.rowsRejected++;
    report.add(line, npi, "rejected", reason);
  };
  const progress = (bytesRead: number) =>
    options.onProgress?.({
      bytesRead,
      totalBytes: input.totalBytes,
      rowsScanned: s.rowsScanned,
      rowsKept: s.rowsKept,
      elapsedMs: performance.now() - started,
    });
  const flushRuns = async (all: boolean) => {
    if (!all && pending.length < batchSize) return;
    const batch = pending;
    pending = [];
    if (stage && batch.length > 0) await queue.submit(() => stage!.add(batch));
  };

  try {
    if (!dryRun) {
      client = await connectLocked(options.databaseUrl!, LOCK_KEY, "Care Compare clinicians");
      stage = new CliniciansStage(client);
      await stage.create();
    }
    const { completed, bytesRead } = await scanInput({
      input,
      // Care Compare's file is UTF-8 (names and addresses with accents, Puerto Rico's especially).
      encoding: "utf8",
      slotCount: CLINICIAN_SLOT_COUNT,
      signal: options.signal,
      progressEveryMs: options.progressEveryMs ?? 250,
      onProgress: progress,
      onHeader: (fields) => {
        header = mapClinicianHeader(fields);
        s.layout = header.layout;
        return header.slotOf;
      },
      onError: (line, reason) => {
        s.rowsScanned++;
        reject(line, "", reason);
      },
      onRow: (row) => {
        s.rowsScanned++;
        s.lastLine = row.line;
        const h = header!;
        if (row.fieldCount !== h.columnCount) {
          return reject(
            row.line,
            row.text(0).trim(),
            `${row.fieldCount} fields where the header has ${h.columnCount}`,
          );
        }
        const out = parseClinicianRow(
          {
            get: (slot) => row.text(slot).trim(),
            hasTelehealth: h.hasTelehealth,
            hasHospitals: h.hasHospitals,
          },
          row.line,
        );
        if (out.kind === "rejected") return reject(row.line, out.npi, out.reason);
        s.rowsKept++;
        for (const note of out.notes) report.add(row.line, out.record.npi, "note", note);
        if (current && current.npi === out.record.npi) foldClinician(current, out.record);
        else {
          if (current) pending.push(current);
          current = out.record;
        }
      },
      afterChunk: () => flushRuns(false),
    });
    s.bytesRead = bytesRead;
    if (current) pending.push(current);
    await flushRuns(true);
    await queue.drain();
    if (!completed) s.interrupted = true;
    else if (stage) {
      const scattered = await stage.findScattered();
      if (scattered > 0)
        s.notes.push(
          `${scattered.toLocaleString("en-US")} clinicians' rows were not together in the file (folded after reading)`,
        );
      const r = await stage.replaceAll(
        {
          dataset: "clinicians",
          year: null,
          sourceFile: input.name,
          release: s.release,
          layout: s.layout,
          rowsScanned: s.rowsScanned,
          rowsKept: s.rowsKept,
          rowsRejected: s.rowsRejected,
          startedAt,
        },
        fileDate,
        () => foldRuns(stage!.scatteredRuns()),
      );
      Object.assign(s, r);
    }
  } finally {
    input.close();
    await queue.drain().catch(() => {});
    await report.close();
    await client?.end().catch(() => {});
  }
  s.elapsedMs = performance.now() - started;
  s.rowsPerSecond = s.rowsScanned / Math.max(s.elapsedMs / 1000, 1e-3);
  s.peakRssMb = process.resourceUsage().maxRSS / 1024;
  s.reportLines = report.lines;
  return s;
}
