import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

const cards = (page: Page) => page.getByRole("region", { name: "Results list" }).locator("li[data-provider-id]");

async function distances(page: Page): Promise<number[]> {
  const texts = await cards(page).locator("css=[class*=distance]").allTextContents();
  return texts.map((t) => Number(t.replace(/[^\d.]/g, "")));
}

async function resultCount(page: Page): Promise<number> {
  const text = await page.getByText(/doctors? within \d+ miles of/).first().textContent();
  return Number(/(\d+)/.exec(text ?? "")?.[1]);
}

test.describe("search near a ZIP code", () => {
  test("every result is inside the radius, nearest first, and the API agrees", async ({ page, request }) => {
    await page.goto("/");
    await page.getByLabel("ZIP code or city").fill("10001");
    await page.getByLabel("Within").selectOption("10");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Doctors near 10001 (New York, NY)");
    const shown = await distances(page);
    expect(shown.length).toBe(20);
    for (const d of shown) expect(d).toBeLessThanOrEqual(10);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));

    // The JSON API answers the same search with the same first page.
    const api = await (await request.get("/api/providers?near=10001&radius=10")).json();
    expect(api.total).toBe(await resultCount(page));
    expect(api.results.map((r: { distanceMiles: number }) => r.distanceMiles)).toEqual(shown);
    for (const r of api.results) expect(r.distanceMiles).toBeLessThanOrEqual(10);

    // The last page too: still inside the radius and still sorted.
    const lastPage = Math.ceil(api.total / api.pageSize);
    await page.goto(`/search?near=10001&radius=10&page=${lastPage}`);
    const last = await distances(page);
    expect(last.length).toBe(api.total - (lastPage - 1) * 20);
    for (const d of last) expect(d).toBeLessThanOrEqual(10);
    expect(last[0]).toBeGreaterThanOrEqual(shown.at(-1)!);
    await expectNoSeriousA11yViolations(page);
  });

  test("one filter from each of the five steps narrows to results that satisfy it", async ({ page }) => {
    await page.goto("/search?near=10001&radius=50");
    const all = await resultCount(page);
    const filters = page.getByRole("complementary", { name: "Filters" });

    // Step 1: recommended by clinicians.
    await filters.getByLabel(/Recommended by clinicians/).check();
    await expect(page).toHaveURL(/recommended=1/);
    const afterStep1 = await resultCount(page);
    expect(afterStep1).toBeLessThan(all);
    for (const text of await cards(page).allTextContents()) expect(text).toMatch(/Recommended by [1-9]\d* clinicians?/);

    // Step 2: board certified in neurology.
    await filters.getByLabel(/^Neurology/).check();
    await expect(page).toHaveURL(/board=neurology/);
    for (const card of await cards(page).all()) {
      await expect(card.getByRole("list", { name: "Board certifications" })).toContainText("Neurology");
    }

    // Step 3: at least 5 years injecting the neck.
    await filters.getByLabel("Years injecting the neck").selectOption("5");
    await expect(page).toHaveURL(/minYears=5/);
    for (const text of await cards(page).allTextContents()) {
      expect(Number(/(\d+) yrs injecting/.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    }

    // Step 4: average rating of 3.5 stars or more.
    await filters.getByLabel("Average rating").selectOption("3.5");
    await expect(page).toHaveURL(/minRating=3.5/);
    for (const text of await cards(page).allTextContents()) {
      expect(Number(/Rated (\d\.\d) of 5/.exec(text)?.[1])).toBeGreaterThanOrEqual(3.5);
    }

    // Step 5: accepting new patients.
    await filters.getByLabel(/Accepting new patients/).check();
    await expect(page).toHaveURL(/accepting=1/);
    const final = await resultCount(page);
    expect(final).toBeGreaterThan(0);
    for (const text of await cards(page).allTextContents()) expect(text).toContain("Accepting new patients");

    // Reload restores the same search; back undoes the last filter.
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(filters.getByLabel(/Accepting new patients/)).toBeChecked();
    expect(await resultCount(page)).toBe(final);
    await page.goBack();
    await expect(page).not.toHaveURL(/accepting=1/);
    await expect(filters.getByLabel(/Accepting new patients/)).not.toBeChecked();
    await expectNoSeriousA11yViolations(page);
  });

  test("bad input gets a clear inline message and keeps what was typed", async ({ page, request }) => {
    await page.goto("/search?near=xyz");
    await expect(page.getByText("We couldn't find 'xyz'. Try a 5-digit ZIP code or City, ST.").first()).toBeVisible();
    await expect(page.getByLabel("ZIP code or city")).toHaveValue("xyz");
    await expect(page.getByLabel("ZIP code or city")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);

    await page.goto("/search?near=02139&radius=7&board=dermatology");
    const alert = page.getByRole("alert").filter({ hasText: "Please check your search." });
    await expect(alert).toContainText("Radius must be 5, 10, 25, 50 or 100 miles.");
    await expect(alert).toContainText('"dermatology" is not one of');
    await expect(page.getByLabel("ZIP code or city")).toHaveValue("02139");
    // The valid rest of the search survives fixing the bad part.
    await page.goto("/search?near=02139&radius=7&minYears=5&telehealth=1");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/minYears=5/);
    await expect(page).toHaveURL(/telehealth=1/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Doctors near");

    await page.goto("/search?near=Springfield");
    await expect(page.getByText("There is a Springfield in")).toBeVisible();
    await page.getByRole("link", { name: "Springfield, MA" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Doctors near Springfield, MA");

    const bad = await request.get("/api/providers?near=02139&radius=7&minRating=abc");
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("INVALID");
    expect(Object.keys(body.error.fields).sort()).toEqual(["minRating", "radius"]);
  });

  test("verified badges carry the date of the check; a match reported by the practice says so in why it matched", async ({ page }) => {
    await page.goto("/search?near=10001&radius=25&verified=1");
    const verified = cards(page).first().locator(".badge--verified").first();
    await expect(verified).toContainText(/verified [A-Z][a-z]+ \d{1,2}, \d{4}/);
    await expect(cards(page).first()).toContainText(/Details last confirmed by the practice [A-Z][a-z]+ \d{1,2}, \d{4}/);
    await page.goto("/search?near=10001&radius=25&board=pmr");
    const why = await cards(page).allTextContents();
    expect(why.some((t) => /Verified board certification in physical medicine|Board certification in physical medicine.*\(reported by the practice\)/.test(t))).toBe(true);
  });

  test("a minimum from a link that the menu does not list stays chosen when other filters change", async ({ page }) => {
    await page.goto("/search?near=10001&radius=25&minYears=7");
    const years = page.getByLabel("Years injecting the neck");
    await expect(years).toHaveValue("7");
    await expect(years.locator("option:checked")).toHaveText(/^7\+ years \(\d+\)$/);
    await page.getByLabel(/^Telehealth consultations/).check();
    await expect(page).toHaveURL(/telehealth=1/);
    await expect(page).toHaveURL(/minYears=7/);
    await expect(years).toHaveValue("7");
  });

  test("a new page of results is announced with its number and takes focus to the top of the list", async ({ page }) => {
    await page.goto("/search?near=10001&radius=50");
    await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    const count = page.getByRole("heading", { level: 2, name: /doctors? within 50 miles of .* · page 2 of \d+/ });
    await expect(count).toBeFocused();
    await expect(page.locator("[aria-live=polite]").filter({ hasText: /page 2 of \d+\.$/ })).toHaveCount(1);
  });

  test("an empty result suggests widening the radius or dropping a named filter", async ({ page }) => {
    await page.goto("/search?near=59001&radius=5&minVolume=500&minRating=4.5");
    await expect(page.getByRole("heading", { name: "No doctors match here yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Widen the search to 10 miles" })).toBeVisible();
    await page.getByRole("link", { name: "Remove the filter “4.5+ stars”" }).click();
    await expect(page).not.toHaveURL(/minRating/);
    await expect(page).toHaveURL(/minVolume=500/);
  });

  test("use my location searches around the browser's position, and says so when refused", async ({ browser }) => {
    const allowed = await browser.newContext({ geolocation: { latitude: 42.3601, longitude: -71.0589 }, permissions: ["geolocation"] });
    const page = await allowed.newPage();
    await page.goto("/search");
    await page.getByRole("button", { name: "Use my location" }).click();
    // Rounded to about a kilometre, and named by its town and ZIP, never by raw coordinates.
    await expect(page).toHaveURL(/near=42\.36%2C-71\.06/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Doctors near [A-Z][A-Za-z ]+, MA \(near 0\d{4}\)$/);
    await expect(page).toHaveTitle(/Doctors near [A-Z][A-Za-z ]+, MA/);
    await allowed.close();

    const refused = await browser.newContext({ permissions: [] });
    const page2 = await refused.newPage();
    await page2.goto("/search");
    await page2.getByRole("button", { name: "Use my location" }).click();
    await expect(page2.getByText(/Location access was refused/)).toBeVisible();
    await refused.close();
  });

  test("use my location works from the home page too, titled with a town", async ({ browser }) => {
    const context = await browser.newContext({ geolocation: { latitude: 41.8925, longitude: -87.6262 }, permissions: ["geolocation"] });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page).toHaveURL(/near=41\.89%2C-87\.63/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Doctors near Chicago, IL \(near 606\d\d\)$/);
    await context.close();
  });

  test("an ambiguous town lists every state that has it, by name, in good grammar", async ({ page }) => {
    await page.goto("/search?near=Springfield");
    await expect(page.getByText(/There is a Springfield in \d+ states/)).toBeVisible();
    const choices = page.getByRole("list", { name: "Places with that name" }).getByRole("link");
    expect(await choices.count()).toBeGreaterThan(12);
    await expect(choices.filter({ hasText: "Springfield, IL (Illinois)" })).toHaveCount(1);
  });
});
