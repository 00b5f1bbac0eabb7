import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.describe("home page", () => {
  test("explains the directory, shows the five steps and the medical notice", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("botulinum toxin");
    const steps = page.getByRole("region", { name: "Five steps to choosing a doctor" }).getByRole("listitem");
    await expect(steps).toHaveCount(5);
    await expect(steps.nth(0)).toContainText("Seek referrals and recommendations");
    await expect(steps.nth(4)).toContainText("Schedule a consultation");

    const notice = page.getByRole("contentinfo");
    await expect(notice).toContainText("gives no medical advice");
    await expect(notice).toContainText("FDA-approved for cervical dystonia");
    await expect(notice).toContainText("off-label");
    await expectNoSeriousA11yViolations(page);
  });

  test("shows the cervical dystonia evidence beside the off-label neck-pain finding, and the risks", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Find doctors who may offer botulinum toxin injections in the neck",
    );
    const know = page.getByRole("region", { name: "Good to know" });
    const evidence = know.getByRole("region", { name: "What the evidence says" });
    await expect(evidence).toContainText(
      "For cervical dystonia, botulinum toxin is FDA-approved and a first-line treatment",
    );
    await expect(evidence).toContainText(
      "off-label, and a Cochrane review found little or no benefit over saline",
    );
    // Cochrane reviews open at their newest version: unversioned DOIs only.
    for (const review of ["CD003633", "CD004315", "CD008626"]) {
      const links = know.locator(`a[href*="${review}"]`);
      expect(await links.count(), review).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute("href"))))
        expect(href).toBe(`https://doi.org/10.1002/14651858.${review}`);
    }
    await expect(know.getByRole("region", { name: "Sources" })).toContainText(
      "Version read: 2011 version (CD008626.pub2)",
    );
    await expect(know).toContainText("greatest at about four to six weeks");
    const risks = know.getByRole("region", { name: "Risks" });
    await expect(risks).toContainText("dry mouth");
    await expect(risks.getByRole("note", { name: "Urgent symptoms" })).toContainText(
      "loss of bladder control",
    );
    await expect(page.getByRole("contentinfo")).toContainText("How to read the marks on provider facts");
    await expectNoSeriousA11yViolations(page);
  });

  test("says visibly that the providers are fictional demo data", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("note").filter({ hasText: "Demo data: fictional providers" })).toBeVisible();
  });

  test("the location search box leads to /search with the typed place", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("ZIP code or city").fill("02139");
    await page.getByLabel("Within").selectOption("10");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get("near")).toBe("02139");
    expect(params.get("radius")).toBe("10");
    // The optional name was left empty: it narrows nothing.
    expect(params.get("q") ?? "").toBe("");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Doctors near 02139/);
  });

  test("keyboard users can skip to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });
});

test("an unknown page is a friendly 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("health reports the database as JSON", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.status).toBe("up");
  expect(body.publishedProviders).toBeGreaterThan(2000);
});

test("responses carry security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
