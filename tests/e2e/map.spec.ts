import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.describe("results map", () => {
  test("draws the offline basemap and clustered markers with no tile server", async ({ page }) => {
    // No internet here: tile requests fail, the bundled state outlines must still draw.
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/search?near=10001&radius=25");
    const map = page.getByRole("region", { name: /^Map of \d+ results$/ });
    await expect(map).toBeVisible();
    // The bundled state outlines: more than 50 shapes in their own pane under the tiles.
    await expect.poll(() => map.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(50);
    await expect(map.locator(".map-cluster").first()).toBeVisible();
    const label = await map.getAttribute("aria-label");
    expect(Number(/(\d+)/.exec(label ?? "")?.[1])).toBeGreaterThan(20); // every match, not just this page
    await expectNoSeriousA11yViolations(page);
  });

  test("clicking a marker highlights its list item", async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/search?near=04401&radius=100"); // few, spread-out results: markers stand alone
    const markers = page.locator(".leaflet-marker-icon[data-provider-id]");
    await expect(markers.first()).toBeVisible();
    const marker = markers.first();
    const id = await marker.getAttribute("data-provider-id");
    await marker.click();
    const item = page.locator(`li#result-${id}`);
    await expect(item).toHaveAttribute("aria-current", "true");
    await expect(item).toBeInViewport();
    // The popup labels demo data as the list does.
    await expect(page.locator(".leaflet-popup")).toContainText("Demo data: fictional provider");
  });

  test("when the map points cannot load, it says so and the list still has every result", async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.route(/\/api\/providers\/points/, (route) => route.fulfill({ status: 503, body: "{}" }));
    await page.goto("/search?near=10001&radius=25");
    await expect(page.getByText("The map points could not be loaded. The list has every result.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Results list" }).locator("li[data-provider-id]").first()).toBeVisible();
  });

  test("hovering a list item highlights its marker", async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/search?near=04401&radius=100");
    const markers = page.locator(".leaflet-marker-icon[data-provider-id]");
    await expect(markers.first()).toBeVisible();
    const id = await markers.first().getAttribute("data-provider-id");
    await page.locator(`li#result-${id}`).hover();
    await expect(page.locator(`.leaflet-marker-icon[data-provider-id="${id}"]`)).toHaveAttribute("data-highlighted", "true");
  });

  test("on a phone the list and the map are a toggle", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/search?near=10001");
    const list = page.getByRole("region", { name: "Results list" });
    await expect(list).toBeVisible();
    await expect(page.getByRole("region", { name: /^Map of/ })).toBeHidden();
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await expect(page.getByRole("region", { name: /^Map of/ })).toBeVisible();
    await expect(list).toBeHidden();
    // Choosing a marker with the list out of sight names the doctor instead of a hidden list item.
    await page.goto("/search?near=04401&radius=100");
    await page.getByRole("button", { name: "Map", exact: true }).click();
    const marker = page.locator(".leaflet-marker-icon[data-provider-id]").first();
    await expect(marker).toBeVisible();
    await marker.click();
    await expect(page.locator("[aria-live=polite]").filter({ hasText: /miles away\. Switch to the list to see the details\.$/ })).toHaveCount(1);
    await page.getByRole("button", { name: "List", exact: true }).click();
    await expect(list).toBeVisible();
    await context.close();
  });

  test("on a phone the list loads no map points, and Show on map opens the map at that doctor", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    const pointRequests: string[] = [];
    // Slow points, as on a rural connection: the map is drawn before they arrive.
    await page.route(/\/api\/providers\/points/, async (route) => {
      pointRequests.push(route.request().url());
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto("/search?near=10001&radius=25");
    const list = page.getByRole("region", { name: "Results list" });
    // The page's last result: far down the list, so the map and its toggle are off screen.
    await expect(list.locator("li[data-provider-id]").first()).toBeVisible();
    const chosen = list.locator("li[data-provider-id]").last();
    const id = await chosen.getAttribute("data-provider-id");
    const name = (await chosen.locator("h3").first().textContent())!.trim();
    // The map pane is hidden in the phone's list view: its points are not fetched while it is.
    await page.waitForTimeout(1500);
    expect(pointRequests).toEqual([]);
    await chosen.getByRole("button", { name: /^Show on map/ }).click();
    await expect(page.getByRole("region", { name: /^Map of/ })).toBeVisible();
    // The pressed button went with the list: focus is on the "Map" toggle, which is on screen.
    const mapToggle = page.getByRole("button", { name: "Map", exact: true });
    await expect(mapToggle).toBeFocused();
    await expect(mapToggle).toBeInViewport();
    // The points load now, and the chosen doctor's popup opens once they have.
    await expect(page.locator(".leaflet-popup")).toContainText(name);
    expect(pointRequests.length).toBe(1);
    await expect(page.locator(`.leaflet-marker-icon[data-provider-id="${id}"]`)).toBeVisible();
    await context.close();
  });
});
