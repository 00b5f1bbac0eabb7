// Issue 13 from the provider's side, as people use it: a provider ticks Spanish, types languages the
// list lacks (and one it knows), states a gender and ticks Medicare; a moderator sees them by name and
// approves; the profile shows the languages, the gender, and Medicare as reported by the practice with
// the date it was confirmed.
import { expect, test, type Page } from "@playwright/test";
import { npiCheckDigit } from "@/lib/npi";
import { expectNoSeriousA11yViolations } from "./support/axe";

// Submissions are rate limited per client network: this file gets its own (documentation) address.
test.use({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200) + 1}` } });

/** A valid NPI nobody else uses: the demo seed has 18000000xx, other specs 16…, 17… and 2…. */
function freshNpi(): string {
  const first9 = `19${String(Date.now()).slice(-4)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first9 + String(npiCheckDigit(first9));
}

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();
const LONG_DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

test("a provider's languages, gender and Medicare reach the profile, as reported by the practice and dated", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const npi = freshNpi();
  const lastName = `Okonkwo${npi.slice(-4)}`;
  await page.goto("/providers/new");
  await page.getByLabel("National Provider Identifier (NPI)").fill(npi);
  await page.getByLabel("First name").fill("Adaeze");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Credential").selectOption("MD");
  await page.getByRole("radio", { name: "Female" }).check();
  const languages = page.getByRole("group", { name: /Languages you consult in/ });
  await languages.getByRole("checkbox", { name: /^Spanish/ }).check();
  // The rest of the list is behind a disclosure, closed until opened.
  await expect(languages.getByRole("checkbox", { name: /^Haitian Creole/ })).toBeHidden();
  await languages.getByText(/^More languages/).click();
  await expect(languages.getByRole("checkbox", { name: /^Haitian Creole/ })).toBeVisible();
  // "Mandarin" is a language the list knows (Chinese); "Igbo" is not.
  await page.getByLabel("Other languages").fill("Igbo, Mandarin");
  await page.getByLabel("Contact e-mail for consultation requests").fill(`facts-${npi}@e2e.neckcare.test`);
  await expectNoSeriousA11yViolations(page);
  await next(page);

  await expect(page.getByRole("heading", { name: /^Step 2 of 6/ })).toBeFocused();
  await page.getByLabel("Practice name").fill("Riverbend Neurology");
  await page.getByLabel("Street address").fill("200 S Main St");
  await page.getByLabel("City").fill("Houston");
  await page.getByLabel("State").selectOption("TX");
  await page.getByLabel("ZIP code").fill("77002");
  await page.getByLabel("Phone, with area code").fill("713-555-0142");
  await next(page);
  await expect(page.getByRole("heading", { name: /^Step 3 of 6/ })).toBeFocused();
  await next(page);
  await expect(page.getByRole("heading", { name: /^Step 4 of 6/ })).toBeFocused();
  await page.getByLabel("Years injecting botulinum toxin in the neck").fill("7");
  await page.getByLabel("Neck (cervical) toxin procedures a year").fill("120");
  await page.getByLabel("EMG (electromyography)").check();
  await next(page);

  await expect(page.getByRole("heading", { name: /^Step 5 of 6\W+Consultation options$/ })).toBeFocused();
  const plans = page.getByRole("group", { name: /Insurance plans the practice accepts/ });
  await expect(plans).toHaveAccessibleDescription(/confirm with their plan/);
  await plans.getByRole("checkbox", { name: "Medicare", exact: true }).check();
  await expectNoSeriousA11yViolations(page);
  // Back to the first step and forward again: everything chosen is still there.
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Female" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Spanish/ })).toBeChecked();
  await expect(page.getByLabel("Other languages")).toHaveValue("Igbo, Mandarin");
  for (const step of [2, 3, 4, 5]) {
    await next(page);
    await expect(page.getByRole("heading", { name: new RegExp(`^Step ${step} of 6`) })).toBeFocused();
  }
  await expect(page.getByRole("checkbox", { name: "Medicare", exact: true })).toBeChecked();
  await next(page);

  await expect(page.getByRole("heading", { name: /^Step 6 of 6/ })).toBeFocused();
  const review = (label: string) =>
    page
      .locator("dl > div")
      .filter({ has: page.locator("dt", { hasText: label }) })
      .locator("dd");
  await expect(review("Languages").first()).toHaveText("Spanish, Chinese");
  await expect(review("Other languages (shown as written)")).toHaveText("Igbo");
  await expect(review("Gender")).toHaveText("Female");
  await expect(review("Insurance plans (reported by the practice)")).toHaveText("Medicare");
  await page.getByLabel(/I attest that this information is true/).check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/providers\/new\/submitted\?reference=NCF-/);
  const reference = new URL(page.url()).searchParams.get("reference")!;
  const submittedOn = LONG_DATE.format(new Date());

  const modContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.213" } });
  const mod = await modContext.newPage();
  await mod.goto("/admin/sign-in");
  await mod.getByLabel("E-mail address").fill(process.env.E2E_MODERATOR_EMAIL!);
  await mod.getByLabel("Password").fill(process.env.E2E_MODERATOR_PASSWORD!);
  await mod.getByRole("button", { name: "Sign in" }).click();
  await expect(mod).toHaveURL(/\/admin$/);
  await mod.goto("/admin/submissions?kind=NEW");
  await mod.getByRole("link", { name: reference }).click();
  const proposed = (label: string) =>
    mod.getByRole("row").filter({ has: mod.getByRole("rowheader", { name: label, exact: true }) });
  await expect(proposed("Languages")).toContainText("Spanish, Chinese");
  await expect(proposed("Other languages (shown as written)")).toContainText("Igbo");
  await expect(proposed("Gender")).toContainText("Female");
  await expect(proposed("Insurance plans (reported by the practice)")).toContainText("Medicare");
  await mod.getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  await mod.getByRole("link", { name: /: moderation page$/ }).click();
  const profileHref = await mod.getByRole("link", { name: "Public profile" }).getAttribute("href");
  await modContext.close();

  await page.goto(profileHref!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Adaeze ${lastName}, MD`);
  const header = page.locator("header dl > div");
  await expect(header.filter({ hasText: "Languages" }).locator("dd")).toHaveText(
    "Spanish, Chinese, Igbo (as written by the practice)",
  );
  await expect(header.filter({ hasText: "Gender" }).locator("dd")).toHaveText("Female");
  const insurance = page.getByRole("region", { name: "Insurance plans" });
  await expect(insurance.getByRole("list", { name: "Insurance plans reported by the practice" })).toHaveText(
    "Medicare",
  );
  await expect(insurance).toContainText("Reported by the practice: confirm with your plan.");
  const confirmed = await insurance.locator("time").textContent();
  expect([submittedOn, LONG_DATE.format(new Date())]).toContain(confirmed);
  await expectNoSeriousA11yViolations(page);
});
