// @ts-check
// The production server, run by `npm start`, the benchmark and the end-to-end tests:
//   node scripts/server.mjs [-p PORT] [-H HOSTNAME]      (TRUSTED_PROXIES: see README, Configuration)
// Next.js serves everything, except the search's JSON API (GET /api/providers and
// /api/providers/points), which this server answers itself with the same functions the route
// handlers use (lib/http/search-api.ts), skipping Next.js's per-request pipeline: measured, that
// pipeline cost about half of the CPU a search took (decision 0004); and the pages prerendered
// for every visitor, which it answers itself after Next.js has answered them once
// (scripts/lib/static-pages.mjs, issue 15). instrumentation.ts leaves those
// functions on globalThis when Next.js starts; without them every request goes to Next.js.
// It appends the connection's address to X-Forwarded-For and vouches for it with a per-process
// token (lib/http/client-address.ts decides which entry to trust, TRUSTED_PROXIES), and refuses
// the malformed requests Next.js would answer with a 500 (scripts/lib/request-guard.mjs).
import { randomBytes } from "node:crypto";
import { createServer, IncomingMessage } from "node:http";
import path from "node:path";
import { securityHeadersFromEnv } from "../lib/http/security-headers.mjs";
import { checkPostBody, checkPostHeaders, checkRequestLine, MAX_BODY_BYTES } from "./lib/request-guard.mjs";
import { builtSecurityHeaders, originOnlyCacheControl, parseServerArgs, parseTrustedProxies, serveDirect } from "./lib/server-http.mjs";
import { SearchPageStore } from "./lib/search-pages.mjs";
import { PAGES_CHANGED_KEY, StaticPageStore } from "./lib/static-pages.mjs";

/** Where instrumentation.ts leaves the routes (lib/http/direct-routes.ts, DIRECT_ROUTES_KEY). */
const DIRECT_ROUTES_KEY = Symbol.for("neckcare.directRoutes");
/** Where instrumentation.ts leaves what keeping search pages needs (lib/http/direct-routes.ts, SEARCH_PAGES_KEY). */
const SEARCH_PAGES_KEY = Symbol.for("neckcare.searchPages");
/** lib/http/client-address.ts: PEER_TOKEN_KEY and PEER_TOKEN_HEADER. */
const PEER_TOKEN_KEY = Symbol.for("neckcare.peerToken");
const PEER_TOKEN_HEADER = "x-neckcare-peer-token";
const peerToken = randomBytes(32).toString("base64url");
/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[PEER_TOKEN_KEY] = peerToken;

/** @typedef {import("./lib/server-http.mjs").TDirectRoute} TDirectRoute */

const args = parseServerArgs(process.argv.slice(2), process.env);
if (!args.ok) {
  console.error(`server: ${args.message}`);
  process.exit(2);
}
const proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
if (!proxies.ok) {
  console.error(`server: ${proxies.message}`);
  process.exit(2);
}
const trustedHops = proxies.hops;
process.title = "neckcare-server";
// As `next start` does: the production build runs in production mode.
process.env.NODE_ENV = "production";

const dir = path.resolve(import.meta.dirname, "..");
const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname: args.hostname, port: args.port });
try {
  await app.prepare();
} catch (e) {
  console.error(`server: Next.js could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const handle = app.getRequestHandler();
// The security headers the build gave every path; the shared list from the environment if the
// manifest lacks them.
const securityHeaders = builtSecurityHeaders(path.join(dir, process.env.NEXT_DIST_DIR || ".next")) ?? securityHeadersFromEnv(process.env);

/** @returns {Record<string, TDirectRoute> | undefined} */
const directRoutes = () => /** @type {Record<symbol, Record<string, TDirectRoute> | undefined>} */ (/** @type {unknown} */ (globalThis))[DIRECT_ROUTES_KEY];

/** Answers Next.js gave that are the same for every visitor; profiles' expire with them (lib/profile-cache.ts). */
const staticPages = new StaticPageStore();
/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[PAGES_CHANGED_KEY] = () => staticPages.expire();

/**
 * Search pages kept per address and read-model version (scripts/lib/search-pages.mjs), once
 * instrumentation.ts has said how (SEARCH_PAGE_CACHE_MB, the version's statement).
 * @type {SearchPageStore | null | undefined}
 */
let searchPagesStore;
/** @returns {SearchPageStore | null} */
function searchPages() {
  if (searchPagesStore !== undefined) return searchPagesStore;
  const setup = /** @type {Record<symbol, ConstructorParameters<typeof SearchPageStore>[0] | undefined>} */ (/** @type {unknown} */ (globalThis))[SEARCH_PAGES_KEY];
  // Not registered yet (Next.js runs instrumentation.ts on its first request): asked again next time.
  if (!setup) return null;
  searchPagesStore = setup.maxBytes > 0 ? new SearchPageStore(setup) : null;
  return searchPagesStore;
}

let stopping = false;
let warnedForwarded = false;

const server = createServer((req, res) => {
  // While stopping, every answer closes its connection, so keep-alive clients move elsewhere; a
  // connection whose answer was in flight when the stop came is closed once it goes idle.
  if (stopping) res.setHeader("Connection", "close");
  res.on("finish", () => {
    if (stopping) server.closeIdleConnections();
  });
  if (trustedHops === 0 && req.headers["x-forwarded-for"] && !warnedForwarded) {
    warnedForwarded = true;
    console.warn("server: a request came with X-Forwarded-For, which is ignored (TRUSTED_PROXIES=0). Behind a proxy, set TRUSTED_PROXIES=1.");
  }
  // The connection's address joins the chain, vouched for by this process's token (a client's
  // copy of the header is dropped first); lib/http/client-address.ts picks the entry to trust.
  delete req.headers[PEER_TOKEN_HEADER];
  delete req.headers["x-real-ip"];
  const chain = req.headers["x-forwarded-for"];
  const peer = (req.socket.remoteAddress ?? "unknown").replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
  req.headers[PEER_TOKEN_HEADER] = peerToken;

  const refused = checkRequestLine(req.method, req.url);
  if (refused) return refuse(req, res, refused);

  const routes = directRoutes();
  if (routes && req.method === "GET" && req.url) {
    const q = req.url.indexOf("?");
    const pathname = q < 0 ? req.url : req.url.slice(0, q);
    if (Object.hasOwn(routes, pathname)) {
      serveDirect(/** @type {TDirectRoute} */ (routes[pathname]), req, res, securityHeaders).catch((e) => {
        console.error("server: answering failed:", e);
        res.destroy();
      });
      return;
    }
  }
  if (req.method === "POST") {
    guardedPost(req, res).catch((e) => {
      console.error("server: reading a request failed:", e);
      if (!res.headersSent) refuse(req, res, { status: 400, message: "The request could not be read." });
      else res.destroy();
    });
    return;
  }
  pass(req, res);
});

/**
 * Hands a request to Next.js, or answers it from the pages Next.js prerendered for every visitor
 * once it has answered it (scripts/lib/static-pages.mjs).
 * @param {IncomingMessage} req @param {import("node:http").ServerResponse} res
 */
function pass(req, res) {
  const search = searchPages();
  const searchKey = search?.keyOf(req) ?? null;
  if (search && searchKey !== null) {
    search.lookup(searchKey).then(
      ({ version, page }) => {
        if (page) return search.serve(page, req, res);
        if (version !== null) search.record(searchKey, version, req, res);
        toNext(req, res, null);
      },
      (e) => {
        console.error("server: the search page store failed:", e);
        toNext(req, res, null);
      },
    );
    return;
  }
  const key = staticPages.keyOf(req);
  const stored = key === null ? undefined : staticPages.get(key);
  if (stored) return staticPages.serve(stored, req, res);
  toNext(req, res, key);
}

/**
 * Hands a request to Next.js; with a key of the store of pages prerendered for every visitor,
 * its answer is recorded there.
 * @param {IncomingMessage} req @param {import("node:http").ServerResponse} res @param {string | null} key
 */
function toNext(req, res, key) {
  // The security headers on every answer, also those Next.js writes without its configured headers
  // (redirects of "//" paths, its own 500 page); its own setHeader calls replace these.
  for (const { key: name, value } of securityHeaders) res.setHeader(name, value);
  // Pages are cached here, and expired here when they change: not by caches in front (issue 15).
  /** @type {unknown} */
  let nextCacheControl;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (name.toLowerCase() !== "cache-control") return setHeader(name, value);
    nextCacheControl = value;
    return setHeader(name, /** @type {string} */ (originOnlyCacheControl(value)));
  };
  if (key !== null) staticPages.record(key, req, res, () => nextCacheControl);
  handle(req, res).catch((e) => {
    // As `next start` does when its handler rejects.
    console.error(e);
    if (res.headersSent) res.destroy();
    else {
      res.statusCode = 500;
      res.end("Internal Server Error");
    }
  });
}

/**
 * A refusal of scripts/lib/request-guard.mjs: its status, the security headers, one line of text.
 * @param {IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @param {import("./lib/request-guard.mjs").TRefusal} refusal
 */
function refuse(req, res, refusal) {
  /** @type {Record<string, string>} */
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  for (const { key, value } of securityHeaders) headers[key] = value;
  Object.assign(headers, refusal.headers);
  // The rest of a refused body is not read: the connection closes after the answer.
  if (req.method === "POST" && !req.complete) headers.Connection = "close";
  res.writeHead(refusal.status, headers);
  res.end(req.method === "HEAD" ? undefined : `${refusal.message}\n`);
}

/**
 * A POST: its headers and (for pages) its whole body checked before Next.js sees it; the body,
 * read into memory (at most 1 MB), is then handed on in a fresh request object.
 * @param {IncomingMessage} req @param {import("node:http").ServerResponse} res
 */
async function guardedPost(req, res) {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  const refused = checkPostHeaders(pathname, req.headers);
  if (refused) return refuse(req, res, refused);
  if (pathname.startsWith("/api/")) return pass(req, res);
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return refuse(req, res, { status: 413, message: "The request body is larger than 1 MB." });
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const problem = await checkPostBody(req.headers["content-type"], body, typeof req.headers["next-action"] === "string");
  if (problem) return refuse(req, res, problem);
  const replay = new IncomingMessage(req.socket);
  replay.method = req.method;
  replay.url = req.url;
  replay.httpVersion = req.httpVersion;
  replay.httpVersionMajor = req.httpVersionMajor;
  replay.httpVersionMinor = req.httpVersionMinor;
  replay.headers = { ...req.headers, "content-length": String(body.length) };
  delete replay.headers["transfer-encoding"];
  replay.rawHeaders = Object.entries(replay.headers).flatMap(([k, v]) => [k, String(v)]);
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  pass(replay, res);
}

server.on("error", (e) => {
  const code = /** @type {NodeJS.ErrnoException} */ (e).code;
  console.error(code === "EADDRINUSE" ? `server: port ${args.port} is already in use.` : `server: ${e.message}`);
  process.exit(1);
});

server.listen(args.port, args.hostname, () => {
  const host = args.hostname ?? "localhost";
  const where = `http://${host.includes(":") ? `[${host}]` : host}:${args.port}`;
  // In production Next.js runs instrumentation.ts (which registers the search API and checks the
  // environment) on its first request: one request of our own makes that happen now, so the
  // message below tells the truth and a bad configuration stops the server at once.
  const probeHost = !args.hostname || args.hostname === "0.0.0.0" || args.hostname === "::" ? "127.0.0.1" : args.hostname;
  fetch(`http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${args.port}/api/health`, { signal: AbortSignal.timeout(60_000) })
    .catch(() => undefined)
    .then(() => {
      console.log(`Ready on ${where}${directRoutes() ? "" : " (the search API goes through Next.js: instrumentation did not register it)"}.`);
    });
});

/**
 * Stops taking connections and lets the requests in flight finish: idle keep-alive connections
 * close now, busy ones after their answer (which says "Connection: close"); after 5 s whatever is
 * left is cut.
 */
function stop() {
  stopping = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
