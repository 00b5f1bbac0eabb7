// A provider submits a profile at /providers/new as people do: a typo in the NPI first, six steps,
// a confirmation with a reference, the sign-in e-mail, and the pending submission in /account.
import { expect, test, type Page } from "@playwright/test";
import { npiCheckDigit } from "@/lib/npi";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { linkIn, waitForMail } from "./support/mail";

// Submissions are rate limited per client network: each test gets its own (documentation) address.
test.use({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });

/** A valid NPI nobody else uses: the demo seed has 18000000xx, other specs 16… and 2…. */
function freshNpi(): string {
  const first9 = `17${String(Date.now()).slice(-4)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first9 + String(npiCheckDigit(first9));
}

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();

async function expectStep(page: Page, n: number, title: string) {
  const heading = page.getByRole("heading", { name: new RegExp(`^Step ${n} of 6\\W+${title}$`) });
  await expect(heading).toBeFocused();
  await expectNoSeriousA11yViolations(page);
}

test("a provider submits a profile, follows the e-mailed link to their account; once a moderator approves and verifies it, it is found in search with the verified badge", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // a whole journey: six steps, e-mail, moderation, search
  const npi = freshNpi();
  const email = `provider-${npi}@e2e.neckcare.test`;
  await page.goto("/providers/new");
  await expect(page.getByRole("heading", { name: /^Step 1 of 6\W+Identity and NPI$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Step 1, with a typo in the NPI: explained inline and in the summary, which takes focus.
  await page.getByLabel("National Provider Identifier (NPI)").fill("1234567890");
  await page.getByLabel("First name").fill("Robin");
  await page.getByLabel("Middle name").fill("<b>Lee</b>");
  await page.getByLabel("Last name").fill("Castellano");
  await page.getByLabel("Credential").selectOption("DO");
  await page.getByLabel("Contact e-mail for consultation requests").fill(email);
  await next(page);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("last digit does not match its check digit");
  await expect(page.getByLabel("National Provider Identifier (NPI)")).toHaveAccessibleDescription(
    /check digit, so it has a typo/,
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("National Provider Identifier (NPI)").fill(npi);
  await next(page);

  await expectStep(page, 2, "Practice locations");
  await page.getByLabel("Practice name").fill("Lakeside Movement Clinic");
  await page.getByLabel("Street address").fill("400 Lake Shore Dr");
  await page.getByLabel("City").fill("Chicago");
  await page.getByLabel("State").selectOption("IL");
  await page.getByLabel("ZIP code").fill("60611");
  await page.getByLabel("Phone, with area code").fill("312.555.0199");
  // A second location is added with focus on its first field, and removed with focus back on "Add".
  await page.getByRole("button", { name: "Add another location" }).click();
  await expect(page.getByLabel("Practice name").nth(1)).toBeFocused();
  await page.getByRole("button", { name: "Remove location 2" }).click();
  await expect(page.getByRole("button", { name: "Add another location" })).toBeFocused();
  await expect(page.getByLabel("Practice name")).toHaveValue("Lakeside Movement Clinic");
  await next(page);

  await expectStep(page, 3, "Board certifications");
  await page.getByRole("button", { name: "Add a board certification" }).click();
  await expect(page.getByLabel("Certifying board")).toBeFocused();
  await page.getByLabel("Certifying board").selectOption("ABPN");
  await page.getByLabel("Specialty", { exact: true }).selectOption("NEUROLOGY");
  await page.getByLabel("Year certified").fill("2012");
  await next(page);

  await expectStep(page, 4, "Neck injection experience");
  await page.getByLabel("Years injecting botulinum toxin in the neck").fill("9");
  await page.getByLabel("Neck (cervical) toxin procedures a year").fill("180");
  await page.getByLabel("EMG (electromyography)").check();
  await page.getByLabel("Xeomin (incobotulinumtoxinA)").check();
  await next(page);

  await expectStep(page, 5, "Consultation options");
  await page.getByLabel("Telehealth (video) consultations").check();
  // Back and forth keeps every answer.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Years injecting botulinum toxin in the neck")).toHaveValue("9");
  await next(page);
  await expect(page.getByLabel("Telehealth (video) consultations")).toBeChecked();
  await next(page);

  await expectStep(page, 6, "Review and attest");
  await expect(page.getByText("(312) 555-0199")).toBeVisible();
  // Markup is shown as the text that was typed.
  await expect(page.getByText("<b>Lee</b>")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Tick the box to attest",
  );
  await page.getByLabel(/I attest that this information is true/).check();
  await page.getByRole("button", { name: "Submit for review" }).dblclick();

  await expect(page).toHaveURL(/\/providers\/new\/submitted\?reference=NCF-/);
  const reference = new URL(page.url()).searchParams.get("reference")!;
  await expect(page.getByRole("status")).toContainText(`Your reference is ${reference}`);
  // The confirmation says where the sign-in link went, and the draft is gone from the browser.
  await expect(page.getByText(`We sent a sign-in link to ${email}`)).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("ncf:provider-form:new"))).toBeNull();
  await expectNoSeriousA11yViolations(page);

  expect((await waitForMail(email, /We received your submission/)).subject).toBe(
    `We received your submission ${reference}`,
  );
  await page.goto(linkIn(await waitForMail(email, /sign-in link/i), "/api/auth/magic-link"));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row").filter({ hasText: reference });
  // The double click sent one submission.
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Waiting for review");
  await expect(rows).toContainText("New profile: Robin Castellano, DO");
  await expectNoSeriousA11yViolations(page);

  // A moderator approves the submission and verifies its certification…
  const modContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.251" } });
  const mod = await modContext.newPage();
  await mod.goto("/admin/sign-in");
  await mod.getByLabel("E-mail address").fill(process.env.E2E_MODERATOR_EMAIL!);
  await mod.getByLabel("Password").fill(process.env.E2E_MODERATOR_PASSWORD!);
  await mod.getByRole("button", { name: "Sign in" }).click();
  await expect(mod).toHaveURL(/\/admin$/);
  await mod.goto("/admin/submissions?kind=NEW");
  await mod.getByRole("link", { name: reference }).click();
  await expectNoSeriousA11yViolations(mod);
  await mod.getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  await mod.getByRole("link", { name: "Verify this provider’s certifications" }).click();
  const cert = mod.getByRole("article").first();
  await cert.getByLabel("Verified: the board confirms it").check();
  await cert.getByLabel("How you checked it").selectOption("BOARD_ONLINE_LOOKUP");
  await cert.getByLabel("Source").fill("ABPN Verify Certification, abpn.org");
  await cert.getByRole("button", { name: "Record the check" }).click();
  await expect(mod.getByRole("status").filter({ hasText: "is recorded as verified" })).toBeVisible();
  await expectNoSeriousA11yViolations(mod);
  await modContext.close();

  // …and the profile appears in search near its ZIP, with the verified badge.
  await page.goto("/search?near=60611&radius=5&verified=1");
  const card = page.locator("li[data-provider-id]").filter({ hasText: "Robin Castellano, DO" });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("list", { name: "Board certifications" })).toContainText("ABPN · Neurology · verified");
  await expect(card).toContainText("Lakeside Movement Clinic");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount|\/sign-in\?next=\/account/);
});

test("an NPI that is already listed is offered as a claim, not a duplicate", async ({ page }) => {
  await page.goto("/providers/new");
  // A demo provider from the seed.
  await page.getByLabel("National Provider Identifier (NPI)").fill("1800000006");
  await page.getByLabel("First name").fill("Sam");
  await page.getByLabel("Last name").fill("Doe");
  await page.getByLabel("Credential").selectOption("MD");
  await page.getByLabel("Contact e-mail for consultation requests").fill("claim-offer@e2e.neckcare.test");
  await next(page);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("This NPI is already listed");
  await expect(summary.getByRole("link", { name: "claim it" })).toHaveAttribute(
    "href",
    /^\/providers\/\d+\/claim$/,
  );
  // …next to a link to the listed profile.
  await expect(summary.locator('a[href^="/providers/"]:not([href$="/claim"])')).toHaveAttribute(
    "href",
    /^\/providers\/\d+-/,
  );
  await expect(page.getByRole("heading", { name: /Step 1 of 6/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
