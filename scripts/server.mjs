// @ts-check
// The production server, run by `npm start`, the benchmark and the end-to-end tests:
//   node scripts/server.mjs [-p PORT] [-H HOSTNAME]      (TRUSTED_PROXIES: see README, Configuration)
// Next.js serves everything, except the search's JSON API (GET /api/providers and
// /api/providers/points), which this server answers itself with the same functions the route
// handlers use (lib/http/search-api.ts), skipping Next.js's per-request pipeline: measured, that
// pipeline cost about half of the CPU a search took (decision 0004). instrumentation.ts leaves those
// functions on globalThis when Next.js starts; without them every request goes to Next.js.
// It also sets X-Forwarded-For to the one client address it trusts (TRUSTED_PROXIES), so a client
// cannot pick its own network for the rate limits.
import { createServer } from "node:http";
import path from "node:path";
import { securityHeadersFromEnv } from "../lib/http/security-headers.mjs";
import { builtSecurityHeaders, clientAddress, parseServerArgs, parseTrustedProxies, serveDirect } from "./lib/server-http.mjs";

/** Where instrumentation.ts leaves the routes (lib/http/direct-routes.ts, DIRECT_ROUTES_KEY). */
const DIRECT_ROUTES_KEY = Symbol.for("neckcare.directRoutes");

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
  // The one client address the app may trust (rate limits, abuse signals: lib/http/client-ip.ts),
  // in place of whatever X-Forwarded-For the client sent.
  req.headers["x-forwarded-for"] = clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedHops);
  delete req.headers["x-real-ip"];

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
  handle(req, res).catch((e) => {
    // As `next start` does when its handler rejects.
    console.error(e);
    if (res.headersSent) res.destroy();
    else {
      res.statusCode = 500;
      res.end("Internal Server Error");
    }
  });
});

server.on("error", (e) => {
  const code = /** @type {NodeJS.ErrnoException} */ (e).code;
  console.error(code === "EADDRINUSE" ? `server: port ${args.port} is already in use.` : `server: ${e.message}`);
  process.exit(1);
});

server.listen(args.port, args.hostname, () => {
  const host = args.hostname ?? "localhost";
  const where = `http://${host.includes(":") ? `[${host}]` : host}:${args.port}`;
  console.log(`Ready on ${where}${directRoutes() ? "" : " (the search API goes through Next.js: instrumentation did not register it)"}.`);
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
