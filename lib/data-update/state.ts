// What the update has imported, into which database: `<DATA_DIR>/state.json`. A file is imported
// again only when its download changed (another ETag, Last-Modified, size or download time) or when
// the update runs against another database. And a lock, so two updates never write the same part.
import { open, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DataUpdateError } from "./http";

/** The downloaded file as its `.meta.json` describes it. */
export type TFileIdentity = {
  size: number;
  etag: string | null;
  lastModified: string | null;
  completedAt: string | null;
};

type TImportRecord = TFileIdentity & { importedAt: string; note?: string };
type TStateFile = { version: 1; databases: Record<string, Record<string, TImportRecord>> };

/** host:port/database of a PostgreSQL URL, without the user and password. */
export function databaseKey(url: string | undefined): string {
  if (!url) return "(none)";
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparsable)";
  }
}

const sameFile = (a: TFileIdentity, b: TFileIdentity) =>
  a.size === b.size &&
  a.etag === b.etag &&
  a.lastModified === b.lastModified &&
  a.completedAt === b.completedAt;

export class UpdateState {
  private constructor(
    private readonly file: string,
    private readonly data: TStateFile,
    private readonly database: string,
  ) {}

  static async load(dataDir: string, databaseUrl: string | undefined): Promise<UpdateState> {
    const file = path.join(dataDir, "state.json");
    let data: TStateFile = { version: 1, databases: {} };
    try {
      const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<TStateFile>;
      if (parsed.version === 1 && parsed.databases && typeof parsed.databases === "object")
        data = parsed as TStateFile;
    } catch {
      // Missing or unreadable: everything counts as not yet imported, which is safe (imports are idempotent).
    }
    return new UpdateState(file, data, databaseKey(databaseUrl));
  }

  private get records() {
    return (this.data.databases[this.database] ??= {});
  }

  /** key: the file's path under DATA_DIR, e.g. "nppes/NPPES_Data_Dissemination_November_2026_V2.zip". */
  isImported(key: string, file: TFileIdentity): boolean {
    const r = this.records[key];
    return r !== undefined && sameFile(r, file);
  }

  async markImported(key: string, file: TFileIdentity, note?: string): Promise<void> {
    this.records[key] = { ...file, importedAt: new Date().toISOString(), ...(note ? { note } : {}) };
    await this.save();
  }

  /** Drops the records of files no longer kept (pruned downloads). */
  async forget(keys: string[]): Promise<void> {
    let changed = false;
    for (const k of keys)
      if (this.records[k]) {
        delete this.records[k];
        changed = true;
      }
    if (changed) await this.save();
  }

  private async save() {
    await writeFile(`${this.file}.tmp`, JSON.stringify(this.data, null, 2));
    await rename(`${this.file}.tmp`, this.file);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes `<DATA_DIR>/update.lock`, or says who holds it. A lock left by a dead process is taken over. */
export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, "update.lock");
  for (let tries = 0; tries < 2; tries++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = await readFile(file, "utf8")
        .then((t) => JSON.parse(t) as { pid?: number; startedAt?: string })
        .catch(() => ({}) as { pid?: number; startedAt?: string });
      if (holder.pid && holder.pid !== process.pid && alive(holder.pid))
        throw new DataUpdateError(
          `Another data update is running (pid ${holder.pid}, since ${holder.startedAt ?? "?"}); wait for it to finish.`,
        );
      await rm(file, { force: true });
    }
  }
  throw new DataUpdateError(`Cannot take the lock ${file}.`);
}
