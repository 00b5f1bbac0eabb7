// Search journeys that end well (issue 17): a rural search is never a dead end.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

type TApiResult = { id: number; distanceMiles: number | null; state: string; telehealth: boolean | null };

test("a rural search shows the nearest doctors beyond 100 miles with their distance, and the API returns them", async ({ page, request }) => {
  // Miles City, MT: no listed doctor within 100 miles.
  const api = await (await request.get("/api/providers?near=59301&radius=100")).json();
  expect(api.total).toBeLessThan(3);
  const beyond = api.nearestBeyond as TApiResult[];
  expect(beyond.length).toBeGreaterThan(0);
  expect(beyond.length).toBeLessThanOrEqual(5);
  const miles = beyond.map((r) => r.distanceMiles!);
  for (const d of miles) expect(d).toBeGreaterThan(100);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  expect(api.telehealthInState.state).toBe("MT");
  for (const r of api.telehealthInState.results as TApiResult[]) {
    expect(r.state).toBe("MT");
    expect(r.telehealth).toBe(true);
  }
  // Enough results: not looked up.
  expect((await (await request.get("/api/providers?near=10001&radius=25")).json()).nearestBeyond).toBeNull();

  await page.goto("/search?near=59301&radius=100");
  const section = page.getByRole("region", { name: "Farther than 100 miles" });
  await expect(section).toContainText(`The nearest doctor who matches your filters is ${miles[0]!.toFixed(0)} miles from 59301 (Miles City, MT)`);
  await expect(section.locator("[data-beyond-id]")).toHaveCount(beyond.length);
  await expect(section.locator("[data-beyond-id]").first()).toContainText(`${miles[0]!.toFixed(1)} mi`);
  if ((api.telehealthInState.results as TApiResult[]).length) {
    await expect(section).toContainText("The injections themselves need an in-person visit.");
  }
  await expectNoSeriousA11yViolations(page);
});

test("an empty search says how many doctors dropping each filter would give", async ({ page }) => {
  await page.goto("/search?near=10001&radius=5&minYears=15&minRating=4.5&minReviews=25&language=sgn");
  await expect(page.getByRole("heading", { name: "No doctors match here yet" })).toBeVisible();
  const items = page.getByRole("listitem").filter({ hasText: "Remove the filter" });
  expect(await items.count()).toBe(4);
  for (const text of await items.allTextContents()) expect(text).toMatch(/\((still no doctors|\d+ doctors?)\)/);
});

test("arrowing through a filter menu does not search until a choice is made", async ({ page }) => {
  await page.goto("/search?near=10001&radius=25");
  const years = page.getByRole("complementary", { name: "Filters" }).getByLabel("Years injecting the neck");
  await years.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  // Give a search time to start, had one been started.
  await page.waitForTimeout(800);
  expect(page.url()).not.toContain("minYears");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/minYears=3/);
  await expect(years).toBeFocused();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("filters open over the results, and 'Show N results' lands on the results with the chips in view", async ({ page }) => {
    await page.goto("/search?near=10001&radius=25");
    await page.getByRole("button", { name: /^Filters/ }).click();
    const sheet = page.getByRole("dialog", { name: "Filters" });
    await expect(sheet).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await sheet.getByLabel(/^Accepting new patients/).check();
    await expect(page).toHaveURL(/accepting=1/);
    await sheet.getByLabel(/^Neurology/).check();
    await expect(page).toHaveURL(/board=neurology/);
    const show = sheet.getByRole("button", { name: /^Show \d+ results?$/ });
    const shown = Number(/\d+/.exec((await show.textContent()) ?? "")?.[0]);
    await show.click();
    await expect(sheet).toBeHidden();
    const count = page.locator("[data-results-count]");
    await expect(count).toBeFocused();
    await expect(count).toContainText(String(shown));
    const chips = page.getByRole("navigation", { name: "Filters in force" });
    await expect(chips).toBeInViewport();
    await expect(chips.getByRole("link", { name: /Accepting new patients/ })).toBeVisible();
    await expect(chips.getByRole("link", { name: /Board: Neurology/ })).toBeVisible();
    // A chip removes its filter.
    await chips.getByRole("link", { name: /Accepting new patients/ }).click();
    await expect(page).not.toHaveURL(/accepting=1/);
    await expect(page).toHaveURL(/board=neurology/);
  });

  test("Escape closes the filters and gives focus back to the button", async ({ page }) => {
    await page.goto("/search?near=10001&radius=25");
    const button = page.getByRole("button", { name: /^Filters/ });
    await button.click();
    await expect(page.getByRole("dialog", { name: "Filters" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Filters" })).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test("save three doctors, compare them side by side, reload, print on one landscape page, share the link", async ({ page, browser }) => {
  test.setTimeout(120_000); // three saves, two page loads, a PDF and a second browser
  await page.goto("/search?near=10001&radius=25");
  const cardsList = page.getByRole("region", { name: "Results list" }).locator("li[data-provider-id]");
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const card = cardsList.nth(i);
    ids.push((await card.getAttribute("data-provider-id"))!);
    const save = card.getByRole("button", { name: /^Save / });
    await save.click();
    await expect(card.getByRole("button", { name: /Saved/ })).toHaveAttribute("aria-pressed", "true");
  }
  const header = page.getByRole("navigation", { name: "Main" });
  await header.getByRole("link", { name: "Shortlist (3)" }).click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  expect(decodeURIComponent(new URL(page.url()).searchParams.get("ids") ?? "")).toBe(ids.join(","));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare 3 doctors");
  const table = page.getByRole("table");
  await expect(table.locator("thead th")).toHaveCount(3);
  for (const step of ["1. Seek referrals", "2. Check certifications", "3. Consider experience", "4. Read patient", "5. Schedule a consultation"]) {
    await expect(table.getByRole("columnheader", { name: new RegExp(`^${step}`) })).toBeVisible();
  }
  // Each fact carries its mark: a public, reported or verified one somewhere in the table.
  await expect(table.locator("[data-fact]").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare 3 doctors");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shortlist (3)" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { getDocumentProxy } = await import("unpdf");
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  expect(doc.numPages).toBe(1);
  const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
  expect(viewport.width).toBeGreaterThan(viewport.height); // landscape
  await page.emulateMedia({ media: "screen" });

  // The link works in a browser that never saved anything.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Compare 3 doctors");
  await expect(other.getByRole("table").locator("thead th")).toHaveCount(3);
  await fresh.close();
});

test("a result card is one link to the profile, with one more tab stop for saving", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/search?near=10001&radius=25");
  const card = page.getByRole("region", { name: "Results list" }).locator("li[data-provider-id]").first();
  const stops = await card.evaluate((el) =>
    Array.from(el.querySelectorAll<HTMLElement>("a[href], button, input, select, [tabindex]")).filter((n) => n.offsetParent !== null && n.tabIndex >= 0).length,
  );
  expect(stops).toBe(2);
  // Clicking anywhere on the card opens the profile.
  const href = await card.getByRole("link").first().getAttribute("href");
  // The practice line lies under the card-wide link: a click there lands on the link.
  await card.locator("css=[class*=practice]").click({ force: true });
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
