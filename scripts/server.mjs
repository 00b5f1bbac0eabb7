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
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { securityHeadersFromEnv } from "../lib/http/security-headers.mjs";
import { clientAddress, parseServerArgs, parseTrustedProxies, writeJsonAnswer } from "./lib/server-http.mjs";

/** Where instrumentation.ts leaves the routes (lib/http/direct-routes.ts, DIRECT_ROUTES_KEY). */
const DIRECT_ROUTES_KEY = Symbol.for("neckcare.directRoutes");

/** @typedef {(params: URLSearchParams) => Promise<{ status: number, body: unknown, headers?: Record<string, string> }>} TDirectRoute */

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
const securityHeaders = securityHeadersFromEnv(process.env);

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: args.hostname, port: args.port });
try {
  await app.prepare();
} catch (e) {
  console.error(`server: Next.js could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const handle = app.getRequestHandler();

/** @returns {Record<string, TDirectRoute> | undefined} */
const directRoutes = () => /** @type {Record<symbol, Record<string, TDirectRoute> | undefined>} */ (/** @type {unknown} */ (globalThis))[DIRECT_ROUTES_KEY];

/** @param {TDirectRoute} route @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {string} query */
async function serveDirect(route, req, res, query) {
  let answer;
  try {
    answer = await route(new URLSearchParams(query));
  } catch (e) {
    // The routes turn their own errors into answers; this is the last line, as Next.js's is.
    const requestId = randomUUID();
    console.error(`[${requestId}]`, e);
    answer = { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again.", requestId } } };
  }
  try {
    await writeJsonAnswer(req, res, answer, securityHeaders);
  } catch (e) {
    console.error("server: writing an answer failed:", e);
    res.destroy();
  }
}

const server = createServer((req, res) => {
  // The one client address the app may trust (rate limits, abuse signals: lib/http/client-ip.ts),
  // in place of whatever X-Forwarded-For the client sent.
  req.headers["x-forwarded-for"] = clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedHops);
  delete req.headers["x-real-ip"];
  const routes = directRoutes();
  if (routes && req.method === "GET" && req.url) {
    const q = req.url.indexOf("?");
    const pathname = q < 0 ? req.url : req.url.slice(0, q);
    if (Object.hasOwn(routes, pathname)) return void serveDirect(/** @type {TDirectRoute} */ (routes[pathname]), req, res, q < 0 ? "" : req.url.slice(q + 1));
  }
  void handle(req, res);
});

server.on("error", (e) => {
  const code = /** @type {NodeJS.ErrnoException} */ (e).code;
  console.error(code === "EADDRINUSE" ? `server: port ${args.port} is already in use.` : `server: ${e.message}`);
  process.exit(1);
});

server.listen(args.port, args.hostname, () => {
  const where = `http://${args.hostname ?? "localhost"}:${args.port}`;
  console.log(`Ready on ${where}${directRoutes() ? "" : " (the search API goes through Next.js: instrumentation did not register it)"}.`);
});

/** Stops taking connections, lets the ones in flight finish (at most 3 s), then exits. */
function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
