// Issue 18, maps: offline (no tiles) the results map stops zooming where its state outlines stop
// saying anything, its popups say what the doctor does, whether a certification was verified, and
// link the profile; each practice on a profile has a "Directions" link to its position.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.beforeEach(async ({ page }) => {
  // No internet here: tiles fail and the bundled state outlines must draw.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
});

test("offline, the results map zooms in only to the state level and says why", async ({ page }) => {
  await page.goto("/search?near=04401&radius=5");
  const map = page.getByRole("region", { name: /^Map of \d+ results?$/ });
  await expect.poll(() => map.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(50);
  await expect(
    page.getByText("The street map cannot load, so the map shows state outlines only"),
  ).toBeVisible();
  // Fitted to a 5-mile search it would be street level (13); offline it stops at 6, where the
  // outlines still show, and "Zoom in" says it can go no further.
  const zoomIn = map.locator(".leaflet-control-zoom-in");
  await expect(zoomIn).toHaveClass(/leaflet-disabled/);
  await expect(zoomIn).toHaveAttribute("aria-disabled", "true");
  await expect(map.locator(".leaflet-control-zoom-out")).not.toHaveClass(/leaflet-disabled/);
});

test("a marker's popup shows the specialty, the verification mark and a profile link", async ({ page }) => {
  await page.goto("/search?near=04401&radius=100&verified=1");
  const markers = page.locator(".leaflet-marker-icon[data-provider-id]");
  await expect(markers.first()).toBeVisible();
  const id = await markers.first().getAttribute("data-provider-id");
  await markers.first().click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText(/Board certified: (Neurology|Pain medicine|Physical medicine)/);
  await expect(popup).toContainText("Verified by NeckCare Finder");
  await expect(popup).toContainText("Demo data: fictional provider");
  const link = popup.getByRole("link", { name: /^View profile: / });
  await expect(link).toHaveAttribute("href", new RegExp(`^/providers/${id}(-|$)`));
  await expectNoSeriousA11yViolations(page);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/providers/${id}`));
});

test("a profile's practice has a Directions link to its position, on OpenStreetMap by default", async ({
  page,
}) => {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const { rows } = await db.query<{ id: number; latitude: number; longitude: number; practiceName: string }>(
    `SELECT p.id, l.latitude, l.longitude, l."practiceName" FROM "Provider" p JOIN "Location" l ON l."providerId" = p.id
     WHERE p.status = 'PUBLISHED' AND l.latitude IS NOT NULL AND l."isPrimary" ORDER BY p.id LIMIT 1`,
  );
  await db.end();
  const practice = rows[0]!;
  await page.goto(`/providers/${practice.id}`);
  const link = page.getByRole("link", {
    name: `Directions to ${practice.practiceName} (opens in a new tab)`,
  });
  await expect(link).toBeVisible();
  const href = new URL((await link.getAttribute("href"))!);
  expect(href.origin + href.pathname).toBe("https://www.openstreetmap.org/directions");
  const [lat, lng] = href.searchParams.get("to")!.split(",").map(Number);
  expect(lat).toBeCloseTo(practice.latitude, 4);
  expect(lng).toBeCloseTo(practice.longitude, 4);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
});
