// `importCmsClaims`: streams "Medicare Physician & Other Practitioners - by Provider and Service" (the
// national file has ~10 million rows; memory stays flat: one read chunk, one batch) and keeps, for
// every NPI, the rows of the codes in lib/cms/codes.ts. Kept rows are staged while reading; at the end
// the data year's rows are replaced in one transaction (lib/cms/db-writer.ts), so an interrupted
// import changes nothing and other years are never touched.
import path from "node:path";
import type pg from "pg";
import { CLAIM_SLOT, CLAIM_SLOT_COUNT, mapClaimsHeader } from "./claims-columns";
import { parseClaim, type TClaimRecord } from "./claims-row";
import { cmsCode } from "./codes";
import { ClaimsStage } from "./db-writer";
import { CmsFatalError } from "./errors";
import { dataYearFromName, isPlausibleYear } from "./file-meta";
import { openCmsInput } from "./input";
import { CmsImportReport } from "./report";
import { connectLocked, scanInput, writeQueue } from "./scan";
import { emptySummary, type TCmsImportSummary, type TCmsProgress } from "./summary";

export type TCmsClaimsOptions = {
  file: string;
  /** The claims' data year; else taken from the file name (refused when it cannot be known). */
  year?: number;
  /** Which release of the file this is (e.g. the data.cms.gov "modified" date); default: the file's mtime. */
  release?: string;
  /** Required unless dryRun. */
  databaseUrl?: string;
  dryRun?: boolean;
  /** Default: cms-claims-import-report.csv beside the input; null: no report file. */
  reportPath?: string | null;
  /** Aborting stops reading; nothing is written and the database stays as it was. */
  signal?: AbortSignal;
  onProgress?: (p: TCmsProgress) => void;
  progressEveryMs?: number;
  batchSize?: number;
};

const LOCK_KEY = "neckcare:cms-claims-import";
/** CMS's copyright notice sits in the 2012 file as a row with this NPI. */
const COPYRIGHT_NPI = "0000000001";

/** First bytes of the kept codes (6xxxx, 7xxxx, 9xxxx, Jxxxx), to skip the rest of the file unread. */
const FIRST_BYTES = new Uint8Array(256);
for (const c of "679Jj ") FIRST_BYTES[c.charCodeAt(0)] = 1;

export async function importCmsClaims(options: TCmsClaimsOptions): Promise<TCmsImportSummary> {
  const started = performance.now();
  const startedAt = new Date();
  const dryRun = options.dryRun ?? false;
  if (!dryRun && !options.databaseUrl)
    throw new CmsFatalError(
      "DATABASE_URL is not set: the import needs the database to write to (or use --dry-run).",
    );
  if (options.year !== undefined && !isPlausibleYear(options.year))
    throw new CmsFatalError(`--year=${options.year} is not a data year of this file (2012 on).`);
  const batchSize = options.batchSize ?? 5000;
  const input = await openCmsInput(options.file);
  const reportPath =
    options.reportPath === undefined
      ? path.join(path.dirname(path.resolve(options.file)), "cms-claims-import-report.csv")
      : options.reportPath;
  const s = emptySummary("claims", input.name, reportPath, dryRun);

  // The year decides which year of evidence is replaced: never guessed.
  const fromNames = input.names.map(dataYearFromName);
  const named = fromNames.find((r) => "year" in r) as { year: number } | undefined;
  if (options.year !== undefined) {
    s.year = options.year;
    s.yearSource = "--year";
    if (named && named.year !== options.year)
      s.notes.push(`the file name suggests ${named.year}, but --year=${options.year} was given and used`);
  } else if (named) {
    s.year = named.year;
    s.yearSource = "file name";
  } else {
    input.close();
    const why = (fromNames[0] as { problem: string }).problem;
    throw new CmsFatalError(
      `Cannot tell the data year of ${input.name}: ${why}. Give it with --year=YYYY (the calendar year of the claims).`,
    );
  }
  const year = s.year;
  s.release = options.release ?? `file modified ${input.modified.toISOString().slice(0, 10)}`;

  const report = new CmsImportReport(reportPath);
  let client: pg.Client | null = null;
  let stage: ClaimsStage | null = null;
  const queue = writeQueue();
  let pending: TClaimRecord[] = [];
  let columnCount = 0;

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

  try {
    if (!dryRun) {
      client = await connectLocked(options.databaseUrl!, LOCK_KEY, "Medicare claims");
      stage = new ClaimsStage(client);
      await stage.create();
    }
    const { completed, bytesRead } = await scanInput({
      input,
      encoding: "latin1",
      slotCount: CLAIM_SLOT_COUNT,
      signal: options.signal,
      progressEveryMs: options.progressEveryMs ?? 250,
      onProgress: progress,
      onHeader: (fields, delimiter) => {
        const header = mapClaimsHeader(fields, delimiter);
        s.layout = header.layout;
        columnCount = header.columnCount;
        return header.slotOf;
      },
      onError: (line, reason) => {
        s.rowsScanned++;
        reject(line, "", reason);
      },
      onRow: (row) => {
        s.rowsScanned++;
        s.lastLine = row.line;
        if (row.fieldCount !== columnCount) {
          const npi = row.text(CLAIM_SLOT.npi).trim();
          if (npi === COPYRIGHT_NPI)
            return report.add(row.line, npi, "note", "CMS's copyright notice row: skipped");
          return reject(row.line, npi, `${row.fieldCount} fields where the header has ${columnCount}`);
        }
        const len = row.length(CLAIM_SLOT.hcpcs);
        if (len < 5 || len > 7 || FIRST_BYTES[row.byteAt(CLAIM_SLOT.hcpcs, 0)] !== 1) return;
        const code = cmsCode(row.text(CLAIM_SLOT.hcpcs).trim().toUpperCase());
        if (!code) return;
        const out = parseClaim(
          {
            npi: row.text(CLAIM_SLOT.npi),
            place: row.text(CLAIM_SLOT.place),
            beneficiaries: row.text(CLAIM_SLOT.beneficiaries),
            services: row.text(CLAIM_SLOT.services),
            beneficiaryDays: row.text(CLAIM_SLOT.beneficiaryDays),
          },
          code,
          year,
          row.line,
        );
        if (out.kind === "rejected") return reject(row.line, out.npi, out.reason);
        s.rowsKept++;
        s.keptByCode[code.code] = (s.keptByCode[code.code] ?? 0) + 1;
        pending.push(out.record);
      },
      afterChunk: async () => {
        if (pending.length < batchSize) return;
        const batch = pending;
        pending = [];
        if (stage) await queue.submit(() => stage!.add(batch));
      },
    });
    if (stage && pending.length > 0) {
      const batch = pending;
      pending = [];
      await queue.submit(() => stage!.add(batch));
    }
    await queue.drain();
    s.bytesRead = bytesRead;
    if (!completed) s.interrupted = true;
    else if (stage) {
      for (const d of await stage.duplicates()) {
        s.rowsKept--;
        s.keptByCode[d.hcpcs] = (s.keptByCode[d.hcpcs] ?? 1) - 1;
        s.rowsRejected++;
        report.add(
          d.line,
          d.npi,
          "duplicate",
          `${d.hcpcs} at place ${d.place} already given on line ${d.firstLine}: the first counts`,
        );
      }
      // A second Ctrl-C during this transaction exits the process: PostgreSQL rolls it back.
      const r = await stage.replaceYear({
        dataset: "claims",
        year,
        sourceFile: input.name,
        release: s.release,
        layout: s.layout,
        rowsScanned: s.rowsScanned,
        rowsKept: s.rowsKept,
        rowsRejected: s.rowsRejected,
        startedAt,
      });
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
