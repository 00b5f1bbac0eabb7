// What an import reports: live progress, and the summary at the end.

export type TImportProgress = {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  matched: number;
  written: number;
  elapsedMs: number;
};

export type TImportSummary = {
  input: string;
  layout: string;
  missingOptionalColumns: string[];
  dryRun: boolean;
  /** Stopped early by the signal (Ctrl-C); `lastLine` says how far it got. */
  interrupted: boolean;
  lastLine: number;
  rowsRead: number;
  individuals: number;
  organizations: number;
  /** Rows of deactivated NPIs. */
  deactivatedRows: number;
  /** Active individuals with a taxonomy in the set. */
  matched: number;
  outsideUs: number;
  malformed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Claimed, submitted or demo listings whose NPI matched: left as they are. */
  kept: number;
  /** Unclaimed imported listings unpublished (DRAFT) because the NPI was deactivated. */
  unpublished: number;
  /** Claimed or submitted listings suspended because the NPI was deactivated. */
  suspended: number;
  withoutCoordinates: number;
  elapsedMs: number;
  rowsPerSecond: number;
  bytesRead: number;
  peakRssMb: number;
  reportPath: string;
  reportLines: number;
};

export function emptySummary(input: string, reportPath: string, dryRun: boolean): TImportSummary {
  return {
    input,
    layout: "",
    missingOptionalColumns: [],
    dryRun,
    interrupted: false,
    lastLine: 0,
    rowsRead: 0,
    individuals: 0,
    organizations: 0,
    deactivatedRows: 0,
    matched: 0,
    outsideUs: 0,
    malformed: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    kept: 0,
    unpublished: 0,
    suspended: 0,
    withoutCoordinates: 0,
    elapsedMs: 0,
    rowsPerSecond: 0,
    bytesRead: 0,
    peakRssMb: 0,
    reportPath,
    reportLines: 0,
  };
}
