import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { securityHeadersFromEnv } from "@/lib/http/security-headers.mjs";
import {
  acceptsGzip,
  builtSecurityHeaders,
  clientAddress,
  GZIP_MIN_BYTES,
  originOnlyCacheControl,
  parseServerArgs,
  parseTrustedProxies,
  serveDirect,
  writeJsonAnswer,
} from "@/scripts/lib/server-http.mjs";

describe("parseServerArgs", () => {
  it("takes -p/-H and --port/--hostname, with PORT as the default port", () => {
    expect(parseServerArgs(["-p", "3001", "-H", "127.0.0.1"], {})).toEqual({ ok: true, port: 3001, hostname: "127.0.0.1" });
    expect(parseServerArgs(["--port=4000", "--hostname", "::1"], {})).toEqual({ ok: true, port: 4000, hostname: "::1" });
    expect(parseServerArgs([], { PORT: "8080" })).toEqual({ ok: true, port: 8080, hostname: undefined });
    expect(parseServerArgs([], {})).toEqual({ ok: true, port: 3000, hostname: undefined });
  });

  it("names what is wrong", () => {
    expect(parseServerArgs(["-p", "70000"], {})).toEqual({ ok: false, message: 'The port must be a whole number from 1 to 65535 (got "70000").' });
    expect(parseServerArgs([], { PORT: "3e3" })).toMatchObject({ ok: false, message: expect.stringContaining('"3e3"') });
    expect(parseServerArgs(["-p"], {})).toEqual({ ok: false, message: "-p needs a value." });
    expect(parseServerArgs(["--verbose"], {})).toEqual({ ok: false, message: 'Unknown option "--verbose". Use -p PORT and -H HOSTNAME.' });
  });
});

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("198.51.100.1");
    expect(clientAddress(undefined, "::ffff:198.51.100.1", 0)).toBe("198.51.100.1");
    expect(clientAddress(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
  });

  it("is what the outermost trusted proxy saw; entries a client wrote further left are ignored", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.1", "10.0.0.2", 2)).toBe("203.0.113.9");
    // Fewer entries than trusted proxies: the leftmost one there is.
    expect(clientAddress("203.0.113.9", "10.0.0.2", 3)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
  });

  it("TRUSTED_PROXIES is a small whole number", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ ok: true, hops: 0 });
    expect(parseTrustedProxies("2")).toEqual({ ok: true, hops: 2 });
    for (const bad of ["-1", "yes", "1.5", "11"]) expect(parseTrustedProxies(bad)).toMatchObject({ ok: false, message: expect.stringContaining(`"${bad}"`) });
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, GZIP;q=0.5", true],
    ["*", true],
    ["gzip;q=0, *", false],
    ["*;q=0", false],
    ["br, deflate", false],
    ["identity", false],
    ["", false],
    [undefined, false],
  ])("%s -> %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe("writeJsonAnswer", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  /** Serves `answer` once and fetches it raw (no automatic decompression). */
  async function roundTrip(answer: { status: number; body: unknown; headers?: Record<string, string> }, acceptEncoding?: string) {
    server = createServer((req, res) => void writeJsonAnswer(req, res, answer, securityHeadersFromEnv({ NODE_ENV: "production" })));
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/", headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  const big = { results: Array.from({ length: 100 }, (_, i) => ({ id: i, name: `Provider ${i}` })) };

  it("writes the body as JSON with the status, the answer's headers and every security header", async () => {
    const res = await roundTrip({ status: 400, body: { error: { code: "INVALID", message: "Bad radius." } }, headers: { "Cache-Control": "no-store" } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toEqual({ error: { code: "INVALID", message: "Bad radius." } });
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-length"]).toBe(String(res.body.length));
    for (const { key, value } of securityHeadersFromEnv({ NODE_ENV: "production" })) expect(res.headers[key.toLowerCase()]).toBe(value);
  });

  it("compresses a large body when the client accepts gzip, and only then", async () => {
    const zipped = await roundTrip({ status: 200, body: big }, "gzip, br");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("Accept-Encoding");
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(big);
    await new Promise<void>((r) => server!.close(() => r()));

    const plain = await roundTrip({ status: 200, body: big }, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(big);
    await new Promise<void>((r) => server!.close(() => r()));

    const small = { total: 0 };
    expect(JSON.stringify(small).length).toBeLessThan(GZIP_MIN_BYTES);
    const tiny = await roundTrip({ status: 200, body: small }, "gzip");
    expect(tiny.headers["content-encoding"]).toBeUndefined();
  });
});

describe("serveDirect", () => {
  let server: Server;
  let port = 0;
  let route: (params: URLSearchParams) => Promise<{ status: number; body: unknown }> = async () => ({ status: 200, body: {} });
  const headers = securityHeadersFromEnv({ NODE_ENV: "production" });

  beforeAll(async () => {
    server = createServer((req, res) => void serveDirect((p: URLSearchParams) => route(p), req, res, headers));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = async (p: string) => {
    const res = await fetch(`http://127.0.0.1:${port}${p}`);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
  };

  it("hands the route the query string as Next.js's nextUrl parses it", async () => {
    const seen: Array<Array<[string, string]>> = [];
    route = async (params) => {
      seen.push([...params.entries()]);
      return { status: 200, body: { ok: true } };
    };
    await get("/api/x?near=New+York%2C+NY&board=pmr&board=neurology");
    await get("/api/x??near=10001");
    await get("/api/x");
    expect(seen).toEqual([
      [["near", "New York, NY"], ["board", "pmr"], ["board", "neurology"]],
      [["?near", "10001"]],
      [],
    ]);
  });

  it("turns a route that throws into a JSON 500 with a request id and the security headers, never a stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    route = async () => {
      throw new Error("database on fire at /secret/path.ts:12");
    };
    const res = await get("/api/x?near=10001");
    expect(res.status).toBe(500);
    const error = res.body.error as Record<string, string>;
    expect(error.code).toBe("INTERNAL");
    expect(error.message).toBe("Something went wrong on our side. Please try again.");
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(res.body)).not.toContain("secret");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(log).toHaveBeenCalledWith(`[${error.requestId}]`, expect.any(Error));
    log.mockRestore();
  });

  it("answers 500 too when the route's answer cannot be written as JSON", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    route = async () => ({ status: 200, body: { big: 10n } });
    const res = await get("/api/x");
    expect(res.status).toBe(500);
    expect((res.body.error as Record<string, string>).code).toBe("INTERNAL");
    log.mockRestore();
  });
});

describe("builtSecurityHeaders", () => {
  it("reads the headers the build resolved for every path, or null without them", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "neckcare-manifest-"));
    expect(builtSecurityHeaders(dir)).toBeNull();
    const list = [{ key: "X-Frame-Options", value: "DENY" }];
    writeFileSync(path.join(dir, "routes-manifest.json"), JSON.stringify({ headers: [{ source: "/other", headers: [] }, { source: "/:path*", headers: list }] }));
    expect(builtSecurityHeaders(dir)).toEqual(list);
    writeFileSync(path.join(dir, "routes-manifest.json"), JSON.stringify({ headers: [] }));
    expect(builtSecurityHeaders(dir)).toBeNull();
  });
});

describe("originOnlyCacheControl", () => {
  it("keeps pages cached by the server out of shared caches, which nothing could expire", () => {
    expect(originOnlyCacheControl("s-maxage=3600, stale-while-revalidate=31532400")).toBe("public, max-age=0, must-revalidate");
    expect(originOnlyCacheControl("s-maxage=31536000")).toBe("public, max-age=0, must-revalidate");
  });
  it("leaves every other value as it is", () => {
    for (const v of ["no-store", "private, no-cache, no-store, max-age=0, must-revalidate", "public, max-age=31536000, immutable", "public, max-age=60"])
      expect(originOnlyCacheControl(v)).toBe(v);
    expect(originOnlyCacheControl(undefined)).toBeUndefined();
  });
});
