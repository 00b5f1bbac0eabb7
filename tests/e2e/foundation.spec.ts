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

  test("says visibly that the providers are fictional demo data", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("note").filter({ hasText: "Demo data: fictional providers" })).toBeVisible();
  });

  test("the location search box leads to /search with the typed place", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("ZIP code, City, ST, or latitude,longitude").fill("02139");
    await page.getByLabel("Within").selectOption("10");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?near=02139&radius=10/);
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
