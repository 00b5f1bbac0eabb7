// Download progress for the terminal and for logs, like the NPPES import's (lib/nppes/progress.ts):
// a bar redrawn in place on a terminal, a plain line every few seconds in a log (cron mails it).
import { formatBytes, formatDuration, type TProgressOutput } from "@/lib/nppes/progress";
import type { TDownloadProgress } from "./download";

function figures(p: TDownloadProgress) {
  const seconds = Math.max(p.elapsedMs / 1000, 1e-3);
  const rate = (p.received - p.resumedFrom) / seconds;
  const fraction = p.total ? Math.min(1, p.received / p.total) : null;
  const left = p.total && rate > 0 ? ((p.total - p.received) / rate) * 1000 : null;
  return { rate, fraction, left };
}

const percent = (f: number | null) => (f === null ? "" : `${(f * 100).toFixed(1)}%`);

export function downloadLine(p: TDownloadProgress): string {
  const f = figures(p);
  const of = p.total ? ` of ${formatBytes(p.total)}` : "";
  const resumed = p.resumedFrom > 0 ? `, resumed at ${formatBytes(p.resumedFrom)}` : "";
  const left = f.left !== null && f.fraction !== 1 ? `, about ${formatDuration(f.left)} left` : "";
  return `download ${p.name}: ${percent(f.fraction) || formatBytes(p.received)}${f.fraction !== null ? ` - ${formatBytes(p.received)}${of}` : ""}${resumed}, ${formatBytes(f.rate)}/s${left}`;
}

export function downloadBar(p: TDownloadProgress, columns = 120): string {
  const f = figures(p);
  const text = `${p.name}  ${percent(f.fraction).padStart(6)}  ${formatBytes(p.received)}${p.total ? `/${formatBytes(p.total)}` : ""}  ${formatBytes(f.rate)}/s${f.left !== null && f.fraction !== 1 ? `  ${formatDuration(f.left)} left` : ""}`;
  const width = Math.max(10, Math.min(30, columns - 1 - text.length - 1));
  const filled = Math.round((f.fraction ?? 0) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${text}`.slice(0, Math.max(columns - 1, 20));
}

export function createDownloadDisplay(out: TProgressOutput, plainEveryMs = 5000) {
  let lastPlain = -Infinity;
  let drawn = false;
  return {
    update(p: TDownloadProgress) {
      if (out.isTTY) {
        out.write(`\r\x1b[2K${downloadBar(p, out.columns || 120)}`);
        drawn = true;
      } else if (p.elapsedMs - lastPlain >= plainEveryMs) {
        lastPlain = p.elapsedMs;
        out.write(`${downloadLine(p)}\n`);
      }
    },
    done() {
      if (drawn) out.write("\n");
      drawn = false;
      lastPlain = -Infinity;
    },
  };
}
