// What a CMS import reports: live progress, and the summary at the end (also the JSON of --json and
// the return value of importCmsClaims / importCmsClinicians).

export type TCmsProgress = {
  bytesRead: number;
  totalBytes: number;
  rowsScanned: number;
  rowsKept: number;
  elapsedMs: number;
};

export type TCmsImportSummary = {
  dataset: "claims" | "clinicians";
  input: string;
  layout: string;
  /** Claims: the data year, and where it came from. */
  year: number | null;
  yearSource: "--year" | "file name" | null;
  /** Clinicians: the file's date (YYYY-MM-DD), and where it came from. */
  fileDate: string | null;
  fileDateSource: "--date" | "file name" | "file modification time" | null;
  /** As stored in MedicareImport.release. */
  release: string;
  dryRun: boolean;
  /** Stopped by the signal (Ctrl-C) before anything was written: the database is as it was. */
  interrupted: boolean;
  lastLine: number;
  rowsScanned: number;
  /** Claims: rows with a kept code that passed every check. Clinicians: rows folded into a clinician. */
  rowsKept: number;
  rowsRejected: number;
  /** Claims: kept rows per code. */
  keptByCode: Record<string, number>;
  /** Rows now in the table for this import (claims: the year's rows; clinicians: one per NPI). */
  stored: number;
  /** Rows of the previous data that the import replaced (claims: of the same year). */
  replaced: number;
  /** Listed providers whose search read model was rebuilt because their evidence changed. */
  providersRefreshed: number;
  /** MedicareImport.id of this run; null for a dry run or an interrupted one. */
  importId: number | null;
  notes: string[];
  elapsedMs: number;
  rowsPerSecond: number;
  bytesRead: number;
  peakRssMb: number;
  reportPath: string | null;
  reportLines: number;
};

export function emptySummary(
  dataset: "claims" | "clinicians",
  input: string,
  reportPath: string | null,
  dryRun: boolean,
): TCmsImportSummary {
  return {
    dataset,
    input,
    layout: "",
    year: null,
    yearSource: null,
    fileDate: null,
    fileDateSource: null,
    release: "",
    dryRun,
    interrupted: false,
    lastLine: 0,
    rowsScanned: 0,
    rowsKept: 0,
    rowsRejected: 0,
    keptByCode: {},
    stored: 0,
    replaced: 0,
    providersRefreshed: 0,
    importId: null,
    notes: [],
    elapsedMs: 0,
    rowsPerSecond: 0,
    bytesRead: 0,
    peakRssMb: 0,
    reportPath,
    reportLines: 0,
  };
}
