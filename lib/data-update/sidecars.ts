// The files of one download on disk: the complete file, its `.meta.json`, the `.part` being
// written and its `.part.json` (lib/data-update/download.ts says what each is for).
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatBytes } from "@/lib/nppes/progress";
import { DataUpdateError } from "./http";

export type TMeta = {
  url: string;
  etag: string | null;
  lastModified: string | null;
  size?: number;
  completedAt?: string;
};

export const sidecarPaths = (dest: string) => ({
  part: `${dest}.part`,
  partMeta: `${dest}.part.json`,
  meta: `${dest}.meta.json`,
});

export async function readMeta(file: string): Promise<TMeta | null> {
  try {
    const m = JSON.parse(await readFile(file, "utf8")) as Partial<TMeta>;
    return typeof m.url === "string"
      ? {
          url: m.url,
          etag: m.etag ?? null,
          lastModified: m.lastModified ?? null,
          size: m.size,
          completedAt: m.completedAt,
        }
      : null;
  } catch {
    return null;
  }
}

export async function writeMeta(file: string, meta: TMeta) {
  await writeFile(`${file}.tmp`, JSON.stringify(meta, null, 2));
  await rename(`${file}.tmp`, file);
}

export const sizeOf = (file: string) =>
  stat(file).then(
    (s) => s.size,
    () => null,
  );

/** A write error as a one-line message (a full disk, no permission), or null for any other. */
export function diskError(e: unknown, dest: string, written: number): DataUpdateError | null {
  const code = (e as { code?: string }).code;
  if (code === "ENOSPC" || code === "EDQUOT")
    return new DataUpdateError(
      `The disk is full: ${path.basename(dest)} stopped after ${formatBytes(written)}. Free space in ${path.dirname(dest)} (DATA_DIR), then run again: the download resumes.`,
    );
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new DataUpdateError(`Cannot write ${dest} (${code}): check DATA_DIR and its permissions.`);
  return null;
}
