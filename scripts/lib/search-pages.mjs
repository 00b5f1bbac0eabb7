// @ts-check
// The search page (/search, /es/search) as HTML, kept by the production server (scripts/server.mjs)
// per address and per version of the search read model (issue 15, decision 0009).
//
// A search page shows nothing but what its address asks and what the read model holds: no cookie,
// no session, no client address is read while rendering it (app/[locale]/(public)/search/page.tsx
// says so where it would change). Its content is therefore a function of (address, read-model
// version, build), give or take dates that turn with the clock, which every page kept here outlives
// by at most MAX_AGE_MS. The read model's version ("epoch:generation", decision 0008) moves with
// every change a result card, a facet or a count shows, by construction (the triggers of
// migration 20261203200000_search_card_changes), in any process that writes to the database.
//
// So: every request for a search page reads the database's version (one statement that reads one
// row, as a search whose cards are all cached does). A page kept for this address at that version,
// younger than MAX_AGE_MS, is the answer, with the same status, headers and bytes Next.js gave.
// Otherwise Next.js renders it, and the answer is kept under the version read before the render:
// the render read that version or a newer one, never an older (versions only move forward). It is
// kept only if the version has not moved by the end of the render (else no later request, which
// reads the newer version, would take it), and only a 200 HTML answer that sets no cookie. Requests that arrive while the same address is
// being rendered wait for that render instead of rendering it again, and take its answer only if
// it is at the version they read on arrival.
//
// Kept: at most `maxBytes` of answers (SEARCH_PAGE_CACHE_MB), the least recently used dropped first.
import { shouldServeStreamingMetadata } from "next/dist/server/lib/streaming-metadata.js";
import { plainPageRequest, captureBody, serveStored, storedHeaders } from "./static-pages.mjs";

/** A kept page is answered for at most this long after its render (dates on it turn true on time). */
export const MAX_AGE_MS = 60_000;
/** At most this many answers are kept, whatever their size. */
const MAX_ENTRIES = 2048;
/** Addresses longer than this are never kept (nobody shares them; they would crowd the store). */
const MAX_URL_LENGTH = 2048;
/** Longer Accept-Encoding values (browsers send about 30 characters) are not worth a page of their own. */
const MAX_ENCODING_LENGTH = 256;
/** A request waits at most this long for a render of the same address by another request. */
const WAIT_MS = 10_000;

/** @typedef {{ headers: Record<string, string | string[]>, body: Buffer, etag: string | null, version: string, renderedAt: number, size: number }} TKeptSearchPage */

export class SearchPageStore {
  /** @type {Map<string, TKeptSearchPage>} */
  #pages = new Map();
  /** Renders under way, by key: resolved when the answer is kept or known not to be. @type {Map<string, Promise<void>>} */
  #rendering = new Map();
  #bytes = 0;
  #maxBytes;
  /** @type {ReadonlySet<string>} */
  #paths;
  /** @type {() => Promise<string | null>} */
  #version;
  /** @type {() => number} */
  #now;

  /**
   * @param {{ paths: readonly string[], maxBytes: number, version: () => Promise<string | null>, now?: () => number }} opts
   *   paths: the search page's paths (one per language); version: the read model's version now, null when unknown.
   */
  constructor(opts) {
    this.#paths = new Set(opts.paths);
    this.#maxBytes = opts.maxBytes;
    this.#version = opts.version;
    this.#now = opts.now ?? Date.now;
  }

  get size() {
    return this.#pages.size;
  }

  get bytes() {
    return this.#bytes;
  }

  /**
   * The key of a request for a search page that may be answered from here, or null.
   * @param {import("node:http").IncomingMessage} req
   * @returns {string | null}
   */
  keyOf(req) {
    if (this.#maxBytes <= 0 || (req.method !== "GET" && req.method !== "HEAD")) return null;
    const url = req.url ?? "";
    if (url.length > MAX_URL_LENGTH || url.includes("#")) return null;
    const q = url.indexOf("?");
    if (!this.#paths.has(q < 0 ? url : url.slice(0, q))) return null;
    if (!plainPageRequest(req)) return null;
    const header = req.headers["accept-encoding"];
    const encoding = Array.isArray(header) ? header.join(",") : (header ?? "");
    if (encoding.length > MAX_ENCODING_LENGTH) return null;
    // Next.js renders a page's metadata into <head> for crawlers and link previewers that cannot read
    // it streamed into <body> (its list of user agents), and streams it for everyone else: two
    // different pages for one address, each kept apart. Next.js's own test, with its default list:
    // if next.config.js ever sets `htmlLimitedBots`, pass that list here too.
    const metadata = shouldServeStreamingMetadata(req.headers["user-agent"] ?? "", undefined)
      ? "stream"
      : "head";
    return `${url}\n${encoding}\n${metadata}`;
  }

  /**
   * The read model's version now, and the page kept for `key` at that version if there is one
   * (waiting for a render of the same address under way). Version null: the database did not say;
   * the request goes to Next.js and nothing is kept.
   * @param {string} key
   * @returns {Promise<{ version: string | null, page: TKeptSearchPage | undefined }>}
   */
  async lookup(key) {
    const version = await this.#version().catch(() => null);
    if (version === null) return { version, page: undefined };
    let page = this.#fresh(key, version);
    const rendering = this.#rendering.get(key);
    if (!page && rendering) {
      await Promise.race([rendering, new Promise((r) => setTimeout(r, WAIT_MS).unref())]);
      page = this.#fresh(key, version);
    }
    return { version, page };
  }

  /** @param {string} key @param {string} version */
  #fresh(key, version) {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (page.version !== version || this.#now() - page.renderedAt >= MAX_AGE_MS) {
      // Never answered again: versions only move forward, and its time is up.
      this.#drop(key);
      return undefined;
    }
    // Least recently used last out: a hit moves to the end.
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  /**
   * Records Next.js's answer to a GET for `key`, rendered after the read model's version was
   * `version`, and keeps it once sent if it qualifies. Call before handing the request to Next.js.
   * @param {string} key
   * @param {string} version
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  record(key, version, req, res) {
    if (req.method !== "GET" || this.#rendering.has(key)) return;
    const renderedAt = this.#now();
    /** @type {() => void} */
    let done = () => {};
    this.#rendering.set(key, new Promise((r) => (done = r)));
    const finish = () => {
      this.#rendering.delete(key);
      done();
    };
    const body = captureBody(res);
    res.once("close", () => {
      if (!res.writableFinished || body.failed || res.statusCode !== 200) return finish();
      const headers = res.getHeaders();
      if (
        headers["set-cookie"] !== undefined ||
        !String(headers["content-type"] ?? "").startsWith("text/html")
      )
        return finish();
      const stored = storedHeaders(res);
      const bytes = body.bytes();
      const etag = typeof headers.etag === "string" ? headers.etag : null;
      this.#version()
        .catch(() => null)
        .then((after) => {
          // Moved meanwhile: no later request would take it.
          // Counted against the bound: the body, its key and its headers.
          const size = bytes.length + key.length + JSON.stringify(stored).length;
          if (after === version)
            this.#keep(key, { headers: stored, body: bytes, etag, version, renderedAt, size });
        })
        .finally(finish);
    });
  }

  /** @param {string} key @param {TKeptSearchPage} page */
  #keep(key, page) {
    if (page.size > this.#maxBytes / 4) return;
    this.#drop(key);
    this.#pages.set(key, page);
    this.#bytes += page.size;
    // Over the bounds: the least recently used go first (pages of an older version are never answered again).
    for (const [k] of this.#pages) {
      if (this.#bytes <= this.#maxBytes && this.#pages.size <= MAX_ENTRIES) break;
      this.#drop(k);
    }
  }

  /** @param {string} key */
  #drop(key) {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= page.size;
  }

  /**
   * Answers with a kept page (the same headers and bytes, and X-Page-Cache: HIT).
   * @param {TKeptSearchPage} page
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  serve(page, req, res) {
    res.setHeader("X-Page-Cache", "HIT");
    serveStored(page, req, res);
  }
}
