import { expect, test } from "@playwright/test";

// The search's JSON API as the production server (scripts/server.mjs) answers it itself, outside
// Next.js's pipeline (decision 0004): the same contract, headers and errors as everything else.

const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "strict-transport-security",
  "cross-origin-opener-policy",
];

test("the search API carries the same security headers as the pages Next.js serves", async ({ request }) => {
  const page = (await request.get("/")).headers();
  for (const path of ["/api/providers?near=10001", "/api/providers/points?near=10001", "/api/providers?near=nowhere"]) {
    const res = await request.get(path);
    const headers = res.headers();
    for (const name of SECURITY_HEADERS) {
      expect(page[name], `${name} on /`).toBeTruthy();
      expect(headers[name], `${name} on ${path}`).toBe(page[name]);
    }
    expect(headers["content-type"]).toBe("application/json");
    // Served by scripts/server.mjs itself: Next.js would add its router's Vary entries.
    expect(headers.vary, path).toBe("Accept-Encoding");
  }
});

test("answers are compressed when the client accepts gzip, and cacheable for a minute", async ({ request }) => {
  const zipped = await request.get("/api/providers/points?near=10001&radius=50", { headers: { "Accept-Encoding": "gzip" } });
  expect(zipped.status()).toBe(200);
  expect(zipped.headers()["content-encoding"]).toBe("gzip");
  expect(zipped.headers()["cache-control"]).toBe("public, max-age=60");
  const body = await zipped.json();
  expect(body.points.length).toBeGreaterThan(0);
  expect(body.total).toBe(body.points.length);

  const plain = await request.get("/api/providers/points?near=10001&radius=50", { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.json()).toEqual(body);
});

test("bad input gets a 400 naming each field, on both paths; an ambiguous city offers the choices", async ({ request }) => {
  for (const path of ["/api/providers", "/api/providers/points"]) {
    const bad = await request.get(`${path}?near=02139&radius=7&sort=cheapest`);
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fields).sort()).toEqual(["radius", "sort"]);

    const unknown = await request.get(`${path}?near=xyzzy`);
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error.fields.near).toBe("We couldn't find 'xyzzy'. Try a 5-digit ZIP code or City, ST.");

    const city = await request.get(`${path}?near=Springfield`);
    expect(city.status()).toBe(400);
    expect((await city.json()).error.choices).toEqual(expect.arrayContaining(["Springfield, MA", "Springfield, IL"]));
  }
});

test("other methods and paths still go to Next.js", async ({ request }) => {
  expect((await request.post("/api/providers?near=10001")).status()).toBe(405);
  const head = await request.head("/api/providers?near=10001");
  expect(head.status()).toBe(200);
  expect((await request.get("/api/providers/", { maxRedirects: 0 })).status()).toBe(308);
  expect((await request.get("/api/health")).status()).toBe(200);
});
