// @ts-check
// Pages that are the same for every visitor and cannot change while this build runs (the home page,
// /checklist, the information pages, in both languages): after Next.js has answered one, the
// production server (scripts/server.mjs) answers the same request itself with the same status,
// headers and bytes, skipping Next.js's per-request pipeline (routing, its cache lookup, an ETag
// computed over the whole page, compression). Issue 15; the search API does the same (decision 0004).
//
// What qualifies, decided from Next.js's own answer: status 200, a prerendered page
// (`x-nextjs-prerender`) whose Cache-Control from Next.js says it is never revalidated
// (`s-maxage=31536000` with no stale-while-revalidate: a page with `revalidate`, on-demand tags or a
// dynamic render says otherwise), no cookie set. What is answered from the store: GET and HEAD
// without a query string (a query can route elsewhere through next.config.js's rewrites), without
// the headers of the app router's own requests (RSC payloads, prefetches, server actions) and
// without a preview or draft-mode cookie. Each Accept-Encoding is its own entry (Next.js compresses
// per request), at most VARIANTS per path; the store holds at most MAX_ENTRIES answers.

const VARIANTS = 6;
const MAX_ENTRIES = 128;
/** Next.js's Cache-Control for a prerendered page that is never revalidated. */
const NEVER_REVALIDATED = /^s-maxage=31536000$/;
/** Headers of the app router's own requests, answered by Next.js with something else than the page. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Headers not stored: per-connection or per-answer. */
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** @typedef {{ headers: Record<string, string | string[]>, body: Buffer, etag: string | null }} TStoredPage */

export class StaticPageStore {
  /** @type {Map<string, TStoredPage>} */
  #pages = new Map();
  /** @type {Map<string, number>} */
  #variants = new Map();

  get size() {
    return this.#pages.size;
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
    for (const h of ROUTER_HEADERS) if (req.headers[h] !== undefined) return null;
    const cookie = req.headers.cookie;
    if (cookie && /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/.test(cookie)) return null;
    const encoding = req.headers["accept-encoding"];
    return `${url}\n${Array.isArray(encoding) ? encoding.join(",") : (encoding ?? "")}`;
  }

  /** @param {string} key */
  get(key) {
    return this.#pages.get(key);
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
    if (req.method !== "GET" || this.#pages.size >= MAX_ENTRIES) return;
    const path = key.slice(0, key.indexOf("\n"));
    if ((this.#variants.get(path) ?? 0) >= VARIANTS) return;
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
    res.once("finish", () => {
      if (failed || res.statusCode !== 200 || this.#pages.has(key) || this.#pages.size >= MAX_ENTRIES) return;
      const cacheControl = nextCacheControl();
      if (typeof cacheControl !== "string" || !NEVER_REVALIDATED.test(cacheControl.trim())) return;
      const headers = res.getHeaders();
      if (!headers["x-nextjs-prerender"] || headers["set-cookie"] !== undefined) return;
      /** @type {Record<string, string | string[]>} */
      const stored = {};
      // Under the names as Next.js wrote them (HTTP does not care; people reading headers do).
      const names = /** @type {{ getRawHeaderNames?: () => string[] }} */ (/** @type {unknown} */ (res)).getRawHeaderNames?.() ?? res.getHeaderNames();
      for (const raw of names) {
        const name = raw.toLowerCase();
        const value = headers[name];
        if (value === undefined || NOT_STORED.has(name)) continue;
        stored[raw] = Array.isArray(value) ? value.map(String) : String(value);
      }
      const body = Buffer.concat(chunks);
      const etag = typeof headers.etag === "string" ? headers.etag : null;
      this.#pages.set(key, { headers: stored, body, etag });
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
}
