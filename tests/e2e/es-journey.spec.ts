// Issue 19, "Done when": the patient journey in Spanish from the home page to a consultation request,
// with no English left on any page it passes (outside provider-written content) and no serious
// accessibility violation in either language. The parts are tested in depth by es-search, es-trust,
// es-checklist, profile and reviews specs; this walks them end to end as one patient would.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { waitForMail } from "./support/mail";
import { expectNoEnglish } from "./support/spanish";

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
});
test.afterAll(async () => {
  await db.end();
});
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 50) + 60}` });
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function spanishPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  await expectNoEnglish(page);
  await expectNoSeriousA11yViolations(page);
}

test("a patient finds a doctor, prepares the checklist and asks for a consultation, all in Spanish", async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Home: the language switcher keeps the page; the search form sends to /es/search.
  await page.goto("/");
  await page.getByRole("link", { name: "Ver esta página en español" }).click();
  await expect(page).toHaveURL(/\/es$/);
  await spanishPage(page);
  await page.getByLabel("Código postal (ZIP) o ciudad").fill("10001");
  await page.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page).toHaveURL(/\/es\/search\?near=10001/);
  const results = page.getByRole("region", { name: "Lista de resultados" });
  await expect(results.locator("li[data-provider-id]").first()).toBeVisible();
  await spanishPage(page);

  // A filter of step 5, and the language switch keeps the place and the filters.
  const filters = page.getByRole("complementary", { name: "Filtros" });
  // The filters apply as they change (the button is for browsers without JavaScript).
  await filters.getByLabel(/^Acepta pacientes nuevos \(\d+\)$/).check();
  await expect(page).toHaveURL(/\/es\/search\?.*accepting=1/);
  const query = new URL(page.url()).search;
  await page.getByRole("link", { name: "View this page in English" }).click();
  await expect(page).toHaveURL(`/search${query}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Ver esta página en español" }).click();
  await expect(page).toHaveURL(`/es/search${query}`);

  // The first doctor's profile, in Spanish.
  const first = page
    .getByRole("region", { name: "Lista de resultados" })
    .locator("li[data-provider-id]")
    .first();
  const id = Number(await first.getAttribute("data-provider-id"));
  await first.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/es/providers/${id}-`));
  await spanishPage(page);
  const doctor = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";

  // The checklist for this doctor: Spanish on screen and in the downloaded PDF.
  await page.getByRole("link", { name: "Prepárese para su consulta" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/es/checklist\\?provider=${id}`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await spanishPage(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar PDF" }).click();
  const download = await downloading;
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(await download.path())));
  const { text } = await extractText(pdf, { mergePages: true });
  const pdfText = text.replace(/\s+/g, " ");
  expect(pdfText).toContain("distonía cervical");
  expect(pdfText).toContain("911");
  expect(pdfText).not.toMatch(/\b(the|your|with|and)\b/);

  // Back to the profile: a consultation request, and the patient's copy in Spanish.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/es/providers/${id}-`));
  const form = page.getByRole("region", { name: "Solicitar una consulta" });
  const email = `viaje-${unique()}@example.org`;
  await form.getByRole("textbox", { name: "Su nombre", exact: true }).fill("Lucía Viaje");
  await form.getByRole("textbox", { name: "Correo electrónico", exact: true }).fill(email);
  await form
    .getByRole("textbox", { name: "Mensaje", exact: true })
    .fill("Tengo la cabeza girada desde hace un año.");
  await form.getByRole("checkbox", { name: /Acepto/ }).check();
  const referral = form.getByRole("group", { name: "¿Tiene una remisión?" });
  if (await referral.isVisible())
    await referral.getByRole("radio", { name: "Sí, tengo una remisión" }).check();
  await form.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(form.getByRole("status")).toContainText("Le enviamos una copia de su solicitud");
  await expectNoEnglish(page);
  const reference = (await form.getByTestId("consult-reference").textContent())?.trim() ?? "";
  const copy = await waitForMail(
    email,
    new RegExp(`^Su solicitud de consulta a .+ \\(referencia ${reference}\\)$`),
  );
  expect(copy.text).toContain(`Referencia: ${reference}`);
  expect(copy.text).toContain(doctor.replace(/\s*\(.*$/, "").split(",")[0]!);
  const row = await db.query('SELECT "providerId" FROM "ConsultRequest" WHERE reference = $1', [reference]);
  expect(row.rows).toEqual([{ providerId: id }]);
});

test("every patient page is free of serious accessibility violations and of English in Spanish", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { rows } = await db.query(
    `SELECT p.id FROM "Provider" p WHERE p.status = 'PUBLISHED' AND p.source = 'DEMO' ORDER BY p.id LIMIT 2`,
  );
  const [a, b] = rows.map((r) => r.id as number);
  const pages = [
    "/",
    "/search?near=60611&radius=25",
    `/providers/${a}`,
    `/providers/${a}/reviews`,
    `/providers/${a}/review`,
    `/providers/${a}/recommend`,
    `/compare?ids=${a},${b}`,
    "/checklist",
    "/about",
    "/privacy",
    "/terms",
    "/contact",
    "/no-such-page",
  ];
  for (const path of pages) {
    for (const prefix of ["", "/es"]) {
      await page.goto(`${prefix}${path === "/" && prefix ? "" : path}`);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      if (prefix) {
        await expect(page.locator("html")).toHaveAttribute("lang", "es");
        await expectNoEnglish(page, `${prefix}${path}`);
      }
    }
  }
});
