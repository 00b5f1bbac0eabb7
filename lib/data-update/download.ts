// One file from the web to the disk, for files of a gigabyte or more on a link that may drop.
//
// - The bytes go to `<file>.part`; only a complete file is renamed to `<file>`, so `<file>` is never
//   half a download.
// - `<file>.part.json` remembers the validators (ETag, Last-Modified) of the version being fetched.
//   A later attempt asks for the rest (`Range: bytes=N-`) with `If-Range`, so a server that has
//   published a new version in between sends the whole new file instead of a tail that does not
//   fit. The answer must be 206 with a Content-Range starting at N; a 200 means the server ignored
//   the range (or the file changed): the part is dropped and the file is written from the start.
// - `<file>.meta.json` keeps the validators and size of the complete file. The next run sends
//   If-None-Match / If-Modified-Since; a 304, or a 200 with the same ETag (or the same Last-Modified
//   and size, for servers that ignore conditional requests), means unchanged: nothing is fetched.
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { formatBytes } from "@/lib/nppes/progress";
import {
  DataUpdateError,
  describeNetworkError,
  request,
  statusText,
  watchdog,
  type TTimeouts,
  DEFAULT_TIMEOUTS,
  hostOf,
  duration,
} from "./http";
import { diskError, readMeta, sidecarPaths, sizeOf, writeMeta } from "./sidecars";

export type TDownloadProgress = {
  name: string;
  /** Bytes of the file on disk so far, including those of an earlier, resumed attempt. */
  received: number;
  /** The file's size when the server said, else null. */
  total: number | null;
  /** Where this attempt started (0, or the size of the part it resumed). */
  resumedFrom: number;
  elapsedMs: number;
};

export type TDownloadOptions = {
  url: string;
  /** The complete file's path; `.part`, `.part.json` and `.meta.json` sit beside it. */
  dest: string;
  signal?: AbortSignal;
  timeouts?: TTimeouts;
  /** Further attempts after a cut connection, a timeout or a 5xx, each resuming (default 3). */
  retries?: number;
  /** Pause before the first retry, doubled for each next one (default 5 s). */
  retryDelayMs?: number;
  onProgress?: (p: TDownloadProgress) => void;
  progressEveryMs?: number;
  /** One-line notes (a retry, a server that ignored the range). */
  log?: (line: string) => void;
};

export type TDownloadResult = {
  path: string;
  /** "unchanged": the local copy is current and nothing was fetched. */
  status: "downloaded" | "unchanged";
  /** Bytes kept from an interrupted earlier download (0 when it started from the beginning). */
  resumedFrom: number;
  /** Bytes fetched by this call. */
  transferred: number;
  size: number;
  etag: string | null;
  lastModified: string | null;
};

export { sidecarPaths };

/** A failure worth another attempt (the part on disk is kept and resumed). */
class Retryable extends DataUpdateError {}
/** The part on disk was unusable and is gone: start again at once, without counting an attempt. */
class Restart extends DataUpdateError {}

/** "bytes 100-199/200" -> { start: 100, total: 200 }; total null for "*". */
export function parseContentRange(header: string | null): { start: number; total: number | null } | null {
  const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(header?.trim() ?? "");
  if (!m) return null;
  return { start: Number(m[1]), total: m[3] === "*" ? null : Number(m[3]) };
}

/** Streams the answer's body onto the part (appending after `offset`); the part's new length. */
async function receive(
  o: TDownloadOptions,
  response: Response,
  controller: AbortController,
  offset: number,
  total: number | null,
): Promise<number> {
  const { url, dest } = o;
  const name = path.basename(dest);
  const started = performance.now();
  const every = o.progressEveryMs ?? 250;
  let received = offset;
  let lastReport = 0;
  const report = () =>
    o.onProgress?.({ name, received, total, resumedFrom: offset, elapsedMs: performance.now() - started });
  const idleMs = o.timeouts?.idleMs ?? DEFAULT_TIMEOUTS.idleMs;
  const dog = watchdog(controller, idleMs, () => `${hostOf(url)} sent nothing for ${duration(idleMs)}`);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      dog.kick();
      received += chunk.length;
      if (performance.now() - lastReport >= every) {
        lastReport = performance.now();
        report();
      }
      callback(null, chunk);
    },
  });
  const out = createWriteStream(sidecarPaths(dest).part, { flags: offset > 0 ? "a" : "w" });
  try {
    if (!response.body) throw new Retryable(`${hostOf(url)} sent no body for ${name}`);
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), meter, out);
  } catch (e) {
    const disk = diskError(e, dest, received);
    if (disk) throw disk;
    if (o.signal?.aborted)
      throw new DataUpdateError(
        `Interrupted: ${name} kept at ${formatBytes(received)}; run again to resume.`,
      );
    const why =
      controller.signal.reason instanceof DataUpdateError
        ? controller.signal.reason.message
        : describeNetworkError(e, url);
    throw new Retryable(
      `the download of ${name} stopped at ${formatBytes(received)}${total ? ` of ${formatBytes(total)}` : ""}: ${why}`,
    );
  } finally {
    dog.stop();
  }
  report();
  if (total !== null && received !== total)
    throw new Retryable(`${name} ended at ${received} bytes, the server announced ${total}`);

  return received;
}

async function attempt(o: TDownloadOptions): Promise<TDownloadResult> {
  const { url, dest } = o;
  const name = path.basename(dest);
  const files = sidecarPaths(dest);
  const done = await readMeta(files.meta);
  const haveFinal = done !== null && done.url === url && done.size === (await sizeOf(dest));
  const part = await readMeta(files.partMeta);
  const partSize = (await sizeOf(files.part)) ?? 0;
  const validator = part?.etag && !part.etag.startsWith("W/") ? part.etag : part?.lastModified;
  const resuming = part !== null && part.url === url && partSize > 0 && Boolean(validator);

  const headers: Record<string, string> = {};
  if (resuming) {
    headers.range = `bytes=${partSize}-`;
    headers["if-range"] = validator!;
  } else if (haveFinal) {
    if (done.etag) headers["if-none-match"] = done.etag;
    if (done.lastModified) headers["if-modified-since"] = done.lastModified;
  }

  const { response, controller } = await request(url, { headers, signal: o.signal, timeouts: o.timeouts });
  const drop = () => response.body?.cancel().catch(() => {});
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  const length = response.headers.has("content-length")
    ? Number(response.headers.get("content-length"))
    : null;
  const unchanged = (): TDownloadResult => ({
    path: dest,
    status: "unchanged",
    resumedFrom: 0,
    transferred: 0,
    size: done!.size!,
    etag: done!.etag,
    lastModified: done!.lastModified,
  });

  if (response.status === 304 && haveFinal && !resuming) return unchanged();
  if (response.status === 416 && resuming) {
    // The part is as long as the file or longer (a stale part of another version): start over.
    await drop();
    await rm(files.part, { force: true });
    await rm(files.partMeta, { force: true });
    throw new Restart(`${hostOf(url)} refused to resume ${name} at byte ${partSize}`);
  }
  if (!response.ok) {
    await drop();
    const message = `${url} answered ${statusText(response)}`;
    throw response.status >= 500 || response.status === 429
      ? new Retryable(message)
      : new DataUpdateError(`${message}.`);
  }
  if (response.status === 200 && haveFinal && !resuming) {
    // A server that ignores conditional requests: compare the validators ourselves.
    const same = etag
      ? etag === done.etag
      : Boolean(lastModified) && lastModified === done.lastModified && length === done.size;
    if (same) {
      await drop();
      return unchanged();
    }
  }

  let offset = 0;
  let total = length;
  if (response.status === 206) {
    const range = parseContentRange(response.headers.get("content-range"));
    if (!resuming || !range || range.start !== partSize) {
      await drop();
      await rm(files.part, { force: true });
      throw new Restart(
        `${hostOf(url)} sent a byte range of ${name} that does not continue the part on disk`,
      );
    }
    offset = partSize;
    total = range.total ?? (length === null ? null : partSize + length);
  } else if (resuming) {
    o.log?.(
      `${name}: the server sent the whole file instead of the rest (it ignored the range, or the file changed): starting again from the beginning.`,
    );
  }

  await writeMeta(files.partMeta, { url, etag, lastModified });
  const received = await receive(o, response, controller, offset, total);

  // The old file's meta goes first: a crash between these steps costs a new download, never a
  // wrong "unchanged".
  await rm(files.meta, { force: true });
  await rename(files.part, dest);
  await writeMeta(files.meta, {
    url,
    etag,
    lastModified,
    size: received,
    completedAt: new Date().toISOString(),
  });
  await rm(files.partMeta, { force: true });
  return {
    path: dest,
    status: "downloaded",
    resumedFrom: offset,
    transferred: received - offset,
    size: received,
    etag,
    lastModified,
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
  });

/**
 * Downloads `url` to `dest`, resuming a part left by an earlier attempt or run, or returns
 * "unchanged" when the local copy is current. Throws a DataUpdateError with a one-line message.
 */
export async function download(o: TDownloadOptions): Promise<TDownloadResult> {
  try {
    await mkdir(path.dirname(o.dest), { recursive: true });
  } catch (e) {
    throw (
      diskError(e, o.dest, 0) ??
      new DataUpdateError(`Cannot create ${path.dirname(o.dest)}: ${(e as Error).message}`)
    );
  }
  const retries = o.retries ?? 3;
  let delay = o.retryDelayMs ?? 5000;
  let restarted = false;
  for (let n = 0; ;) {
    try {
      return await attempt(o);
    } catch (e) {
      if (e instanceof Restart && !restarted) {
        restarted = true;
        o.log?.(`${e.message}: downloading it again from the beginning.`);
        continue;
      }
      if (!(e instanceof Retryable) && !(e instanceof Restart)) throw e;
      if (n >= retries || o.signal?.aborted) {
        const kept = (await sizeOf(sidecarPaths(o.dest).part)) ?? 0;
        throw new DataUpdateError(
          `${e.message.replace(/\.$/, "")}${n > 0 ? ` (${n + 1} attempts)` : ""}.${kept > 0 ? ` ${formatBytes(kept)} kept: the next run resumes.` : ""}`,
        );
      }
      n++;
      o.log?.(`${e.message}; trying again in ${duration(delay)}.`);
      await sleep(delay, o.signal);
      delay *= 2;
    }
  }
}
