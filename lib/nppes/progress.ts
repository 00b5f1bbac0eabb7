// Progress and summary text for the import CLI. On a terminal, one line redrawn in place with a bar;
// in a log (CI, cron, a pipe), a plain line every few seconds, since carriage returns make logs
// unreadable.
import type { TImportProgress, TImportSummary } from "./summary";

const n = (x: number) => Math.round(x).toLocaleString("en-US");

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e3).toFixed(0)} kB`;
}

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, "0")}m`;
  if (m > 0) return `${m}m${String(sec).padStart(2, "0")}s`;
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${sec}s`;
}

function figures(p: TImportProgress) {
  const seconds = Math.max(p.elapsedMs / 1000, 1e-3);
  const fraction = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  const bytesPerSecond = p.bytesRead / seconds;
  const left =
    bytesPerSecond > 0 && fraction < 1 ? ((p.totalBytes - p.bytesRead) / bytesPerSecond) * 1000 : 0;
  return { fraction, rowsPerSecond: p.rowsRead / seconds, left };
}

/**
 * The redrawn terminal line: bar, percent, rows read, matched, rows a second, bytes, time left. The
 * bar takes what the figures leave of the terminal's width; on a narrow terminal the figures are cut.
 */
export function progressBar(p: TImportProgress, columns = 120): string {
  const f = figures(p);
  const text = `${(f.fraction * 100).toFixed(1).padStart(5)}%  ${n(p.rowsRead)} rows  ${n(p.matched)} matched  ${n(f.rowsPerSecond)} rows/s  ${formatBytes(p.bytesRead)}/${formatBytes(p.totalBytes)}  ${f.fraction < 1 ? `${formatDuration(f.left)} left` : "done"}`;
  const width = Math.max(10, Math.min(30, columns - 1 - text.length - 1));
  const filled = Math.round(f.fraction * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${text}`.slice(0, Math.max(columns - 1, 20));
}

/** The plain periodic line for logs. */
export function progressLine(p: TImportProgress): string {
  const f = figures(p);
  return `nppes import: ${(f.fraction * 100).toFixed(1)}% - ${n(p.rowsRead)} rows read, ${n(p.matched)} matched, ${n(f.rowsPerSecond)} rows/s, ${formatBytes(p.bytesRead)} of ${formatBytes(p.totalBytes)}, about ${formatDuration(f.left)} left`;
}

export type TProgressOutput = { isTTY?: boolean; columns?: number; write: (s: string) => unknown };

/** Returns the onProgress callback and a `done` that ends the redrawn line. */
export function createProgressDisplay(out: TProgressOutput, plainEveryMs = 5000) {
  let lastPlain = 0;
  let drawn = false;
  return {
    update(p: TImportProgress) {
      if (out.isTTY) {
        // columns is 0 or undefined when the terminal does not say.
        out.write(`\r\x1b[2K${progressBar(p, out.columns || 120)}`);
        drawn = true;
      } else if (p.elapsedMs - lastPlain >= plainEveryMs) {
        lastPlain = p.elapsedMs;
        out.write(`${progressLine(p)}\n`);
      }
    },
    done() {
      if (drawn) out.write("\n");
      drawn = false;
    },
  };
}

export function formatSummary(s: TImportSummary): string {
  const lines = [
    s.interrupted
      ? `NPPES import INTERRUPTED after line ${n(s.lastLine)}: everything read up to there was written; run it again to finish (re-importing is safe).`
      : `NPPES import ${s.dryRun ? "dry run " : ""}finished: ${s.input}`,
    `  layout                 ${s.layout}${s.missingOptionalColumns.length ? ` (without optional columns: ${s.missingOptionalColumns.join(", ")})` : ""}`,
    `  rows read              ${n(s.rowsRead)}`,
    `  individuals            ${n(s.individuals)} (organizations ${n(s.organizations)}, deactivated NPIs ${n(s.deactivatedRows)})`,
    `  matched taxonomy       ${n(s.matched)}${s.outsideUs ? ` (${n(s.outsideUs)} practising outside the US, skipped)` : ""}`,
  ];
  if (s.dryRun) lines.push("  written                nothing (dry run)");
  else {
    lines.push(
      `  inserted               ${n(s.inserted)}`,
      `  updated                ${n(s.updated)}`,
      `  unchanged              ${n(s.unchanged)}`,
      `  kept (claimed/own)     ${n(s.kept)}`,
      `  unpublished            ${n(s.unpublished)} (NPI deactivated)${s.suspended ? `; ${n(s.suspended)} claimed listings suspended for a moderator` : ""}`,
    );
  }
  lines.push(
    `  without coordinates    ${n(s.withoutCoordinates)}${s.withoutCoordinates ? " (ZIPs listed in the report)" : ""}`,
    `  malformed              ${n(s.malformed)}`,
    `  elapsed                ${formatDuration(s.elapsedMs)} (${n(s.rowsPerSecond)} rows/s, ${formatBytes(s.bytesRead)} read, peak RSS ${Math.round(s.peakRssMb)} MB)`,
    `  report                 ${s.reportLines ? `${s.reportPath} (${n(s.reportLines)} lines)` : "nothing to report"}`,
  );
  return lines.join("\n");
}
