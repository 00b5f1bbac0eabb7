// `importCmsClinicians`: streams Care Compare's "Doctors and Clinicians National Downloadable File"
// (~2.5 million rows, one per clinician x enrollment x practice address) and stores one record per
// NPI. Memory stays flat: consecutive rows of an NPI (most of them: the file is largely grouped by
// NPI) are folded while reading and written in batches; an NPI whose rows are scattered is folded in
// at the end from a temporary table. The file is a full snapshot, so every clinician is replaced in
// one transaction (lib/cms/db-writer.ts, CliniciansWriter): an interrupted import changes nothing.
import path from "node:path";
import type pg from "pg";
import { CLINICIAN_SLOT_COUNT, mapClinicianHeader, type TClinicianHeader } from "./clinician-columns";
import { foldClinician, parseClinicianRow, type TClinicianRecord } from "./clinician-row";
import { CliniciansWriter, type TImportMeta } from "./db-writer";
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

/**
 * Node flags the command-line tool runs with (package.json's import:cms-clinicians, the data update
 * and the benchmark): a 32 MB young generation. Each 1 MB read makes ~2,500 records that live until
 * their batch is written; with the default 16 MB the collector copied and promoted most of them, a
 * fifth of the import's CPU. Peak RSS stays under 300 MB.
 */
export const CLINICIANS_NODE_FLAGS: string[] = ["--max-semi-space-size=32"];

/** Folds a clinician's runs, the earliest first, into the first. */
function foldAll(runs: TClinicianRecord[]): TClinicianRecord {
  const [first, ...rest] = runs;
  for (const run of rest) foldClinician(first!, run);
  return first!;
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
  const batchSize = options.batchSize ?? 2000;
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
  let writer: CliniciansWriter | null = null;
  let committed = false;
  const queue = writeQueue();
  // The batch being filled, by NPI: an NPI that comes back within a batch is folded here.
  let pending = new Map<string, TClinicianRecord>();
  let current: TClinicianRecord | null = null;
  let header: TClinicianHeader | null = null;
  const meta = (): TImportMeta => ({
    dataset: "clinicians",
    year: null,
    sourceFile: input.name,
    release: s.release,
    layout: s.layout,
    rowsScanned: s.rowsScanned,
    rowsKept: s.rowsKept,
    rowsRejected: s.rowsRejected,
    startedAt,
  });
  const push = (r: TClinicianRecord) => {
    const same = pending.get(r.npi);
    if (same) foldClinician(same, r);
    else pending.set(r.npi, r);
  };

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
    if (!all && pending.size < batchSize) return;
    const batch = [...pending.values()];
    pending = new Map();
    if (writer && batch.length > 0) {
      const prepared = writer.prepare(batch);
      await queue.submit(() => writer!.add(prepared));
    }
  };
  // One reader for every row: the scanner's row object is reused too.
  let currentRow: { text: (slot: number) => string; length: (slot: number) => number } | null = null;
  const fields = {
    // Most of a row's 27 columns are blank (hospitals, secondary specialties): no string for those.
    get: (slot: number) => (currentRow!.length(slot) === 0 ? "" : currentRow!.text(slot).trim()),
    hasTelehealth: false,
    hasHospitals: false,
  };

  try {
    if (!dryRun) {
      client = await connectLocked(options.databaseUrl!, LOCK_KEY, "Care Compare clinicians");
      writer = new CliniciansWriter(client);
      await writer.begin(meta(), fileDate);
    }
    const { completed, bytesRead } = await scanInput({
      input,
      // Care Compare's file is UTF-8 (names and addresses with accents, Puerto Rico's especially).
      encoding: "utf8",
      slotCount: CLINICIAN_SLOT_COUNT,
      signal: options.signal,
      progressEveryMs: options.progressEveryMs ?? 250,
      onProgress: progress,
      onHeader: (names) => {
        header = mapClinicianHeader(names);
        s.layout = header.layout;
        fields.hasTelehealth = header.hasTelehealth;
        fields.hasHospitals = header.hasHospitals;
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
        currentRow = row;
        const out = parseClinicianRow(fields, row.line);
        if (out.kind === "rejected") return reject(row.line, out.npi, out.reason);
        s.rowsKept++;
        for (const note of out.notes) report.add(row.line, out.record.npi, "note", note);
        if (current && current.npi === out.record.npi) foldClinician(current, out.record);
        else {
          if (current) push(current);
          current = out.record;
        }
      },
      afterChunk: () => flushRuns(false),
    });
    s.bytesRead = bytesRead;
    if (current) push(current);
    await flushRuns(true);
    await queue.drain();
    if (!completed) s.interrupted = true;
    else if (writer) {
      // A second Ctrl-C during the commit exits the process: PostgreSQL rolls it all back.
      Object.assign(s, await writer.commit(meta(), foldAll));
      committed = true;
      if (writer.scattered > 0)
        s.notes.push(
          writer.scattered === 1
            ? "1 run of rows was apart from its clinician's first rows in the file (folded in at the end)"
            : `${writer.scattered.toLocaleString("en-US")} runs of rows were apart from their clinician's first rows in the file (folded in at the end)`,
        );
    }
  } finally {
    input.close();
    await queue.drain().catch(() => {});
    if (writer && !committed) await writer.rollback();
    await report.close();
    await client?.end().catch(() => {});
  }
  s.elapsedMs = performance.now() - started;
  s.rowsPerSecond = s.rowsScanned / Math.max(s.elapsedMs / 1000, 1e-3);
  s.peakRssMb = process.resourceUsage().maxRSS / 1024;
  s.reportLines = report.lines;
  return s;
}
