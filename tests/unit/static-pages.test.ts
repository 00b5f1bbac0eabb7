// The production server's store of pages prerendered for every visitor (scripts/lib/static-pages.mjs):
// after "Next.js" (a stand-in here) has answered a page once, the same request is answered from the
// store with the same status, headers and bytes; anything that may differ still goes to Next.js.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_AGE_MS, StaticPageStore } from "../../scripts/lib/static-pages.mjs";

let server: Server;
let base = "";
let store: StaticPageStore;
const seen: string[] = [];
let clock = 1_000_000;
/** Set by a test: Next.js takes this long to answer /slow (its render spans another event). */
let slowRender: Promise<void> | null = null;

/** What Next.js answers, by path: a prerendered page never revalidated, and pages that must not be stored. */
function next(req: IncomingMessage, res: ServerResponse) {
  seen.push(`${req.method} ${req.url}`);
  const path = (req.url ?? "").split("?")[0];
  const page = (cacheControl: string, extra: Record<string, string> = {}) => {
    res.setHeader("Cache-Control", cacheControl);
    res.setHeader("x-nextjs-prerender", "1");
    res.setHeader("ETag", `"etag-${path}"`);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    res.write("<html><body>");
    res.write(Buffer.from(`page ${path} ${req.headers["accept-encoding"] ?? ""}`));
    res.end("</body></html>");
  };
  if (path === "/static") return page("s-maxage=31536000");
  if (path === "/profile") return page("s-maxage=3600, stale-while-revalidate=31532400", { "x-nextjs-cache": "MISS" });
  if (path === "/stale") return page("s-maxage=3600, stale-while-revalidate=31532400", { "x-nextjs-cache": "STALE" });
  if (path === "/slow") {
    void slowRender!.then(() => page("s-maxage=3600, stale-while-revalidate=31532400", { "x-nextjs-cache": "HIT" }));
    return;
  }
  if (path === "/isr") return page("s-maxage=60, stale-while-revalidate=31535940");
  if (path === "/cookie") return page("s-maxage=31536000", { "Set-Cookie": "a=b" });
  if (path === "/dynamic") {
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    return res.end("dynamic");
  }
  res.statusCode = 404;
  res.setHeader("Cache-Control", "s-maxage=31536000");
  res.setHeader("x-nextjs-prerender", "1");
  res.end("not found");
}

beforeAll(async () => {
  store = new StaticPageStore({ now: () => clock });
  // As scripts/server.mjs's pass(): from the store when it holds the answer, else to Next.js, recorded.
  server = createServer((req, res) => {
    const key = store.keyOf(req);
    const stored = key === null ? undefined : store.get(key);
    if (stored) return store.serve(stored, req, res);
    let cacheControl: unknown;
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name: string, value: number | string | readonly string[]) => {
      if (name.toLowerCase() === "cache-control") cacheControl = value;
      return setHeader(name, value);
    };
    if (key !== null) store.record(key, req, res, () => cacheControl);
    next(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const before = seen.length;
  const r = await fetch(`${base}${path}`, { method, headers });
  const body = await r.text();
  // Framing aside (Next.js may stream a page in chunks; the store sends its length).
  const h = Object.fromEntries([...r.headers].filter(([k]) => !["date", "content-length", "transfer-encoding"].includes(k)));
  return { status: r.status, body, headers: h, toNext: seen.length > before, length: r.headers.get("content-length") };
}

describe("StaticPageStore", () => {
  it("answers a never-revalidated prerendered page itself after Next.js answered it once, identically", async () => {
    const first = await get("/static");
    const second = await get("/static");
    expect(first.toNext).toBe(true);
    expect(second.toNext).toBe(false);
    expect({ ...second, length: null }).toEqual({ ...first, toNext: false, length: null });
    expect(second.body).toBe("<html><body>page /static gzip, deflate</body></html>");
    expect(second.length).toBe(String(second.body.length));
  });

  it("keeps one answer per Accept-Encoding, as Next.js's may differ", async () => {
    const gz = await get("/static", { "Accept-Encoding": "gzip" });
    expect(gz.toNext).toBe(true);
    expect((await get("/static", { "Accept-Encoding": "gzip" })).toNext).toBe(false);
    expect((await get("/static", { "Accept-Encoding": "gzip" })).body).toContain("gzip");
  });

  it("answers HEAD without a body and a matching If-None-Match with 304", async () => {
    await get("/static");
    const head = await get("/static", {}, "HEAD");
    expect(head).toMatchObject({ status: 200, body: "", toNext: false });
    expect(head.length).toBe(String("<html><body>page /static gzip, deflate</body></html>".length));
    const notModified = await get("/static", { "If-None-Match": '"etag-/static"' });
    expect(notModified).toMatchObject({ status: 304, body: "", toNext: false });
    expect((await get("/static", { "If-None-Match": '"other"' })).status).toBe(200);
  });

  it("sends to Next.js every time what may differ: a query, the router's own requests, draft mode", async () => {
    await get("/static");
    for (const [path, headers] of [
      ["/static?provider=1", {}],
      ["/static", { RSC: "1" }],
      ["/static", { "Next-Router-Prefetch": "1" }],
      ["/static", { "Next-Action": "abc" }],
      ["/static", { Cookie: "x=1; __prerender_bypass=secret" }],
    ] as const) {
      expect((await get(path, headers)).toNext, `${path} ${JSON.stringify(headers)}`).toBe(true);
      expect((await get(path, headers)).toNext, `${path} ${JSON.stringify(headers)}`).toBe(true);
    }
    expect((await get("/static", {}, "POST")).toNext).toBe(true);
  });

  it("never keeps a page that is revalidated, sets a cookie, is dynamic or is not a 200", async () => {
    for (const path of ["/isr", "/cookie", "/dynamic", "/missing"]) {
      await get(path);
      expect((await get(path)).toNext, path).toBe(true);
    }
  });

  it("keeps a revalidated page (a profile) fresh from Next.js's cache for at most a minute", async () => {
    expect((await get("/profile")).toNext).toBe(true);
    const kept = await get("/profile");
    expect(kept.toNext).toBe(false);
    expect(kept.headers["x-nextjs-cache"]).toBe("HIT");
    clock += MAX_AGE_MS;
    expect((await get("/profile")).toNext).toBe(true);
    expect((await get("/profile")).toNext).toBe(false);
    // A stale copy Next.js is regenerating is not kept.
    await get("/stale");
    expect((await get("/stale")).toNext).toBe(true);
  });

  it("drops revalidated pages at once when profiles change, and keeps no answer rendered across the change", async () => {
    await get("/static");
    await get("/profile");
    expect((await get("/profile")).toNext).toBe(false);
    store.expire();
    expect((await get("/profile")).toNext).toBe(true);
    expect((await get("/static")).toNext).toBe(false);
    // An answer whose render began before the change and ended after it.
    let release!: () => void;
    slowRender = new Promise<void>((r) => (release = r));
    const pending = get("/slow");
    await new Promise((r) => setTimeout(r, 50));
    store.expire();
    release();
    expect((await pending).toNext).toBe(true);
    expect((await get("/slow")).toNext).toBe(true);
  });

  it("keeps a bounded number of variants of one path", async () => {
    for (let i = 0; i < 20; i++) await get("/static", { "Accept-Encoding": `enc-${i}` });
    expect(store.size).toBeLessThanOrEqual(6 + 1);
    expect((await get("/static", { "Accept-Encoding": "enc-19" })).toNext).toBe(true);
  });
});
