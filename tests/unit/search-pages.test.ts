// The production server's store of search pages (scripts/lib/search-pages.mjs): a page rendered by
// "Next.js" (a stand-in here) is answered again for the same address only while the read model's
// version (a stand-in counter here) is the one it was rendered at, and for at most a minute.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_AGE_MS, SearchPageStore } from "../../scripts/lib/search-pages.mjs";

let server: Server;
let base = "";
let store: SearchPageStore;
let renders: string[] = [];
let clock = 1_000_000;
/** The read model's version; null: the database does not answer. */
let version: string | null = "1:1";
/** Set by a test: runs while Next.js renders (before it answers). */
let duringRender: (() => Promise<void>) | null = null;
/** Set by a test: what Next.js answers instead of a plain search page. */
let answer: ((res: ServerResponse) => void) | null = null;

async function next(req: IncomingMessage, res: ServerResponse) {
  renders.push(`${req.method} ${req.url}`);
  const seenVersion = version;
  if (duringRender) await duringRender();
  if (answer) return answer(res);
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write("<html><body>");
  res.write(Buffer.from(`search ${req.url} at ${seenVersion} ${req.headers["accept-encoding"] ?? ""}`));
  res.end("</body></html>");
}

beforeAll(async () => {
  // As scripts/server.mjs's pass().
  server = createServer((req, res) => {
    const key = store.keyOf(req);
    if (key === null) return void next(req, res);
    void store.lookup(key).then(({ version: v, page }) => {
      if (page) return store.serve(page, req, res);
      if (v !== null) store.record(key, v, req, res);
      void next(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function fresh(maxBytes = 1 << 20) {
  store = new SearchPageStore({
    paths: ["/search", "/es/search"],
    maxBytes,
    version: async () => {
      if (version === null) throw new Error("database down");
      return version;
    },
    now: () => clock,
  });
}
beforeEach(() => {
  fresh();
  renders = [];
  version = "1:1";
  duringRender = null;
  answer = null;
});

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const before = renders.length;
  const r = await fetch(`${base}${path}`, { method, headers });
  const body = await r.text();
  // Let the store finish keeping the answer (it reads the version once more after the answer is sent).
  await new Promise((resolve) => setTimeout(resolve, 20));
  const h = Object.fromEntries(
    [...r.headers].filter(
      ([k]) =>
        !["date", "content-length", "transfer-encoding", "x-page-cache", "connection", "keep-alive"].includes(
          k,
        ),
    ),
  );
  return {
    status: r.status,
    body,
    headers: h,
    rendered: renders.length > before,
    hit: r.headers.get("x-page-cache") === "HIT",
  };
}

describe("SearchPageStore", () => {
  it("answers a search page again from the store, identically, while the version stays", async () => {
    const first = await get("/search?near=60611&radius=25");
    const second = await get("/search?near=60611&radius=25");
    expect(first).toMatchObject({ rendered: true, hit: false });
    expect(second).toMatchObject({ rendered: false, hit: true });
    expect(second.body).toBe(first.body);
    expect(second.headers).toEqual(first.headers);
    // Each address, each language, each Accept-Encoding is its own page.
    expect((await get("/search?near=60611&radius=50")).rendered).toBe(true);
    expect((await get("/es/search?near=60611&radius=25")).rendered).toBe(true);
    expect((await get("/search?near=60611&radius=25", { "Accept-Encoding": "gzip" })).rendered).toBe(true);
    expect((await get("/search?near=60611&radius=25", { "Accept-Encoding": "gzip" })).hit).toBe(true);
  });

  it("renders again once the read model's version moves: a change anywhere shows at once", async () => {
    await get("/search?q=smith");
    expect((await get("/search?q=smith")).hit).toBe(true);
    version = "1:2";
    const after = await get("/search?q=smith");
    expect(after).toMatchObject({ rendered: true, hit: false });
    expect(after.body).toContain("at 1:2");
    expect((await get("/search?q=smith")).body).toContain("at 1:2");
  });

  it("does not keep a page whose render the version moved under", async () => {
    duringRender = async () => {
      version = "1:3";
    };
    await get("/search?q=jones");
    // (It could never be answered anyway: later requests read the newer version.)
    expect(store.size).toBe(0);
    duringRender = null;
    const next = await get("/search?q=jones");
    expect(next.rendered).toBe(true);
    expect(next.body).toContain("at 1:3");
    expect((await get("/search?q=jones")).hit).toBe(true);
  });

  it("keeps a page at most a minute (dates on it turn with the clock)", async () => {
    await get("/search?q=lee");
    clock += MAX_AGE_MS - 1;
    expect((await get("/search?q=lee")).hit).toBe(true);
    clock += 1;
    expect((await get("/search?q=lee")).rendered).toBe(true);
  });

  it("keeps only a 200 HTML answer that sets no cookie", async () => {
    for (const [i, a] of [
      (res: ServerResponse) => {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/html");
        res.end("error");
      },
      (res: ServerResponse) => {
        res.setHeader("Content-Type", "text/html");
        res.setHeader("Set-Cookie", "a=b");
        res.end("cookie");
      },
      (res: ServerResponse) => {
        res.setHeader("Content-Type", "text/x-component");
        res.end("payload");
      },
    ].entries()) {
      answer = a;
      await get(`/search?q=k${i}`);
      expect((await get(`/search?q=k${i}`)).rendered, `answer ${i}`).toBe(true);
    }
  });

  it("sends to Next.js every time what is not a search page as a browser loads it", async () => {
    for (const [path, headers, method] of [
      ["/search/other?q=a", {}, "GET"],
      ["/providers/1?q=a", {}, "GET"],
      ["/en/search?q=a", {}, "GET"],
      ["/search?q=a", { RSC: "1" }, "GET"],
      ["/search?q=a", { "Next-Router-Prefetch": "1" }, "GET"],
      ["/search?q=a", { Cookie: "__prerender_bypass=x" }, "GET"],
      ["/search?q=a", {}, "OPTIONS"],
      [`/search?q=${"a".repeat(2100)}`, {}, "GET"],
    ] as const) {
      await get(path, headers, method);
      expect(
        (await get(path, headers, method)).rendered,
        `${method} ${path.slice(0, 40)} ${JSON.stringify(headers)}`,
      ).toBe(true);
    }
  });

  it("answers HEAD from a kept page, without a body, and never keeps one", async () => {
    expect((await get("/search?q=head", {}, "HEAD")).rendered).toBe(true);
    expect((await get("/search?q=head", {}, "HEAD")).rendered).toBe(true);
    await get("/search?q=head");
    const head = await get("/search?q=head", {}, "HEAD");
    expect(head).toMatchObject({ status: 200, body: "", hit: true });
  });

  it("passes everything to Next.js, keeping nothing, while the database does not say its version", async () => {
    version = null;
    expect((await get("/search?q=down")).rendered).toBe(true);
    expect((await get("/search?q=down")).rendered).toBe(true);
    expect(store.size).toBe(0);
  });

  it("renders an address once for requests that arrive together", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    duringRender = () => gate;
    const all = Promise.all([1, 2, 3, 4].map(() => fetch(`${base}/search?q=crowd`).then((r) => r.text())));
    await new Promise((r) => setTimeout(r, 50));
    release();
    const bodies = await all;
    expect(renders.filter((r) => r === "GET /search?q=crowd")).toHaveLength(1);
    expect(new Set(bodies).size).toBe(1);
  });

  it("a request that waited for a render does not take it when the version it read is newer", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    duringRender = () => gate;
    const first = fetch(`${base}/search?q=race`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 30));
    // A change commits; the render under way saw the old version and is not kept.
    version = "1:9";
    const second = fetch(`${base}/search?q=race`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 30));
    duringRender = null;
    release();
    expect(await first).toContain("at 1:1");
    expect(await second).toContain("at 1:9");
  });

  it("keeps at most its bytes, the least recently used going first", async () => {
    fresh(4000); // pages of about 250 bytes with key and headers; at most a quarter of the store each
    for (let i = 0; i < 30; i++) await get(`/search?q=p${i}`);
    expect(store.bytes).toBeLessThanOrEqual(4000);
    expect(store.size).toBeGreaterThan(5);
    expect(store.size).toBeLessThan(20);
    expect((await get("/search?q=p29")).hit).toBe(true);
    expect((await get("/search?q=p0")).rendered).toBe(true);
    fresh(0);
    expect(store.keyOf({ method: "GET", url: "/search?q=a", headers: {} } as IncomingMessage)).toBeNull();
  });
});

describe("the search page reads nothing of the visitor (what makes keeping it per address safe)", () => {
  it("neither the page, its layouts nor their components read cookies, headers or the session", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "../..");
    const dir = path.join(root, "app/[locale]/(public)/search");
    const files = [
      ...readdirSync(dir)
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => path.join(dir, f)),
      path.join(root, "app/[locale]/layout.tsx"),
      ...readdirSync(path.join(root, "app/[locale]/(public)"))
        .filter((f) => /^layout\.tsx?$/.test(f))
        .map((f) => path.join(root, "app/[locale]/(public)", f)),
      path.join(root, "components/site-header.tsx"),
      path.join(root, "components/site-footer.tsx"),
      path.join(root, "components/demo-banner.tsx"),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(
        /from "next\/headers"|@\/lib\/auth|client-ip|client-address|\bcookies\(|\bheaders\(\)/,
      );
    }
  });
});

describe("what a kept page counts and whom it is for", () => {
  it("counts the key and the headers against the bound, not only the body", async () => {
    const r = await get("/search?q=size");
    expect(r.rendered).toBe(true);
    expect(store.size).toBe(1);
    const body = (await get("/search?q=size")).body;
    expect(store.bytes).toBeGreaterThan(Buffer.byteLength(body) + "/search?q=size".length + 40);
  });

  it("does not keep pages for an outsized Accept-Encoding", async () => {
    const junk = `gzip, ${"x".repeat(300)}`;
    expect((await get("/search?q=enc", { "accept-encoding": junk })).rendered).toBe(true);
    expect((await get("/search?q=enc", { "accept-encoding": junk })).rendered).toBe(true);
    expect(store.size).toBe(0);
  });

  it("keeps crawlers' pages (metadata in <head>) apart from browsers' (metadata streamed)", async () => {
    const browser = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36" };
    const bot = { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" };
    expect((await get("/search?q=ua", browser)).rendered).toBe(true);
    expect((await get("/search?q=ua", browser)).hit).toBe(true);
    expect((await get("/search?q=ua", bot)).rendered).toBe(true);
    expect((await get("/search?q=ua", bot)).hit).toBe(true);
    expect((await get("/search?q=ua", { "user-agent": "Mozilla/5.0 (compatible; Bingbot/2.0)" })).hit).toBe(
      true,
    );
    expect((await get("/search?q=ua", browser)).hit).toBe(true);
  });
});
