// @ts-check
// Pages that are the same for every visitor: after Next.js has answered one, the production server
// (scripts/server.mjs) answers the same request itself with the same status, headers and bytes,
// skipping Next.js's per-request pipeline (routing, its cache lookup, an ETag computed over the
// whole page, compression). Issue 15; the search API does the same (decision 0004).
//
// What qualifies, decided from Next.js's own answer: status 200, a prerendered page
// (`x-nextjs-prerender`), no cookie set, and by its Cache-Control from Next.js:
// - never revalidated (`s-maxage=31536000`: the home page, /checklist, the information pages):
//   kept while this build runs;
// - revalidated (`s-maxage=N, stale-while-revalidate=…`: provider profiles, ISR) and fresh from
//   Next.js's cache (`x-nextjs-cache` HIT or MISS, not STALE): kept for at most MAX_AGE_MS, and
//   dropped at once by expire(), which lib/profile-cache.ts calls (through PAGES_CHANGED_KEY)
//   whenever it expires profiles, and again EXPIRE_AGAIN_MS later, after Next.js has applied the
//   revalidation: an answer Next.js gave from its old copy meanwhile is not kept.
// A dynamic render says "private, no-store" and is never kept. What is answered from the store: GET and HEAD
// without a query string (a query can route elsewhere through next.config.js's rewrites), without
// the headers of the app router's own requests (RSC payloads, prefetches, server actions) and
// without a preview or draft-mode cookie. Each Accept-Encoding is its own entry (Next.js compresses
// per request), at most VARIANTS per path; the store holds at most MAX_ENTRIES answers.

const VARIANTS = 6;
const MAX_ENTRIES = 1024;
/** At most this many bytes of pages kept (profiles are about 65 kB, or 15 kB gzipped). */
const MAX_BYTES = 32 * 1024 * 1024;
/** Next.js's Cache-Control for a prerendered page that is never revalidated. */
const NEVER_REVALIDATED = /^s-maxage=31536000$/;
/** Next.js's Cache-Control for a prerendered page revalidated after N seconds (ISR). */
const REVALIDATED = /^s-maxage=(\d+)(?:,\s*stale-while-revalidate=\d+)?$/;
/** A revalidated page is kept at most this long (date-dependent remarks on it turn true on time). */
export const MAX_AGE_MS = 60_000;
/** expire() runs again this long after it was called. */
export const EXPIRE_AGAIN_MS = 2_000;
/** Where scripts/server.mjs leaves the store's expire(), for lib/profile-cache.ts. */
export const PAGES_CHANGED_KEY = Symbol.for("neckcare.pagesChanged");
/** Headers of the app router's own requests, answered by Next.js with something else than the page. */
export const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Headers not stored: per-connection or per-answer. */
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** @typedef {{ headers: Record<string, string | string[]>, body: Buffer, etag: string | null, expiresAt: number }} TStoredPage */

/** The name under which `headers` holds `lower` (any case), or "". @param {Record<string, unknown>} headers @param {string} lower */
function headerName(headers, lower) {
  return Object.keys(headers).find((k) => k.toLowerCase() === lower) ?? "";
}

export class StaticPageStore {
  /** @type {Map<string, TStoredPage>} */
  #pages = new Map();
  /** @type {Map<string, number>} */
  #variants = new Map();
  #bytes = 0;
  /** Raised by expire(): an answer recorded across it is not kept. */
  #expiries = 0;
  /** @type {() => number} */
  #now;

  /** @param {{ now?: () => number }} [opts] */
  constructor(opts = {}) {
    this.#now = opts.now ?? Date.now;
  }

  get size() {
    return this.#pages.size;
  }

  /**
   * Drops every kept page that Next.js revalidates (profiles), now and again EXPIRE_AGAIN_MS later;
   * pages never revalidated stay.
   */
  expire() {
    this.#dropRevalidated();
    setTimeout(() => this.#dropRevalidated(), EXPIRE_AGAIN_MS).unref();
  }

  #dropRevalidated() {
    this.#expiries++;
    for (const [key, page] of this.#pages) if (page.expiresAt !== Infinity) this.#delete(key);
  }

  #dropExpired() {
    const now = this.#now();
    for (const [key, page] of this.#pages) if (page.expiresAt <= now) this.#delete(key);
  }

  /** @param {string} key */
  #delete(key) {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= page.body.length;
    const path = key.slice(0, key.indexOf("\n"));
    const n = (this.#variants.get(path) ?? 1) - 1;
    if (n > 0) this.#variants.set(path, n);
    else this.#variants.delete(path);
  }

  /**
   * The key under which this request's answer is (or would be) stored; null when the request must
   * go to Next.js each time.
   * @param {import("node:http").IncomingMessage} req
   * @returns {string | null}
   */
  keyOf(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const url = req.url ?? "";
    if (!url.startsWith("/") || url.includes("?") || url.includes("#")) return null;
    if (!plainPageRequest(req)) return null;
    const encoding = req.headers["accept-encoding"];
    return `${url}\n${Array.isArray(encoding) ? encoding.join(",") : (encoding ?? "")}`;
  }

  /** @param {string} key */
  get(key) {
    const page = this.#pages.get(key);
    if (page && page.expiresAt <= this.#now()) {
      this.#delete(key);
      return undefined;
    }
    return page;
  }

  /**
   * Records Next.js's answer to a GET whose key is not stored yet, and stores it once it is sent if
   * it qualifies. Call before handing the request to Next.js. `nextCacheControl` returns the
   * Cache-Control Next.js set (before the server rewrote it for caches in front).
   * @param {string} key
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => unknown} nextCacheControl
   */
  record(key, req, res, nextCacheControl) {
    if (req.method !== "GET") return;
    if (this.#pages.size >= MAX_ENTRIES || this.#bytes >= MAX_BYTES) this.#dropExpired();
    if (this.#pages.size >= MAX_ENTRIES) return;
    const expiries = this.#expiries;
    const path = key.slice(0, key.indexOf("\n"));
    if ((this.#variants.get(path) ?? 0) >= VARIANTS) return;
    const body = captureBody(res);
    res.once("finish", () => {
      if (body.failed || res.statusCode !== 200 || this.#pages.has(key) || this.#pages.size >= MAX_ENTRIES) return;
      if (this.#expiries !== expiries) return;
      const headers = res.getHeaders();
      if (!headers["x-nextjs-prerender"] || headers["set-cookie"] !== undefined) return;
      const cacheControl = String(nextCacheControl() ?? "").trim();
      let expiresAt = Infinity;
      if (!NEVER_REVALIDATED.test(cacheControl)) {
        const revalidated = REVALIDATED.exec(cacheControl);
        const fresh = headers["x-nextjs-cache"] === "HIT" || headers["x-nextjs-cache"] === "MISS";
        if (!revalidated || !fresh || Number(revalidated[1]) <= 0) return;
        expiresAt = this.#now() + Math.min(MAX_AGE_MS, Number(revalidated[1]) * 1000);
      }
      const stored = storedHeaders(res);
      // Answered from here, it is a hit of the page cache (Next.js said MISS when it rendered it).
      if (headerName(stored, "x-nextjs-cache")) stored[headerName(stored, "x-nextjs-cache")] = "HIT";
      const bytes = body.bytes();
      if (this.#bytes + bytes.length > MAX_BYTES) return;
      const etag = typeof headers.etag === "string" ? headers.etag : null;
      this.#pages.set(key, { headers: stored, body: bytes, etag, expiresAt });
      this.#bytes += bytes.length;
      this.#variants.set(path, (this.#variants.get(path) ?? 0) + 1);
    });
  }

  /**
   * Answers from the store: the stored headers and bytes; 304 when the request's If-None-Match
   * holds the page's ETag (as Next.js does); no body for HEAD.
   * @param {TStoredPage} page
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  serve(page, req, res) {
    serveStored(page, req, res);
  }
}

/**
 * Collects the bytes an answer sends, as they go out. `failed` when a chunk was of a kind it cannot
 * copy (the answer is then not kept).
 * @param {import("node:http").ServerResponse} res
 * @returns {{ readonly failed: boolean, bytes: () => Buffer }}
 */
export function captureBody(res) {
  /** @type {Buffer[]} */
  const chunks = [];
  let failed = false;
  const collect = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    else failed = true;
  };
  const write = res.write;
  const end = res.end;
  res.write = /** @type {typeof res.write} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
      collect(chunk, encoding);
      return write.call(res, chunk, encoding, cb);
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
      collect(chunk, encoding);
      return end.call(res, chunk, encoding, cb);
    }
  );
  return {
    get failed() {
      return failed;
    },
    bytes: () => Buffer.concat(chunks),
  };
}

/**
 * The headers of a sent answer worth keeping, under the names as Next.js wrote them (HTTP does not
 * care; people reading headers do): not the per-connection or per-answer ones.
 * @param {import("node:http").ServerResponse} res
 * @returns {Record<string, string | string[]>}
 */
export function storedHeaders(res) {
  const headers = res.getHeaders();
  /** @type {Record<string, string | string[]>} */
  const stored = {};
  const names = /** @type {{ getRawHeaderNames?: () => string[] }} */ (/** @type {unknown} */ (res)).getRawHeaderNames?.() ?? res.getHeaderNames();
  for (const raw of names) {
    const name = raw.toLowerCase();
    const value = headers[name];
    if (value === undefined || NOT_STORED.has(name)) continue;
    stored[raw] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return stored;
}

/**
 * Answers with a kept page: its headers and bytes; 304 when the request's If-None-Match holds the
 * page's ETag (as Next.js does); no body for HEAD.
 * @param {{ headers: Record<string, string | string[]>, body: Buffer, etag: string | null }} page
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function serveStored(page, req, res) {
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  const match = req.headers["if-none-match"];
  if (page.etag && typeof match === "string" && match.split(",").some((t) => t.trim() === page.etag || t.trim() === "*")) {
    res.removeHeader("Content-Encoding");
    res.removeHeader("Content-Type");
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader("Content-Length", String(page.body.length));
  res.end(req.method === "HEAD" ? undefined : page.body);
}

/**
 * Whether a request asks for a page as a browser loading it would: not one of the app router's own
 * requests (RSC payloads, prefetches, server actions) and without a preview or draft-mode cookie.
 * @param {import("node:http").IncomingMessage} req
 */
export function plainPageRequest(req) {
  for (const h of ROUTER_HEADERS) if (req.headers[h] !== undefined) return false;
  const cookie = req.headers.cookie;
  return !(cookie && /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/.test(cookie));
}
