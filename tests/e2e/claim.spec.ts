// Issue 7, point 5: a provider claims a listing imported from the public NPI registry, a moderator
// approves the claim, and the provider then manages the listing from the account page.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { linkIn, waitForMail } from "./support/mail";

// Sign-in attempts are rate limited per network: this file uses its own (documentation) addresses.
const network = (n: number) => ({ "x-forwarded-for": `203.0.113.${n}` });
const FIXTURE = "tests/fixtures/nppes/plannet_sample-nppes-practitioner_20181204-data.csv";

/** Imports three real neurologists' rows from the NPPES sample into the e2e database, as an operator would. */
function importRealRows(): string[] {
  const lines = readFileSync(FIXTURE, "latin1").split(/\r?\n/);
  const rows = lines.slice(1).filter((l) => l.includes('"2084N0400X"')).slice(0, 3);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "nppes-e2e-")), "npidata_pfile_e2e.csv");
  writeFileSync(file, `${[lines[0], ...rows].join("\r\n")}\r\n`, "latin1");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/import-nppes.ts", file], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NPPES_PUBLISH_IMPORTED: "true" },
    stdio: "pipe",
  });
  return rows.map((r) => /^"(\d{10})"/.exec(r)![1]!);
}

test("a provider claims an imported listing through moderation", async ({ browser }) => {
  const npis = importRealRows();
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ id: number; npi: string; zip: string }>(
    `SELECT p.id, p.npi, l.zip FROM "Provider" p JOIN "Location" l ON l."providerId" = p.id
     WHERE p.npi = ANY($1) AND p.source = 'NPPES_IMPORT' AND p.status = 'PUBLISHED' AND NOT p.claimed AND l.latitude IS NOT NULL
     ORDER BY p.id LIMIT 1`,
    [npis],
  );
  await client.end();
  const listing = rows[0];
  expect(listing, "an imported, published, unclaimed listing").toBeDefined();

  // The provider finds the listing and starts a claim; signing in by e-mail brings them back here.
  const email = `claimant-${Date.now()}@e2e.test`;
  const providerContext = await browser.newContext({ extraHTTPHeaders: network(21) });
  const page = await providerContext.newPage();
  await page.goto(`/providers/${listing!.id}`);
  await expect(page.getByText("From the public NPI registry, not yet claimed").first()).toBeVisible();
  // The registry says nothing about consultations: nothing is shown, or sent, as if it did.
  await expect(page.getByText("Not confirmed by the practice").first()).toBeVisible();
  await expect(page.getByText("Not accepting new patients")).toHaveCount(0);
  await expect(page.getByText("Not confirmed: the public NPI registry does not say whether a referral is needed")).toBeVisible();
  expect(await page.locator('script[type="application/ld+json"]').first().textContent()).not.toContain("isAcceptingNewPatients");
  let listed: unknown;
  for (let n = 1; n <= 10 && !listed; n++) {
    const api = await (await page.request.get(`/api/providers?near=${listing!.zip}&radius=5&page=${n}`)).json();
    listed = api.results.find((r: { id: number }) => r.id === listing!.id);
  }
  expect(listed).toMatchObject({ isUnclaimedImport: true, acceptingNewPatients: null, telehealth: null, inPerson: null, referralNeeded: null });
  await page.getByRole("link", { name: "Is this you? Claim this listing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Claim the listing of");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Sign in to claim" }).click();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByText(`If ${email} can sign in here, a sign-in link is on its way`)).toBeVisible();
  const mail = await waitForMail(email, /sign-in link/);
  await page.goto(linkIn(mail, "/api/auth/magic-link/verify"));
  await expect(page).toHaveURL(new RegExp(`/providers/${listing!.id}/claim`));

  // A wrong NPI is explained; the listing's own NPI and the attestation send the claim.
  await page.getByLabel("Your NPI").fill("1234567893");
  await page.getByLabel(/I am this provider/).check();
  await page.getByRole("button", { name: "Send my claim for review" }).click();
  await expect(page.getByText("That NPI is not the one of this listing.").first()).toBeVisible();
  await expect(page.getByLabel("Your NPI")).toHaveValue("1234567893");
  await page.getByLabel("Your NPI").fill(listing!.npi);
  await page.getByLabel(/I am this provider/).check();
  await page.getByRole("button", { name: "Send my claim for review" }).click();
  const done = page.getByRole("status").filter({ hasText: "is waiting for a moderator" });
  await expect(done).toBeVisible();
  const reference = /NCF-[2-9A-Z]{6}/.exec((await done.textContent()) ?? "")?.[0];
  expect(reference).toBeTruthy();
  await waitForMail(email, new RegExp(`We received your claim ${reference}`));

  // A moderator approves the claim from the claims queue.
  const modContext = await browser.newContext({ extraHTTPHeaders: network(22) });
  const mod = await modContext.newPage();
  await mod.goto("/admin/sign-in");
  await mod.getByLabel("E-mail address").fill(process.env.E2E_MODERATOR_EMAIL!);
  await mod.getByLabel("Password").fill(process.env.E2E_MODERATOR_PASSWORD!);
  await mod.getByRole("button", { name: "Sign in" }).click();
  await expect(mod).toHaveURL(/\/admin$/);
  await mod.goto("/admin/submissions?kind=CLAIM");
  await mod.getByRole("link", { name: reference! }).click();
  await expect(mod.getByText("NPI typed by the claimant")).toBeVisible();
  await expectNoSeriousA11yViolations(mod);
  await mod.getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByText(/Approved\. The submitter has been e-mailed/)).toBeVisible();
  await modContext.close();

  // The provider now manages the listing, which no longer says "not yet claimed".
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Your profiles" }).getByText(`NPI ${listing!.npi}`)).toBeVisible();
  await page.goto(`/providers/${listing!.id}`);
  await expect(page.getByText("From the public NPI registry, not yet claimed")).toHaveCount(0);
  await providerContext.close();
});
