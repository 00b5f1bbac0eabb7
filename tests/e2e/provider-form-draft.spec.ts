// Issue 18: the six-step provider form keeps its answers across a reload and the browser's Back
// (each step in the URL, the draft in the browser tab), clears a corrected field's error at once,
// and offers the public NPI registry's answers for an NPI that was imported.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { npiCheckDigit } from "@/lib/npi";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.use({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });

/** A valid NPI nobody else uses (the demo seed has 18…, provider-submission 17…). */
function freshNpi(prefix: string): string {
  const first9 = `${prefix}${String(Date.now()).slice(-4)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first9 + String(npiCheckDigit(first9));
}

const npiField = (page: Page) => page.getByLabel("National Provider Identifier (NPI)");
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();
const stepHeading = (page: Page, n: number, title: string) =>
  page.getByRole("heading", { name: new RegExp(`^Step ${n} of 6\\W+${title}$`) });

test("the provider form survives a reload at step 3 and Back from step 2, and a fixed NPI's error goes at once", async ({
  page,
}) => {
  const npi = freshNpi("15");
  await page.goto("/");
  // A returning provider finds the way in from every page.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Provider sign-in" })
    .click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/providers/new");
  await expect(page.getByRole("link", { name: "Provider sign-in" }).nth(1)).toHaveAttribute(
    "href",
    /\/sign-in/,
  );

  // A typo's message goes as soon as the NPI is right, without pressing Next again.
  await npiField(page).fill("1234567890");
  await next(page);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("check digit");
  await npiField(page).fill(npi);
  await expect(npiField(page)).not.toHaveAccessibleDescription(/it has a typo/);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).not.toContainText("check digit");
  await expect(summary).toContainText("Enter your first name.");

  await page.getByLabel("First name").fill("Morgan");
  await expect(summary).not.toContainText("Enter your first name.");
  await page.getByLabel("Last name").fill("Ashdown");
  await page.getByLabel("Credential").selectOption("MD");
  await page.getByLabel("Contact e-mail for consultation requests").fill(`draft-${npi}@e2e.neckcare.test`);
  await next(page);
  await expect(stepHeading(page, 2, "Practice locations")).toBeFocused();
  await expect(page).toHaveURL(/\/providers\/new\?step=2$/);

  // The browser's Back at step 2 goes to step 1 with every answer, not out of the form.
  await page.goBack();
  await expect(stepHeading(page, 1, "Identity and NPI")).toBeVisible();
  await expect(page).toHaveURL(/\/providers\/new$/);
  await expect(npiField(page)).toHaveValue(npi);
  await expect(page.getByLabel("Last name")).toHaveValue("Ashdown");
  await expect(page.getByLabel("Credential")).toHaveValue("MD");
  await page.goForward();
  await expect(stepHeading(page, 2, "Practice locations")).toBeVisible();

  await page.getByLabel("Practice name").fill("Harbor Neurology");
  await page.getByLabel("Street address").fill("1 Harbor Way");
  await page.getByLabel("City").fill("Boston");
  await page.getByLabel("State").selectOption("MA");
  await page.getByLabel("ZIP code").fill("02110");
  await page.getByLabel("Phone, with area code").fill("617-555-0100");
  await next(page);
  await expect(stepHeading(page, 3, "Board certifications")).toBeFocused();
  await expect(page).toHaveURL(/\?step=3$/);

  // A reload stays on step 3 and keeps every answer (kept in this tab only).
  await page.reload();
  await expect(stepHeading(page, 3, "Board certifications")).toBeVisible();
  await expect(page.getByText("Your earlier answers are back")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(stepHeading(page, 2, "Practice locations")).toBeFocused();
  await expect(page.getByLabel("Practice name")).toHaveValue("Harbor Neurology");
  await expect(page.getByLabel("ZIP code")).toHaveValue("02110");
  const stored = await page.evaluate(() => sessionStorage.getItem("ncf:provider-form:new"));
  expect(stored).toContain("Harbor Neurology");

  // A step whose earlier steps are not complete cannot be opened by its URL.
  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(page.url().replace(/\?step=\d$/, "?step=5"));
  await expect(stepHeading(fresh, 1, "Identity and NPI")).toBeVisible();
  await expect(fresh).toHaveURL(/\/providers\/new$/);
  await fresh.close();
});

test("the NPI of a row imported from the NPI registry offers its name, credential, specialty and address", async ({
  page,
}) => {
  const npi = freshNpi("14");
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    // An imported, unpublished registry row, as lib/nppes writes it (not in search: no SearchPoint).
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Provider" (npi, "firstName", "middleName", "lastName", credential, "taxonomyCodes",
         "registeredSpecialty", status, source, claimed, "updatedAt")
       VALUES ($1, 'Imogen', 'R', 'Vasquez-Lind', 'M.D.', ARRAY['2084N0400X'], 'Neurology Physician', 'DRAFT',
         'NPPES_IMPORT', false, now()) RETURNING id`,
      [npi],
    );
    await client.query(
      `INSERT INTO "Location" ("providerId", "practiceName", street1, city, state, zip, phone, "isPrimary", "updatedAt")
       VALUES ($1, '', '77 Registry Rd', 'Madison', 'WI', '53703', '(608) 555-0147', true, now())`,
      [rows[0]!.id],
    );
  } finally {
    await client.end();
  }

  await page.goto("/providers/new");
  await npiField(page).fill(npi);
  const offer = page.getByRole("region", { name: "Found in the NPI registry" });
  await expect(offer).toContainText("Imogen R Vasquez-Lind");
  await expect(offer).toContainText("M.D.");
  await expect(offer).toContainText(
    "Neurology Physician (self-selected in the registry, not a board certification)",
  );
  await expect(offer).toContainText("77 Registry Rd, Madison, WI 53703, phone (608) 555-0147");
  await expectNoSeriousA11yViolations(page);
  // Nothing is filled in until the provider says so.
  await expect(page.getByLabel("First name")).toHaveValue("");
  await offer.getByRole("button", { name: "Fill in these answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Filled in from the NPI registry" })).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("Imogen");
  await expect(page.getByLabel("Middle name")).toHaveValue("R");
  await expect(page.getByLabel("Last name")).toHaveValue("Vasquez-Lind");
  await expect(page.getByLabel("Credential")).toHaveValue("MD");
  const draft = JSON.parse((await page.evaluate(() => sessionStorage.getItem("ncf:provider-form:new")))!);
  expect(draft.form.locations[0]).toMatchObject({
    street1: "77 Registry Rd",
    city: "Madison",
    state: "WI",
    zip: "53703",
    phone: "(608) 555-0147",
  });
  expect(draft.form.certifications[0]).toMatchObject({ specialty: "NEUROLOGY", board: "" });

  // The lookup route answers only public registry fields, and a typo with a clear 400.
  const answer = await (await page.request.get(`/api/npi-lookup?npi=${npi}`)).json();
  expect(Object.keys(answer.record).sort()).toEqual(
    [
      "address",
      "credential",
      "firstName",
      "lastName",
      "middleName",
      "npi",
      "registeredSpecialty",
      "source",
      "specialty",
      "subspecialty",
      "suffix",
    ].sort(),
  );
  const bad = await page.request.get("/api/npi-lookup?npi=1234567890");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields.npi).toMatch(/check digit/);
});

test("an NPI the app has not imported is looked up in the NPPES API (a local stand-in here)", async ({
  page,
}) => {
  // NPPES_API_URL points at tests/e2e/support/nppes-stub.mjs, which knows NPIs starting with 13.
  const npi = freshNpi("13");
  await page.goto("/providers/new");
  await npiField(page).fill(npi);
  const offer = page.getByRole("region", { name: "Found in the NPI registry" });
  await expect(offer).toContainText("From the public NPI registry (NPPES), asked just now.");
  await expect(offer).toContainText("Priya Okonkwo-Hart");
  await expect(offer).toContainText("310 SW 10th Ave, Topeka, KS 66612, phone (785) 555-0131");
  await offer.getByRole("button", { name: "Fill in these answers" }).click();
  await expect(page.getByLabel("Last name")).toHaveValue("Okonkwo-Hart");
  await expect(page.getByLabel("Credential")).toHaveValue("DO");
  // A change of mind: "No, thanks" for another NPI leaves the form as it is.
  const other = freshNpi("13");
  await npiField(page).fill(other);
  await offer.getByRole("button", { name: "No, thanks" }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByLabel("First name")).toHaveValue("Priya");
});
