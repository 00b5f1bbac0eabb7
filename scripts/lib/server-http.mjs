// @ts-check
// Pieces of the production server (scripts/server.mjs) that tests can reach: its command line, the
// client's address, the security headers of the build and how it writes a JSON answer.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/**
 * Next.js compresses (its `compress` option, the compression package) from 1 kB up; so does this,
 * with gzip only: a client that accepts only deflate or br gets the answer uncompressed.
 */
export const GZIP_MIN_BYTES = 1024;

/**
 * `-p/--port N` (or PORT, default 3000) and `-H/--hostname HOST` (default: every interface), as
 * `next start` takes them.
 * @param {string[]} argv @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, port: number, hostname: string | undefined } | { ok: false, message: string }}
 */
export function parseServerArgs(argv, env) {
  /** @type {string | undefined} */
  let portText = env.PORT;
  /** @type {string | undefined} */
  let hostname;
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${name} needs a value.`);
      return v;
    };
    try {
      if (name === "-p" || name === "--port") portText = value();
      else if (name === "-H" || name === "--hostname") hostname = value();
      else return { ok: false, message: `Unknown option "${arg}". Use -p PORT and -H HOSTNAME.` };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
  const port = Number(portText ?? 3000);
  if (!/^\d+$/.test(portText ?? "3000") || port < 1 || port > 65535) {
    return { ok: false, message: `The port must be a whole number from 1 to 65535 (got "${portText}").` };
  }
  return { ok: true, port, hostname };
}

/**
 * TRUSTED_PROXIES: how many reverse proxies in front of the server append the address they saw to
 * X-Forwarded-For (default 0: none; the socket's peer is the client).
 * @param {string | undefined} text
 * @returns {{ ok: true, hops: number } | { ok: false, message: string }}
 */
export function parseTrustedProxies(text) {
  if (text === undefined || text === "") return { ok: true, hops: 0 };
  if (!/^\d+$/.test(text) || Number(text) > 10) {
    return { ok: false, message: `TRUSTED_PROXIES must be the number of proxies in front of the server, 0 to 10 (got "${text}").` };
  }
  return { ok: true, hops: Number(text) };
}

/**
 * The client's address: the socket's peer, or with N trusted proxies the address the outermost of
 * them saw (the Nth X-Forwarded-For entry from the right). Entries further left were written by
 * the client and are ignored. IPv4 addresses mapped into IPv6 ("::ffff:1.2.3.4") come back as IPv4.
 * @param {string | undefined} forwardedFor @param {string | undefined} socketAddress @param {number} hops
 */
export function clientAddress(forwardedFor, socketAddress, hops) {
  const chain = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  chain.push(socketAddress ?? "unknown");
  const address = /** @type {string} */ (chain[Math.max(0, chain.length - 1 - hops)]);
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

/**
 * Whether an Accept-Encoding header accepts gzip: named with q > 0, or "*" with q > 0 when gzip is
 * not named.
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  /** @type {number | undefined} */
  let gzipQ;
  /** @type {number | undefined} */
  let starQ;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim());
    const qParam = params.find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    if (coding.toLowerCase() === "gzip") gzipQ = q;
    else if (coding === "*") starQ = q;
  }
  return (gzipQ ?? starQ ?? 0) > 0;
}

/** @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} TAnswer */
/** @typedef {(params: URLSearchParams) => Promise<TAnswer>} TDirectRoute */

/**
 * Writes a JSON answer ({ status, body, headers }, lib/http/json-error.ts) with the site's security
 * headers, gzip-compressed when the client accepts it and the body is large enough.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {TAnswer} answer
 * @param {Array<{ key: string, value: string }>} securityHeaders
 */
export async function writeJsonAnswer(req, res, answer, securityHeaders) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { key, value } of securityHeaders) headers[key] = value;
  Object.assign(headers, answer.headers, { "Content-Type": "application/json", Vary: "Accept-Encoding" });
  let body = Buffer.from(JSON.stringify(answer.body));
  if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers["accept-encoding"])) {
    body = await gzipAsync(body);
    headers["Content-Encoding"] = "gzip";
  }
  headers["Content-Length"] = String(body.length);
  res.writeHead(answer.status, headers);
  res.end(body);
}

/**
 * The 500 answer of lib/http/json-error.ts (answerFromUnknown), written again here because this
 * plain-JavaScript server cannot import the app's TypeScript.
 * @param {unknown} e @returns {TAnswer}
 */
function internalError(e) {
  const requestId = randomUUID();
  console.error(`[${requestId}]`, e);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again.", requestId } } };
}

/**
 * Answers one request with a direct route: its query string as URLSearchParams (parsed as
 * Next.js's `request.nextUrl` does), the route's answer written as JSON. The routes turn their own
 * errors into answers; a route that throws anyway, or an answer that cannot be written, becomes a
 * JSON 500 with a request id (logged), never a stack trace.
 * @param {TDirectRoute} route
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Array<{ key: string, value: string }>} securityHeaders
 */
export async function serveDirect(route, req, res, securityHeaders) {
  let answer;
  try {
    answer = await route(new URL(req.url ?? "/", "http://localhost").searchParams);
  } catch (e) {
    answer = internalError(e);
  }
  try {
    await writeJsonAnswer(req, res, answer, securityHeaders);
  } catch (e) {
    if (res.headersSent) {
      console.error("server: writing an answer failed:", e);
      res.destroy();
    } else await writeJsonAnswer(req, res, internalError(e), securityHeaders);
  }
}

/**
 * The headers `next build` resolved for every path ("/:path*" in next.config.js), read from the
 * build's routes manifest, so the answers written here carry exactly what the pages carry even if
 * the environment changed since the build. Null when the manifest has no such entry.
 * @param {string} distDir
 * @returns {Array<{ key: string, value: string }> | null}
 */
export function builtSecurityHeaders(distDir) {
  const file = `${distDir}/routes-manifest.json`;
  if (!existsSync(file)) return null;
  /** @type {{ headers?: Array<{ source: string, headers: Array<{ key: string, value: string }> }> }} */
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  return manifest.headers?.find((h) => h.source === "/:path*")?.headers ?? null;
}

/**
 * The Cache-Control of an answer Next.js gives from its page cache (`s-maxage=…,
 * stale-while-revalidate=…`), made safe for caches in front of the server: a shared cache (a CDN, a
 * proxy) would keep a cached provider profile for up to an hour after the change that expired it on
 * the server (issue 15). Browsers and proxies may keep the page but must ask again each time, and
 * the server answers an unchanged page with its ETag (304). Other values pass unchanged.
 * @param {unknown} value
 */
export function originOnlyCacheControl(value) {
  return typeof value === "string" && /\bs-maxage=/i.test(value) ? "public, max-age=0, must-revalidate" : value;
}
