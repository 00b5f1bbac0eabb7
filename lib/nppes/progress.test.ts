import { describe, expect, it } from "vitest";
import type { TImportSummary } from "./summary";
import { createProgressDisplay, formatDuration, formatSummary, progressBar, progressLine } from "./progress";

const halfway = {
  bytesRead: 5e9,
  totalBytes: 10e9,
  rowsRead: 4_500_000,
  matched: 30_000,
  written: 29_000,
  elapsedMs: 60_000,
};

describe("progress", () => {
  it("shows rows read, matched, rows a second, bytes and time left", () => {
    const bar = progressBar(halfway, 120);
    expect(bar).toMatch(/^█+░+ +50\.0%/);
    expect(bar).toContain("4,500,000 rows  30,000 matched  75,000 rows/s  5.00 GB/10.00 GB  1m00s left");
    expect(bar.length).toBeLessThan(120);
    expect(progressBar(halfway, 60)).toHaveLength(59);
    expect(progressLine(halfway)).toBe(
      "nppes import: 50.0% - 4,500,000 rows read, 30,000 matched, 75,000 rows/s, 5.00 GB of 10.00 GB, about 1m00s left",
    );
  });

  it("redraws one line on a terminal and writes a plain line every few seconds otherwise", () => {
    const tty: string[] = [];
    const t = createProgressDisplay({ isTTY: true, columns: 100, write: (s) => tty.push(s) });
    t.update(halfway);
    t.update({ ...halfway, elapsedMs: 61_000 });
    t.done();
    expect(tty).toHaveLength(3);
    expect(tty[0]).toMatch(/^\r\x1b\[2K█/);
    expect(tty[2]).toBe("\n");

    const log: string[] = [];
    const l = createProgressDisplay({ isTTY: false, write: (s) => log.push(s) }, 5000);
    for (const ms of [1000, 5000, 6000, 9999, 10_000]) l.update({ ...halfway, elapsedMs: ms });
    l.done();
    expect(log).toHaveLength(2);
    expect(log.every((s) => s.startsWith("nppes import: ") && s.endsWith("\n"))).toBe(true);
  });

  it("formats durations", () => {
    expect([formatDuration(4200), formatDuration(65_000), formatDuration(7_380_000)]).toEqual([
      "4.2s",
      "1m05s",
      "2h03m",
    ]);
  });

  it("summarises every count the issue asks for", () => {
    const s: TImportSummary = {
      input: "npidata_pfile_x.csv",
      layout: "NPPES V2 layout (330 columns, 2025 on)",
      missingOptionalColumns: [],
      dryRun: false,
      interrupted: false,
      lastLine: 9,
      rowsRead: 8,
      individuals: 7,
      organizations: 1,
      deactivatedRows: 0,
      matched: 6,
      outsideUs: 1,
      malformed: 1,
      inserted: 2,
      updated: 1,
      unchanged: 1,
      kept: 1,
      unpublished: 3,
      suspended: 0,
      withoutCoordinates: 1,
      elapsedMs: 1500,
      rowsPerSecond: 5.3,
      bytesRead: 9000,
      peakRssMb: 120.4,
      reportPath: "/tmp/r.csv",
      reportLines: 3,
    };
    const text = formatSummary(s);
    for (const label of [
      "rows read",
      "individuals",
      "matched taxonomy",
      "inserted",
      "updated",
      "unchanged",
      "kept (claimed/own)",
      "unpublished",
      "without coordinates",
      "malformed",
      "elapsed",
    ]) {
      expect(text).toMatch(new RegExp(`\\n  ${label.replace(/[()]/g, "\\$&")} +\\S`));
    }
    expect(text).toContain("peak RSS 120 MB");
    expect(text).toContain("/tmp/r.csv (3 lines)");
    expect(formatSummary({ ...s, interrupted: true })).toMatch(/^NPPES import INTERRUPTED after line 9/);
  });
});
