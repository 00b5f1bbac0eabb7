// HTTP for the data update: Node's built-in fetch with timeouts, and every failure turned into one
// line an operator can act on (which address, what went wrong), never a stack trace.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

/** A problem that stops one step of the update. Its message is one line for the operator. */
export class DataUpdateError extends Error {
  override name = "DataUpdateError";
}

export type TTimeouts = {
  /** From sending the request to the answer's headers (default 30 s). */
  headersMs?: number;
  /** Longest pause between two chunks of a body (default 60 s). */
  idleMs?: number;
};

export const DEFAULT_TIMEOUTS = { headersMs: 30_000, idleMs: 60_000 } as const;

/** 30000 -> "30 s", 300 -> "300 ms". */
export const duration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

export const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

type TErrorLike = { name?: string; code?: string; message?: string; cause?: unknown; hostname?: string };

/** The innermost cause: fetch wraps network errors as `TypeError: fetch failed` with a cause. */
function rootCause(e: unknown): TErrorLike {
  let err = e as TErrorLike;
  for (let i = 0; i < 5 && err?.cause; i++) err = err.cause as TErrorLike;
  return err ?? {};
}

/** What went wrong talking to `url`, as the end of a sentence. */
export function describeNetworkError(e: unknown, url: string): string {
  const host = hostOf(url);
  const cause = rootCause(e);
  const outer = e as TErrorLike;
  switch (cause.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot resolve ${cause.hostname ?? host} (DNS lookup failed): check the address and the network`;
    case "ECONNREFUSED":
      return `${host} refused the connection`;
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return `the connection to ${host} was cut`;
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return `connecting to ${host} timed out`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${host} is unreachable: check the network`;
    case "CERT_HAS_EXPIRED":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
      return `${host}'s TLS certificate was refused (${cause.code})`;
  }
  if (outer?.message === "terminated" || cause.message === "terminated")
    return `the connection to ${host} was cut`;
  const text = (cause.message ?? outer?.message ?? String(e)).split("\n")[0]!;
  return `${host}: ${text}`;
}

/** A timer that aborts `controller` unless `kick` is called within `ms`. */
export function watchdog(controller: AbortController, ms: number, reason: () => string) {
  let timer: NodeJS.Timeout | undefined;
  const kick = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new DataUpdateError(reason())), ms);
    timer.unref?.();
  };
  kick();
  return { kick, stop: () => clearTimeout(timer) };
}

/**
 * fetch with a timeout for the answer's headers, the caller's signal (Ctrl-C) and one-line errors.
 * The returned controller aborts the body too: the caller keeps its own idle watchdog on it.
 */
export async function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; signal?: AbortSignal; timeouts?: TTimeouts },
): Promise<{ response: Response; controller: AbortController }> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(init.signal?.reason);
  if (init.signal?.aborted) onAbort();
  init.signal?.addEventListener("abort", onAbort, { once: true });
  const headersMs = init.timeouts?.headersMs ?? DEFAULT_TIMEOUTS.headersMs;
  const dog = watchdog(
    controller,
    headersMs,
    () => `${hostOf(url)} did not answer within ${duration(headersMs)}`,
  );
  try {
    const response = await fetch(url, {
      method: init.method ?? "GET",
      // identity: a byte range of a gzip-encoded answer would not be a range of the file.
      headers: {
        "accept-encoding": "identity",
        "user-agent": "neckcare-finder data:update",
        ...init.headers,
      },
      signal: controller.signal,
      redirect: "follow",
    });
    return { response, controller };
  } catch (e) {
    if (controller.signal.aborted && controller.signal.reason instanceof DataUpdateError)
      throw controller.signal.reason;
    if (init.signal?.aborted) throw new DataUpdateError("Interrupted.");
    throw new DataUpdateError(`Cannot fetch ${url}: ${describeNetworkError(e, url)}.`);
  } finally {
    // The caller's signal stays wired to the controller: Ctrl-C must also stop the body.
    dog.stop();
  }
}

/** "404 Not Found" for an answer that is not a success. */
export const statusText = (r: Response) => `${r.status}${r.statusText ? ` ${r.statusText}` : ""}`;

/** A small document (an index page, a catalog), read whole: one-line errors, timeouts. */
export async function fetchText(
  url: string,
  opts: { signal?: AbortSignal; timeouts?: TTimeouts } = {},
): Promise<string> {
  const { response, controller } = await request(url, opts);
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new DataUpdateError(`${url} answered ${statusText(response)}.`);
  }
  const idleMs = opts.timeouts?.idleMs ?? DEFAULT_TIMEOUTS.idleMs;
  const dog = watchdog(controller, idleMs, () => `${hostOf(url)} stopped sending for ${duration(idleMs)}`);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of response.body ? Readable.fromWeb(response.body as WebReadableStream) : []) {
      dog.kick();
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (e) {
    if (controller.signal.reason instanceof DataUpdateError) throw controller.signal.reason;
    if (opts.signal?.aborted) throw new DataUpdateError("Interrupted.");
    throw new DataUpdateError(`Reading ${url} failed: ${describeNetworkError(e, url)}.`);
  } finally {
    dog.stop();
  }
}

export async function fetchJson(
  url: string,
  opts: { signal?: AbortSignal; timeouts?: TTimeouts } = {},
): Promise<unknown> {
  const text = await fetchText(url, opts);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataUpdateError(
      `${url} did not answer JSON (it starts with ${JSON.stringify(text.slice(0, 40))}).`,
    );
  }
}
