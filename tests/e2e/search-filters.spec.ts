// The filters patients asked for (issue 13), as a patient uses them: a doctor found by a misspelt
// name typed on the home page, and Spanish + female + Medicare on the search page, with every
// result checked against each filter (on the page and in the JSON API).
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

const cards = (page: Page) => page.getByRole("region", { name: "Results list" }).locator("li[data-provider-id]");

type TApiResult = {
  id: number;
  name: string;
  distanceMiles: number | null;
  languages: string[] | null;
  gender: "female" | "male" | null;
  insurance: Array<{ source: string; plans: string[]; confirmedAt: string | null }> | null;
};

test.describe("filters patients expect", () => {
  test("a doctor is found by a misspelt name typed on the home page, with no place", async ({ page, request }) => {
    // A doctor of the demo directory with a long last name, and that name with a letter left out.
    const near = await (await request.get("/api/providers?near=60611&radius=25")).json();
    const doctor = (near.results as TApiResult[]).find((r) => (r.name.split(",")[0]!.split(" ").at(-1) ?? "").length >= 6)!;
    expect(doctor, "a demo doctor with a last name of six letters or more near 60611").toBeTruthy();
    const [first, ...rest] = doctor.name.split(",")[0]!.split(" ");
    const last = rest.at(-1)!;
    const typo = last.slice(0, 3) + last.slice(4);
    const typed = `${first} ${typo}`;

    await page.goto("/");
    await page.getByLabel(/Doctor or practice name/).fill(typed);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(typed).replace(/%20/g, "(\\+|%20)")}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Doctors across the US matching “${typed}”`);
    // Demo names repeat: the doctor is the card with its id, and it is on the first page.
    const card = page.getByRole("region", { name: "Results list" }).locator(`li[data-provider-id="${doctor.id}"]`);
    await expect(card.getByRole("link", { name: doctor.name, exact: true })).toBeVisible();
    // No place, so no distances; the name is why it matched.
    await expect(cards(page).first()).toContainText(`Name matches “${typed}”`);
    await expectNoSeriousA11yViolations(page);

    // The same search in the API: the doctor is there, everywhere in the country, with no distance.
    const api = await (await request.get(`/api/providers?q=${encodeURIComponent(typed)}`)).json();
    expect(api.query).toMatchObject({ location: null, radius: null, name: typed, sort: "match" });
    expect((api.results as TApiResult[]).map((r) => r.id)).toContain(doctor.id);
    for (const r of api.results as TApiResult[]) expect(r.distanceMiles).toBeNull();

    // With a place, the radius still applies.
    const within = await (await request.get(`/api/providers?near=60611&radius=25&q=${encodeURIComponent(typed)}`)).json();
    expect((within.results as TApiResult[]).map((r) => r.id)).toContain(doctor.id);
    for (const r of within.results as TApiResult[]) expect(r.distanceMiles).toBeLessThanOrEqual(25);
    const far = await (await request.get(`/api/providers?near=99501&radius=5&q=${encodeURIComponent(typed)}`)).json();
    expect((far.results as TApiResult[]).map((r) => r.id)).not.toContain(doctor.id);
  });

  test("Spanish + female + Medicare: every result satisfies each filter", async ({ page, request }) => {
    await page.goto("/search?near=Miami, FL&radius=50");
    const filters = page.getByRole("complementary", { name: "Filters" });
    await filters.getByLabel(/^Spanish/).check();
    await expect(page).toHaveURL(/language=es/);
    await filters.getByRole("radio", { name: /^Female/ }).check();
    await expect(page).toHaveURL(/gender=female/);
    await filters.getByRole("checkbox", { name: /^Medicare \(\d+\)$/ }).check();
    await expect(page).toHaveURL(/insurance=medicare/);

    const shown = await cards(page).count();
    expect(shown).toBeGreaterThan(0);
    for (const card of await cards(page).all()) {
      await expect(card).toContainText("Speaks Spanish");
      await expect(card).toContainText("Female doctor");
      await expect(card).toContainText("Accepts Medicare (reported by the practice)");
      await expect(card).toContainText(/Insurance.*Medicare.*Reported by the practice: confirm with your plan/);
    }
    await expectNoSeriousA11yViolations(page);

    // The API carries the facts each result was filtered on.
    const query = new URL(page.url()).search;
    const api = await (await request.get(`/api/providers${query}`)).json();
    expect(api.total).toBeGreaterThan(0);
    for (const r of api.results as TApiResult[]) {
      expect(r.languages).toContain("es");
      expect(r.gender).toBe("female");
      expect(r.insurance?.find((x) => x.source === "practice")?.plans).toContain("medicare");
    }

    // Reload keeps every choice; "Any" clears the gender.
    await page.reload();
    await expect(filters.getByLabel(/^Spanish/)).toBeChecked();
    await expect(filters.getByRole("radio", { name: /^Female/ })).toBeChecked();
    await filters.getByRole("radio", { name: "Any" }).check();
    await expect(page).not.toHaveURL(/gender=/);
  });

  test("bad values of the new filters get the same clear 400 and an inline message", async ({ page, request }) => {
    const bad = await request.get("/api/providers?near=60611&language=klingon&gender=other&insurance=acme&focus=x&q=a");
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("INVALID");
    expect(Object.keys(body.error.fields).sort()).toEqual(["focus", "gender", "insurance", "language", "q"]);

    await page.goto("/search?near=60611&q=a");
    await expect(page.getByText("Doctor or practice name must be 2 to 100 characters.")).toBeVisible();
    await expect(page.getByLabel(/Doctor or practice name/)).toHaveValue("a");
    await expect(page.getByLabel("ZIP code or city")).toHaveValue("60611");
  });
});

type TEvidence = { year: number; patients: number | null; visits: number | null; guidanceBilled: string[]; toxinsBilled: string[] } | null;

test.describe("public Medicare evidence in search", () => {
  test("medicareNeck=1 narrows a search to doctors whose Medicare claims show neck injections, each saying so with its year", async ({ page, request }) => {
    const all = await (await request.get("/api/providers?near=10001&radius=50")).json();
    const api = await (await request.get("/api/providers?near=10001&radius=50&medicareNeck=1")).json();
    expect(api.total).toBeGreaterThan(0);
    expect(api.total).toBeLessThan(all.total);
    for (const r of api.results as Array<{ medicareEvidence: TEvidence }>) {
      expect(r.medicareEvidence).not.toBeNull();
      expect(r.medicareEvidence!.patients).toBeGreaterThanOrEqual(11); // CMS publishes no count under 11
    }

    await page.goto("/search?near=10001&radius=50");
    await page.getByRole("complementary", { name: "Filters" }).getByLabel(/^Medicare claims show neck injections/).check();
    await expect(page).toHaveURL(/medicareNeck=1/);
    for (const card of await cards(page).all()) {
      await expect(card).toContainText(/Medicare claims show neck injections in \d{4}/);
      await expect(card).toContainText(/from public Medicare data, \d{4}/);
      await expect(card).toContainText("Medicare Part B patients only");
    }
    await expectNoSeriousA11yViolations(page);
  });

  test("minMedicarePatients keeps doctors with at least that many Medicare patients; experience ranks public evidence first", async ({ request }) => {
    const api = await (await request.get("/api/providers?near=10001&radius=100&minMedicarePatients=25")).json();
    expect(api.total).toBeGreaterThan(0);
    for (const r of api.results as Array<{ medicareEvidence: TEvidence }>) expect(r.medicareEvidence?.patients).toBeGreaterThanOrEqual(25);

    const ranked = await (await request.get("/api/providers?near=10001&radius=100&sort=experience")).json();
    const patients = (ranked.results as Array<{ medicareEvidence: TEvidence }>).map((r) => r.medicareEvidence?.patients ?? -1);
    expect(patients[0]).toBeGreaterThan(0);
    expect(patients).toEqual([...patients].sort((a, b) => b - a));
  });
});
