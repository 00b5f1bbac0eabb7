// Issue 15: pages that are the same for everyone are served without the database; provider profiles
// are served from the cache and change at once after every kind of action that changes them (an
// approved edit, an approved review, a verification, an import run outside the server); the
// sitemap lists published, real profiles only; icons, manifest, robots.txt and link-preview tags;
// search pages kept by the server change at once with the data they show.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { linkIn, waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });

// Sign-in attempts are rate limited per network: this file's own (documentation) addresses.
const network = (n: number) => ({ "x-forwarded-for": `192.0.2.${120 + n}` });
const run = Date.now().toString(36);
const NPPES_FIXTURE = "tests/fixtures/nppes/plannet_sample-nppes-practitioner_20181204-data.csv";

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
});
test.afterAll(async () => {
  await db.end();
});

/** Loads a profile until the server answers it from its cache; returns that cached page's HTML. */
async function cachedProfile(api: APIRequestContext, url: string): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const res = await api.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(200);
    if (res.headers()["x-nextjs-cache"] === "HIT") return res.text();
  }
  throw new Error(`${url} was never served from the cache`);
}

/** The profile as the next visitor gets it, and whether it came from the cache. */
async function nextVisit(api: APIRequestContext, url: string): Promise<{ html: string; cache: string | undefined }> {
  const res = await api.get(url, { maxRedirects: 0 });
  expect(res.status(), url).toBe(200);
  return { html: await res.text(), cache: res.headers()["x-nextjs-cache"] };
}

/** A published demo provider for one test alone: the highest ids, which no other spec picks. */
async function demoProvider(offset: number, extraWhere = "TRUE"): Promise<{ id: number; path: string }> {
  const { rows } = await db.query<{ id: number; first: string; last: string; cred: string }>(
    `SELECT p.id, p."firstName" AS first, p."lastName" AS last, p.credential AS cred FROM "Provider" p
     WHERE p.source = 'DEMO' AND p.status = 'PUBLISHED' AND p."ownerId" IS NULL AND ${extraWhere}
     ORDER BY p.id DESC OFFSET $1 LIMIT 1`,
    [offset],
  );
  const p = rows[0]!;
  const slug = `${p.first} ${p.last} ${p.cred}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return { id: p.id, path: `/providers/${p.id}-${slug}` };
}

async function signInModerator(browser: Browser, n: number): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: network(n) });
  const mod = await context.newPage();
  await mod.goto("/admin/sign-in");
  await mod.getByLabel("E-mail address").fill(process.env.E2E_MODERATOR_EMAIL!);
  await mod.getByLabel("Password").fill(process.env.E2E_MODERATOR_PASSWORD!);
  await mod.getByRole("button", { name: "Sign in" }).click();
  await expect(mod).toHaveURL(/\/admin$/);
  return mod;
}

test("a cached profile shows a moderator's verification at once", async ({ browser, request }) => {
  const target = await demoProvider(
    0,
    `EXISTS (SELECT 1 FROM "Certification" c WHERE c."providerId" = p.id AND c."verificationState" = 'UNVERIFIED')
     AND NOT EXISTS (SELECT 1 FROM "Certification" c WHERE c."providerId" = p.id AND c."verificationState" <> 'UNVERIFIED')`,
  );
  const source = `E2E cache check ${run}, abpn.org`;
  expect(await cachedProfile(request, target.path)).not.toContain(source);

  const mod = await signInModerator(browser, 1);
  await mod.goto(`/admin/providers/${target.id}`);
  const cert = mod.getByRole("article").first();
  await cert.getByLabel("Verified: the board confirms it").check();
  await cert.getByLabel("How you checked it").selectOption("BOARD_ONLINE_LOOKUP");
  await cert.getByLabel("Source").fill(source);
  await cert.getByRole("button", { name: "Record the check" }).click();
  await expect(mod.getByRole("status").filter({ hasText: "is recorded as verified" })).toBeVisible();
  await mod.context().close();

  const after = await nextVisit(request, target.path);
  expect(after.cache).not.toBe("HIT");
  expect(after.html).toContain(source);
  // And from then on it is cached again, with the change.
  expect(await cachedProfile(request, target.path)).toContain(source);
});

test("a cached profile shows an approved review at once", async ({ browser, request }) => {
  const target = await demoProvider(1);
  const body = `Careful, unhurried injections and a clear plan for the next visit (cache ${run}).`;
  expect(await cachedProfile(request, target.path)).not.toContain(body);
  // The patient's part (writing, confirming by e-mail) is tested in reviews.spec.ts: here the review
  // waits for a moderator, as a confirmed one does.
  await db.query(
    `INSERT INTO "Review" ("providerId", rating, body, "displayName", status, "emailHash", "confirmedAt", "updatedAt")
     VALUES ($1, 5, $2, 'Sam K.', 'PENDING', $3, now(), now())`,
    [target.id, body, `e2e-cache-${run}`],
  );

  const mod = await signInModerator(browser, 2);
  await mod.goto(`/admin/reviews?provider=${target.id}`);
  await mod.getByRole("article").filter({ hasText: body }).getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByRole("status").filter({ hasText: /approved/i })).toBeVisible();
  await mod.context().close();

  expect((await nextVisit(request, target.path)).html).toContain(body);
});

test("a cached profile shows an approved edit at once", async ({ browser, request }) => {
  test.setTimeout(120_000); // a provider's six-step edit, then moderation
  const target = await demoProvider(2);
  const bio = `We see adults with cervical dystonia on Tuesdays and Thursdays (edited ${run}).`;
  expect(await cachedProfile(request, target.path)).not.toContain(bio);

  // The provider signs in by e-mail and owns the listing (as after an approved claim: claim.spec.ts).
  const email = `cache-editor-${run}@e2e.neckcare.test`;
  const context = await browser.newContext({ extraHTTPHeaders: network(3) });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByText(`If ${email} can sign in here, a sign-in link is on its way`)).toBeVisible();
  await page.goto(linkIn(await waitForMail(email, /sign-in link/i), "/api/auth/magic-link"));
  await expect(page).toHaveURL(/\/account/);
  await db.query(`UPDATE "Provider" SET "ownerId" = (SELECT id FROM "User" WHERE email = $1), claimed = true WHERE id = $2`, [
    email,
    target.id,
  ]);

  await page.goto(`/account/providers/${target.id}/edit`);
  await page.getByLabel("A short introduction for patients").fill(bio);
  for (let step = 2; step <= 6; step++) {
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^Step ${step} of 6`) })).toBeFocused();
  }
  await page.getByLabel(/I attest that this information is true/).check();
  await page.getByRole("button", { name: "Send changes for review" }).click();
  await expect(page).toHaveURL(/\/account\?edited=NCF-/);
  const reference = new URL(page.url()).searchParams.get("edited")!;
  await context.close();
  // Waiting for review: the published profile (and its cached page) stays as it was.
  expect((await nextVisit(request, target.path)).html).not.toContain(bio);

  const mod = await signInModerator(browser, 4);
  await mod.goto("/admin/submissions?kind=EDIT");
  await mod.getByRole("link", { name: reference }).click();
  await mod.getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  await mod.context().close();

  expect((await nextVisit(request, target.path)).html).toContain(bio);
});

test("a cached profile shows an import made outside the server at once", async ({ request }) => {
  const lines = readFileSync(NPPES_FIXTURE, "latin1").split(/\r?\n/);
  // The last PM&R row (medicare-evidence.spec.ts takes the first; claim.spec.ts takes neurologists).
  const row = lines.slice(1).filter((l) => l.includes('"208100000X"')).at(-1)!;
  const npi = /^"(\d{10})"/.exec(row)![1]!;
  const dir = mkdtempSync(path.join(os.tmpdir(), "nppes-cache-e2e-"));
  const importRow = (cells: string[]) => {
    const file = path.join(dir, `npidata_pfile_cache_${Date.now()}.csv`);
    writeFileSync(file, `${lines[0]}\r\n"${cells.join('","')}"\r\n`, "latin1");
    // As an operator runs it: the importer then tells the server at APP_URL (lib/revalidate-notify.ts).
    return execFileSync(process.execPath, ["--import", "tsx", "scripts/import-nppes.ts", file], {
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        NPPES_PUBLISH_IMPORTED: "true",
        APP_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      },
      stdio: "pipe",
    }).toString();
  };
  const cells = row.slice(1, -1).split('","');
  importRow(cells);
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM "Provider" WHERE npi = $1`, [npi]);
  const id = rows[0]!.id;
  const first = await request.get(`/providers/${id}`, { maxRedirects: 0 });
  // (Next.js repeats the Location header of a redirect it renders for the cache: same value twice.)
  const url = new URL(first.headers().location!.split(", ")[0]!, "http://x").pathname;
  const street = `${4000 + (Date.now() % 5000)} Registry Cache Ave`;
  expect(await cachedProfile(request, url)).not.toContain(street);

  cells[28] = street.toUpperCase();
  importRow(cells);
  const after = await nextVisit(request, url);
  expect(after.html.toUpperCase()).toContain(street.toUpperCase());
});

test("a kept search page shows a change made anywhere, even outside the server, at once", async ({ request }) => {
  const target = await demoProvider(5);
  const { rows } = await db.query<{ name: string; location: number; practice: string }>(
    `SELECT p."firstName" || ' ' || p."lastName" AS name, l.id AS location, l."practiceName" AS practice
     FROM "Provider" p JOIN "Location" l ON l."providerId" = p.id WHERE p.id = $1 ORDER BY l.id`,
    [target.id],
  );
  const url = `/search?q=${encodeURIComponent(rows[0]!.name)}`;
  /** The search page as the next visitor gets it, and whether the server answered it from its store. */
  const visit = async () => {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    return { html: await res.text(), hit: res.headers()["x-page-cache"] === "HIT" };
  };
  let kept = await visit();
  for (let i = 0; i < 5 && !kept.hit; i++) kept = await visit();
  expect(kept.hit, "the search page is answered from the server's store").toBe(true);
  expect(kept.html).toContain(target.path);
  const practice = `Cache Check Neurology ${run}`;
  expect(kept.html).not.toContain(practice);

  // Changed in the database directly, as an import or another server would: no call to this server.
  try {
    await db.query(`UPDATE "Location" SET "practiceName" = $1 WHERE "providerId" = $2`, [practice, target.id]);
    const after = await visit();
    expect(after.hit).toBe(false);
    expect(after.html).toContain(practice);
    // Kept again, with the change.
    let again = await visit();
    for (let i = 0; i < 5 && !again.hit; i++) again = await visit();
    expect(again.hit).toBe(true);
    expect(again.html).toContain(practice);
  } finally {
    for (const r of rows) await db.query(`UPDATE "Location" SET "practiceName" = $1 WHERE id = $2`, [r.practice, r.location]);
  }
});

test("the sitemap lists every published real profile and no demo or unpublished one", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/xml");
  const xml = await res.text();
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const ids = locs.flatMap((p) => /^\/providers\/(\d+)-/.exec(p)?.[1] ?? []).map(Number).sort((a, b) => a - b);
  // Each profile in Spanish too, with its hreflang alternates.
  const esIds = locs.flatMap((p) => /^\/es\/providers\/(\d+)-/.exec(p)?.[1] ?? []).map(Number).sort((a, b) => a - b);
  expect(esIds).toEqual(ids);
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="es" href="[^"]*\/es\/providers\/\d+-/);
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM "Provider" WHERE status = 'PUBLISHED' AND source <> 'DEMO' ORDER BY id`,
  );
  expect(rows.length, "the other specs publish real (imported or submitted) providers").toBeGreaterThan(0);
  expect(ids).toEqual(rows.map((r) => r.id));
  const demo = await db.query<{ id: number }>(`SELECT id FROM "Provider" WHERE source = 'DEMO' LIMIT 1`);
  expect(ids).not.toContain(demo.rows[0]!.id);
  expect(xml).toContain("/checklist</loc>");
});

test("icons, manifest, robots.txt and the profile's canonical and link-preview tags", async ({ request, page }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const m = (await manifest.json()) as { name: string; icons: Array<{ src: string }> };
  expect(m.name).toBe("NeckCare Finder");
  for (const icon of m.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);

  const target = await demoProvider(3);
  await page.goto(target.path);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${target.path}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "profile");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /fictional demo provider/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon|favicon/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  // The demo banner is shown on a site with demo data (its stylesheet switch, /site/demo.css).
  await expect(page.getByRole("note").filter({ hasText: "Demo data: fictional providers" })).toBeVisible();
});

/** A TCP relay to PostgreSQL that can be cut, to stop "the database" for one server only. */
function startRelay(target: { host: string; port: number }): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        cut: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      }),
    ),
  );
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

test("the home page and the checklist are served with the database stopped", async ({ playwright }) => {
  test.setTimeout(120_000);
  const dbUrl = new URL(process.env.E2E_DATABASE_URL!);
  const relay = await startRelay({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
  const viaRelay = new URL(dbUrl);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(relay.port);
  const port = await freePort();
  let server: ChildProcess | undefined;
  try {
    server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: viaRelay.toString(),
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
        MAIL_OUTBOX: "1",
        SMTP_URL: "",
        APP_URL: `http://127.0.0.1:${port}`,
      },
      stdio: "ignore",
    });
    const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
    await expect
      .poll(async () => (await api.get("/api/health").catch(() => null))?.status(), { timeout: 60_000 })
      .toBe(200);

    await relay.cut();
    // The database is gone for this server: what needs it says so...
    await expect.poll(async () => (await api.get("/api/health")).status(), { timeout: 20_000 }).toBe(503);
    // ...and the pages that are the same for everyone are still served, whole.
    const home = await api.get("/");
    expect(home.status()).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain("Find doctors who may offer botulinum toxin injections in the neck");
    expect(homeHtml).toContain("Medical notice");
    const checklist = await api.get("/checklist");
    expect(checklist.status()).toBe(200);
    expect(await checklist.text()).toContain("<h1");
    expect((await api.get("/checklist")).headers()["x-nextjs-cache"]).toBe("HIT");
    // The banner's switch answers without the database too (the banner simply stays hidden).
    const css = await api.get("/site/demo.css");
    expect(css.status()).toBe(200);
    expect(css.headers()["cache-control"]).toBe("no-store");
    await api.dispose();
  } finally {
    server?.kill("SIGTERM");
    await relay.cut().catch(() => undefined);
  }
});
