// Download progress: a redrawn bar on a terminal, readable lines in a log (cron mails the log).
import { describe, expect, it } from "vitest";
import { createDownloadDisplay, downloadBar, downloadLine } from "./progress";

const p = {
  name: "NPPES_Data_Dissemination_November_2026_V2.zip",
  received: 500e6,
  total: 1e9,
  resumedFrom: 0,
  elapsedMs: 50_000,
};

describe("download progress", () => {
  it("says how far, how fast and how long is left", () => {
    expect(downloadLine(p)).toBe(
      "download NPPES_Data_Dissemination_November_2026_V2.zip: 50.0% - 500.0 MB of 1.00 GB, 10.0 MB/s, about 50s left",
    );
    expect(downloadLine({ ...p, resumedFrom: 400e6 })).toContain(
      "resumed at 400.0 MB, 2.0 MB/s, about 4m10s left",
    );
    expect(downloadLine({ ...p, total: null })).toBe(
      "download NPPES_Data_Dissemination_November_2026_V2.zip: 500.0 MB, 10.0 MB/s",
    );
  });

  it("fits the bar to the terminal", () => {
    const bar = downloadBar(p, 100);
    expect(bar.length).toBeLessThanOrEqual(99);
    expect(bar).toMatch(/^█+░+ NPPES/);
  });

  it("redraws one line on a terminal and writes a line every few seconds in a log", () => {
    const tty: string[] = [];
    const t = createDownloadDisplay({ isTTY: true, columns: 80, write: (s) => tty.push(s) });
    t.update(p);
    t.update({ ...p, received: 600e6 });
    t.done();
    expect(tty.slice(0, 2).every((s) => s.startsWith("\r\x1b[2K"))).toBe(true);
    expect(tty.at(-1)).toBe("\n");

    const log: string[] = [];
    const l = createDownloadDisplay({ isTTY: false, write: (s) => log.push(s) }, 5000);
    l.update({ ...p, elapsedMs: 1000 });
    l.update({ ...p, elapsedMs: 3000 });
    l.update({ ...p, elapsedMs: 7000 });
    l.done();
    expect(log).toHaveLength(2);
    expect(log.every((s) => s.startsWith("download ") && s.endsWith("\n"))).toBe(true);
  });
});
