// Progress and summary text for the CMS import CLIs, as the NPPES importer shows them: on a terminal
// one line redrawn in place with a bar; in a log (CI, cron, a pipe) a plain line every few seconds.
import { formatBytes, formatDuration } from "@/lib/nppes/progress";
import type { TCmsImportSummary, TCmsProgress } from "./summary";

const n = (x: number) => Math.round(x).toLocaleString("en-US");

function figures(p: TCmsProgress) {
  const seconds = Math.max(p.elapsedMs / 1000, 1e-3);
  const fraction = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  const bytesPerSecond = p.bytesRead / seconds;
  const left =
    bytesPerSecond > 0 && fraction < 1 ? ((p.totalBytes - p.bytesRead) / bytesPerSecond) * 1000 : 0;
  return { fraction, rowsPerSecond: p.rowsScanned / seconds, left };
}

export function progressBar(p: TCmsProgress, columns = 120): string {
  const f = figures(p);
  const text = `${(f.fraction * 100).toFixed(1).padStart(5)}%  ${n(p.rowsScanned)} rows  ${n(p.rowsKept)} kept  ${n(f.rowsPerSecond)} rows/s  ${formatBytes(p.bytesRead)}/${formatBytes(p.totalBytes)}  ${f.fraction < 1 ? `${formatDuration(f.left)} left` : "writing"}`;
  const width = Math.max(10, Math.min(30, columns - 1 - text.length - 1));
  const filled = Math.round(f.fraction * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${text}`.slice(0, Math.max(columns - 1, 20));
}

export function progressLine(label: string, p: TCmsProgress): string {
  const f = figures(p);
  return `${label}: ${(f.fraction * 100).toFixed(1)}% - ${n(p.rowsScanned)} rows scanned, ${n(p.rowsKept)} kept, ${n(f.rowsPerSecond)} rows/s, ${formatBytes(p.bytesRead)} of ${formatBytes(p.totalBytes)}, about ${formatDuration(f.left)} left`;
}

export type TProgressOutput = { isTTY?: boolean; columns?: number; write: (s: string) => unknown };

/** The onProgress callback and a `done` that ends the redrawn line. */
export function createProgressDisplay(label: string, out: TProgressOutput, plainEveryMs = 5000) {
  let lastPlain = 0;
  let drawn = false;
  return {
    update(p: TCmsProgress) {
      if (out.isTTY) {
        out.write(`\r\x1b[2K${progressBar(p, out.columns || 120)}`);
        drawn = true;
      } else if (p.elapsedMs - lastPlain >= plainEveryMs) {
        lastPlain = p.elapsedMs;
        out.write(`${progressLine(label, p)}\n`);
      }
    },
    done() {
      if (drawn) out.write("\n");
      drawn = false;
    },
  };
}

export function formatSummary(s: TCmsImportSummary): string {
  const title = s.dataset === "claims" ? "Medicare claims import" : "Care Compare clinicians import";
  const lines = [
    s.interrupted
      ? `${title} INTERRUPTED after line ${n(s.lastLine)}: nothing was written, the database is as it was; run it again.`
      : `${title} ${s.dryRun ? "dry run " : ""}finished: ${s.input}`,
    `  layout                 ${s.layout}`,
  ];
  const from = (source: string | null) => (source?.startsWith("--") ? source : `the ${source ?? "?"}`);
  if (s.dataset === "claims")
    lines.push(`  data year              ${s.year ?? "?"} (from ${from(s.yearSource)})`);
  else lines.push(`  file date              ${s.fileDate ?? "?"} (from ${from(s.fileDateSource)})`);
  lines.push(
    `  release                ${s.release}`,
    `  rows scanned           ${n(s.rowsScanned)}`,
    `  rows kept              ${n(s.rowsKept)}${
      Object.keys(s.keptByCode).length
        ? ` (${Object.entries(s.keptByCode)
            .sort()
            .map(([code, count]) => `${code}: ${n(count)}`)
            .join(", ")})`
        : ""
    }`,
    `  rows rejected          ${n(s.rowsRejected)}${s.rowsRejected ? " (with their line numbers in the report)" : ""}`,
  );
  if (s.dryRun) lines.push("  written                nothing (dry run)");
  else if (!s.interrupted) {
    const unit = s.dataset === "claims" ? `rows for ${s.year}` : "clinicians";
    lines.push(
      `  stored                 ${n(s.stored)} ${unit} (replacing ${n(s.replaced)}; import #${s.importId})`,
      `  listed providers       ${n(s.providersRefreshed)} with changed evidence (search read model rebuilt)`,
    );
  }
  for (const note of s.notes) lines.push(`  note                   ${note}`);
  lines.push(
    `  elapsed                ${formatDuration(s.elapsedMs)} (${n(s.rowsPerSecond)} rows/s, ${formatBytes(s.bytesRead)} read, peak RSS ${Math.round(s.peakRssMb)} MB)`,
    `  report                 ${s.reportLines ? `${s.reportPath} (${n(s.reportLines)} lines)` : "nothing to report"}`,
  );
  return lines.join("\n");
}
