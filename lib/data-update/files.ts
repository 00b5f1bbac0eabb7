// The downloads directory: what a file's `.meta.json` says about it, what an NPPES monthly ZIP's
// data ends on, and removing superseded downloads (a monthly NPPES ZIP is about a gigabyte).
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import yauzl from "yauzl";
import { isNppesDataEntry } from "@/lib/nppes/input";
import { dataEndFromEntryName } from "./discover";
import { readMeta, sidecarPaths, sizeOf } from "./sidecars";
import type { TFileIdentity } from "./state";

/** The complete download's identity, or null when there is no complete copy. */
export async function identityOf(file: string): Promise<TFileIdentity | null> {
  const meta = await readMeta(sidecarPaths(file).meta);
  const size = await sizeOf(file);
  if (!meta || size === null || meta.size !== size) return null;
  return { size, etag: meta.etag, lastModified: meta.lastModified, completedAt: meta.completedAt ?? null };
}

/** What is on disk for a planned download, in words, for --dry-run. */
export async function localCopy(file: string): Promise<string> {
  const id = await identityOf(file);
  if (id)
    return `have a copy from ${id.completedAt ?? "an earlier run"}: would ask the server whether it changed`;
  const part = await stat(sidecarPaths(file).part).then(
    (s) => s.size,
    () => 0,
  );
  return part > 0 ? `would resume a partial download at byte ${part}` : "would download";
}

/** The names of the entries of a ZIP (its central directory only; nothing is unpacked). */
export function zipEntryNames(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error("cannot open"));
      const names: string[] = [];
      zip.on("entry", (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/**
 * The last day of data in a monthly NPPES ZIP, from the name of its data file
 * (npidata_pfile_20050523-20251109.csv), or null when the name does not say.
 */
export async function nppesDataEnd(zipFile: string): Promise<Date | null> {
  const names = await zipEntryNames(zipFile).catch(() => []);
  for (const n of names) {
    const end = isNppesDataEntry(n) ? dataEndFromEntryName(path.posix.basename(n)) : null;
    if (end) return end;
  }
  return null;
}

/**
 * Deletes what `dir` holds besides the files named in `keep` and their companions (sidecars,
 * parts, import reports, which start with the file's name). Returns the deleted downloads' names.
 */
export async function pruneExcept(dir: string, keep: string[]): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of entries) {
    if (keep.some((k) => name === k || name.startsWith(`${k}.`))) continue;
    await rm(path.join(dir, name), { force: true, recursive: true });
    if (!/\.(meta\.json|part|part\.json|import-report\.csv|tmp)$/.test(name)) removed.push(name);
  }
  return removed;
}
