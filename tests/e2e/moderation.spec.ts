// Moderation at /admin as people use it: who may see it, and a moderator verifying a certification,
// suspending and reinstating a provider, closing a report and marking spam, each visible in search
// (GET /api/providers) and in the audit log.
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from "@playwright/test";
import pg from "pg";
import { npiCheckDigit } from "@/lib/npi";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { caughtMail, linkIn, waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });

// Omaha: a metro no other spec searches, so changing its providers cannot upset their counts.
const ZIP = "68102";
const PAGES = [
  "/admin",
  "/admin/submissions",
  "/admin/providers",
  "/admin/providers/1",
  "/admin/submissions/1",
  "/admin/reports",
  "/admin/consult-requests",
  "/admin/audit",
  "/admin/outbox",
];
// The review queues are another feature's pages behind the same gate: refused alike.
const GATED = [...PAGES, "/admin/reviews", "/admin/reviews/replies", "/admin/recommendations"];
// Sign-in attempts are rate limited per client network. Each browser here gets its own (documentation)
// address, as clients behind a proxy would, so this file never eats another spec's allowance.
const network = (n: number) => ({ "x-forwarded-for": `198.51.100.${n}` });

type TResult = {
  id: number;
  name: string;
  profileUrl: string;
  boards: Array<{ specialty: string; subspecialty: string | null; verification: string }>;
};

async function searchNear(api: APIRequestContext, params: Record<string, string> = {}): Promise<TResult[]> {
  const out: TResult[] = [];
  for (let page = 1; page <= 25; page++) {
    const res = await api.get(
      `/api/providers?${new URLSearchParams({ near: ZIP, radius: "25", ...params, page: String(page) })}`,
    );
    expect(res.ok(), await res.text()).toBe(true);
    const body = (await res.json()) as { total: number; pageSize: number; results: TResult[] };
    out.push(...body.results);
    if (page * body.pageSize >= body.total) break;
  }
  return out;
}
const idsNear = async (api: APIRequestContext, params: Record<string, string> = {}) =>
  (await searchNear(api, params)).map((r) => r.id);

async function signInModerator(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const email = process.env.E2E_MODERATOR_EMAIL;
  const password = process.env.E2E_MODERATOR_PASSWORD;
  if (!email || !password)
    throw new Error(
      "E2E_MODERATOR_EMAIL / E2E_MODERATOR_PASSWORD are not set: run the tests through `npm test`.",
    );
  const context = await browser.newContext({ extraHTTPHeaders: network(71) });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

async function signInProvider(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: network(72) });
  const page = await context.newPage();
  const email = `moderation-provider-${Date.now()}@e2e.neckcare.test`;
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByText(`If ${email} can sign in here, a sign-in link is on its way`)).toBeVisible();
  await page.goto(linkIn(await waitForMail(email, /sign-in link/i), "/api/auth/magic-link"));
  return { context, page };
}

/** Replays a captured server-action POST from another client; returns the response body. */
async function replay(api: APIRequestContext, captured: Request): Promise<string> {
  const headers = await captured.allHeaders();
  for (const name of ["cookie", "content-length", "host"]) delete headers[name];
  const res = await api.post(captured.url(), { headers, data: captured.postDataBuffer() ?? "" });
  return res.text();
}

/** A pending NEW submission, written as the public form stores it (payload as typed, parsed on read). */
async function insertSubmission(
  client: pg.Client,
  tag: string,
): Promise<{ id: number; reference: string; npi: string; email: string }> {
  const first9 = `16${String(Date.now()).slice(-7)}`;
  const npi = first9 + String(npiCheckDigit(first9));
  const email = `office-${tag}@e2e.neckcare.test`;
  const reference = `NCF-E${String(Date.now()).slice(-5)}`;
  const payload = {
    identity: {
      npi,
      firstName: "Avery",
      middleName: "",
      lastName: `Quill${tag.slice(-4)}`,
      suffix: "",
      credential: "MD",
      languages: ["en"],
      languagesOther: "",
      gender: "",
      bio: "",
      contactEmail: email,
    },
    locations: [
      {
        practiceName: "Prairie Neurology",
        street1: "100 Capitol Ave",
        street2: "",
        city: "Omaha",
        state: "NE",
        zip: ZIP,
        phone: "402-555-0142",
        acceptingNewPatients: true,
        inPersonConsults: true,
        telehealthConsults: false,
        referralRequired: false,
      },
    ],
    certifications: [
      { board: "ABPN", boardName: "", specialty: "NEUROLOGY", subspecialty: "", year: "2009" },
    ],
    experience: {
      yearsInjecting: "11",
      yearlyNeckProcedures: "250",
      cervicalDystoniaFocus: true,
      guidance: ["EMG"],
      products: ["ONABOTULINUMTOXINA"],
      fellowship: "",
    },
    insurancePlans: [],
    attestation: true,
  };
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "Submission" (reference, kind, status, "contactEmail", payload, "createdAt", "updatedAt") VALUES ($1, 'NEW', 'PENDING', $2, $3, now(), now()) RETURNING id`,
    [reference, email, JSON.stringify(payload)],
  );
  return { id: rows[0]!.id, reference, npi, email };
}

let moderator: { context: BrowserContext; page: Page };
let provider: { context: BrowserContext; page: Page };
let db: pg.Client;

test.beforeAll(async ({ browser }) => {
  moderator = await signInModerator(browser);
  provider = await signInProvider(browser);
  db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
});

test.afterAll(async () => {
  await moderator?.context.close();
  await provider?.context.close();
  await db?.end();
});

test("anonymous visitors are sent to the moderator sign-in from every admin page", async ({ page }) => {
  for (const path of GATED) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderator sign-in");
    await expect(page.getByRole("navigation", { name: "Moderation" })).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);
});

test("signing in starts only from the app's rate-limited forms, and a moderator gets no sign-in link", async ({ browser, request }) => {
  // The auth library's own sign-in endpoints are closed (they would skip the per-network limits).
  for (const path of ["/api/auth/sign-in/email", "/api/auth/sign-in/magic-link"]) {
    const res = await request.post(path, { data: { email: process.env.E2E_MODERATOR_EMAIL, password: "guess-guess-guess" }, headers: network(40) });
    expect(res.status(), path).toBe(404);
  }
  // A moderator's address on the providers' sign-in form: the same answer as for anyone, but no link.
  const page = await (await browser.newContext({ extraHTTPHeaders: network(41) })).newPage();
  const email = process.env.E2E_MODERATOR_EMAIL!;
  const before = caughtMail().filter((m) => m.to.includes(email.toLowerCase())).length;
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByText(`If ${email} can sign in here, a sign-in link is on its way`)).toBeVisible();
  await page.waitForTimeout(1500);
  expect(caughtMail().filter((m) => m.to.includes(email.toLowerCase()))).toHaveLength(before);
});

test("a signed-in provider is told only moderators can see admin pages", async () => {
  const { page } = provider;
  for (const path of GATED) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Only moderators can see this");
    await expect(page.getByRole("navigation", { name: "Moderation" })).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);
});

test("every admin page is accessible to the moderator", async () => {
  const { page } = moderator;
  for (const path of PAGES.filter((p) => p !== "/admin/submissions/1")) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Moderation" }), path).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});

test("verifying a certification makes it count as verified in search, and the audit log says who and how", async ({
  request,
}) => {
  const { page } = moderator;
  const areas = ["NEUROLOGY", "PAIN_MEDICINE", "PMR"];
  const candidate = (await searchNear(request)).find(
    (r) =>
      r.boards.length > 0 &&
      r.boards.every((b) => b.verification === "self-reported") &&
      r.boards.some((b) => areas.includes(b.specialty) || areas.includes(b.subspecialty ?? "")),
  );
  if (!candidate)
    throw new Error(`No provider near ${ZIP} with only self-reported certifications in the demo data.`);
  expect(await idsNear(request, { verified: "1" })).not.toContain(candidate.id);

  await page.goto(`/admin/providers/${candidate.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(candidate.name);
  const cert = page.getByRole("article").first();
  // A certification checked before (e.g. rejected) keeps its form folded away.
  const fold = cert.getByText("Record a new check");
  if (await fold.isVisible()) await fold.click();
  await cert.getByRole("button", { name: "Record the check" }).click();
  await expect(cert.getByText("Choose how you checked it.")).toBeVisible();
  await cert.getByLabel("Verified: the board confirms it").check();
  await cert.getByLabel("How you checked it").selectOption("BOARD_ONLINE_LOOKUP");
  await cert.getByLabel("Source").fill("E2E board lookup, abpn.org");
  await cert.getByRole("button", { name: "Record the check" }).click();

  await expect(page.getByRole("status").filter({ hasText: "is recorded as verified" })).toBeVisible();
  await expect(cert.getByText("E2E board lookup, abpn.org")).toBeVisible();
  const found = (await searchNear(request, { verified: "1" })).find((r) => r.id === candidate.id);
  expect(found?.boards.some((b) => b.verification === "verified")).toBe(true);
  // The public profile says it was verified, and against what.
  await page.goto(candidate.profileUrl);
  await expect(page.getByText(/Verified by a NeckCare Finder moderator.*E2E board lookup, abpn\.org/)).toBeVisible();

  await page.goto("/admin/audit");
  const row = page.getByRole("row").filter({ hasText: "E2E board lookup, abpn.org" });
  await expect(row).toContainText("Verified a certification");
  await expect(row).toContainText(process.env.E2E_MODERATOR_EMAIL!);
  await expect(row.getByRole("link", { name: `provider #${candidate.id}` })).toBeVisible();
});

test("suspending takes a provider out of search until it is reinstated; nobody else can replay the action", async ({
  request,
  baseURL,
}) => {
  const { page } = moderator;
  const target = (await searchNear(request)).at(-1);
  if (!target) throw new Error(`No provider near ${ZIP} in the demo data.`);

  await page.goto(`/admin/providers/${target.id}`);
  await page.getByRole("button", { name: "Suspend this provider" }).click();
  await expect(page.getByText("at least 10 characters")).toBeVisible();
  await page.getByLabel(/Reason for suspending/).fill("E2E: licence under review by the state board.");
  const captured = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Suspend this provider" }).click();
  const suspendRequest = await captured;
  await expect(page.getByRole("status").filter({ hasText: "Provider suspended" })).toBeVisible();
  await expect(page.getByText("Suspended", { exact: true }).first()).toBeVisible();
  expect(await idsNear(request)).not.toContain(target.id);

  // A suspended listing can be suspended only once: the same request again is a conflict.
  expect(await replay(moderator.context.request, suspendRequest)).toContain("already suspended");

  await page.getByLabel(/Reason for reinstating/).fill("E2E: the board confirmed the licence.");
  await page.getByRole("button", { name: "Reinstate this provider" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provider reinstated" })).toBeVisible();
  expect(await idsNear(request)).toContain(target.id);

  // The server action is a public endpoint: the same POST from anyone else must change nothing.
  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect(await replay(anonymous, suspendRequest)).toContain("Your moderator session has ended");
  await anonymous.dispose();
  expect(await replay(provider.context.request, suspendRequest)).toContain("Only moderators can do this.");
  expect(await idsNear(request)).toContain(target.id);

  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: "E2E: licence under review" })).toContainText(
    "Suspended a provider",
  );
  await expect(page.getByRole("row").filter({ hasText: "E2E: the board confirmed" })).toContainText(
    "Reinstated a provider",
  );
});

test("a report is resolved and a consult request marked as spam, once each", async () => {
  const { page } = moderator;
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM "Provider" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
  );
  const providerId = rows[0]!.id;
  const tag = `e2e-${Date.now()}`;
  await db.query(
    `INSERT INTO "Report" (target, "providerId", reason, details, status, "createdAt") VALUES ('PROVIDER', $1, 'Wrong phone number', $2, 'OPEN', now())`,
    [providerId, `${tag} rings a bakery`],
  );
  await db.query(
    `INSERT INTO "ConsultRequest" (reference, "providerId", "patientName", "patientEmail", message, consent, status, "createdAt") VALUES ('NCC-E2E-' || upper(substr(md5(random()::text), 1, 8)), $1, 'Cheap Pills', 'spam@example.invalid', $2, true, 'NEW', now())`,
    [providerId, `${tag} buy now`],
  );

  await page.goto("/admin/reports");
  const report = page.getByRole("article").filter({ hasText: `${tag} rings a bakery` });
  await report.getByLabel(/Note/).fill("Asked the office to correct it.");
  await report.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Report resolved." })).toBeVisible();
  await expect(page.getByText(`${tag} rings a bakery`)).toHaveCount(0);

  await page.goto("/admin/consult-requests");
  const consult = page.getByRole("article").filter({ hasText: `${tag} buy now` });
  await expect(consult).toContainText("spam@example.invalid");
  await consult.getByRole("button", { name: /as spam/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked as spam." })).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: `${tag} buy now` })).toContainText("Spam");
  await expect(
    page
      .getByRole("article")
      .filter({ hasText: `${tag} buy now` })
      .getByRole("button"),
  ).toHaveCount(0);

  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: "Asked the office to correct it." })).toContainText(
    "Resolved a report",
  );
  await expect(
    page.getByRole("row").filter({ hasText: "Marked a consult request as spam" }).first(),
  ).toBeVisible();
});

test("a submission is approved once even from two open tabs, then its certifications are waiting to be verified", async () => {
  const { page, context } = moderator;
  const sub = await insertSubmission(db, `a${Date.now()}`);

  await page.goto("/admin/submissions?kind=NEW");
  await page.getByRole("link", { name: sub.reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("New listing");
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "NPI" })).toContainText(sub.npi);
  await expect(table.getByRole("row").filter({ hasText: "Board certification 1" })).toContainText(
    "Neurology",
  );
  await expectNoSeriousA11yViolations(page);

  // A second moderator (here: a second tab) has the same pending submission open.
  const other = await context.newPage();
  await other.goto(page.url());
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  await other.getByRole("button", { name: "Approve" }).click();
  await expect(other.getByText("This submission was already reviewed.")).toBeVisible();
  await other.close();

  const { rows } = await db.query(`SELECT id FROM "Provider" WHERE npi = $1`, [sub.npi]);
  expect(rows).toHaveLength(1);
  const audit = await db.query(
    `SELECT 1 FROM "AuditLog" WHERE action = 'submission.approve' AND "targetId" = $1`,
    [String(sub.id)],
  );
  expect(audit.rowCount).toBe(1);

  await page.getByRole("link", { name: "Verify this provider’s certifications" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Avery Quill");
  await expect(page.getByRole("article").first()).toContainText("Unverified");
});

test("a rejected submission needs a reason, and the submitter is e-mailed it", async () => {
  const { page } = moderator;
  const sub = await insertSubmission(db, `r${Date.now()}`);
  await page.goto(`/admin/submissions/${sub.id}`);
  await page.getByRole("button", { name: "Reject with this reason" }).click();
  await expect(page.getByText(/Give the reason for rejecting it/)).toBeVisible();
  const reason = "The ABPN lists no certification under this name; send a copy of the certificate.";
  await page.getByLabel(/Reason for rejecting/).fill(reason);
  await page.getByRole("button", { name: "Reject with this reason" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  const mail = await waitForMail(sub.email, new RegExp(`${sub.reference} was not approved`));
  expect(mail.text).toContain(reason);
});
