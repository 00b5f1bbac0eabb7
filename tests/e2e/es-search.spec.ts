// The search and compare pages in Spanish (issue 19): words, aria labels, counts and messages in
// Spanish, links and forms that stay under /es, and the JSON API still English.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expectNoEnglish } from "./support/spanish";

type TApiResult = { id: number; name: string; distanceMiles: number | null };

const cards = (page: Page) =>
  page.getByRole("region", { name: "Lista de resultados" }).locator("li[data-provider-id]");

/**
 * No English in what the search renders (the page's main content). The header, the banner and the
 * footer belong to other parts of the interface and are checked with them: they are taken out of
 * the page first (this ends the test's use of the page).
 */
async function expectNoEnglishInMain(page: Page) {
  await page.evaluate(() => {
    const main = document.querySelector("main");
    for (const el of Array.from(document.body.children)) if (main && !el.contains(main)) el.remove();
    for (const el of Array.from(main?.parentElement?.children ?? [])) if (el !== main) el.remove();
  });
  await expectNoEnglish(page);
}

test("a search near a ZIP reads in Spanish, its filters stay under /es and each result says why it matched", async ({
  page,
}) => {
  await page.goto("/es/search?near=60611&radius=25");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(/^Médicos cerca de 60611 \(Chicago, IL\)/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Médicos cerca de 60611 (Chicago, IL)");
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: /^\d+ médicos? a menos de 25 millas de 60611 \(Chicago, IL\)/,
    }),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Ordenar" })).toHaveValue("distance");
  await expect(page.getByRole("search", { name: "Buscar por lugar" })).toHaveAttribute(
    "action",
    "/es/search",
  );

  const filters = page.getByRole("complementary", { name: "Filtros" });
  await expect(
    filters.getByRole("heading", { name: "Afine la búsqueda según los cinco pasos" }),
  ).toBeVisible();
  await expect(filters.getByText("Pida referencias y recomendaciones", { exact: false })).toBeVisible();
  await filters.getByLabel(/^Acepta pacientes nuevos \(\d+\)$/).check();
  await expect(page).toHaveURL(/\/es\/search\?.*accepting=1/);
  await filters.getByLabel("Años inyectando en el cuello").selectOption("5");
  await expect(page).toHaveURL(/\/es\/search\?.*minYears=5/);
  const chips = page.getByRole("navigation", { name: "Filtros aplicados" });
  await expect(chips.getByRole("link", { name: /^5\+ años/ })).toBeVisible();
  await expect(chips.getByRole("link", { name: "Quitar todos los filtros" })).toHaveAttribute(
    "href",
    /^\/es\/search\?/,
  );

  const first = cards(page).first();
  await expect(first).toContainText("Por qué coincide:");
  await expect(first).toContainText("Acepta pacientes nuevos");
  await expect(first).toContainText(/\d+ años inyectando en el cuello/);
  await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/es\/providers\/\d+/);
  await expect(first.getByRole("button", { name: /^Guardar a / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoEnglishInMain(page);
});

test("a name search from the Spanish search box stays under /es, and finds the doctor", async ({
  page,
  request,
}) => {
  const near = await (await request.get("/api/providers?near=60611&radius=25")).json();
  const doctor = (near.results as TApiResult[]).find(
    (r) => (r.name.split(",")[0]!.split(" ").at(-1) ?? "").length >= 5,
  )!;
  const last = doctor.name.split(",")[0]!.split(" ").at(-1)!;

  await page.goto("/es/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Encuentre un médico cerca de usted");
  await page.getByLabel("Nombre del médico o del consultorio").fill(last);
  await page.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page).toHaveURL(/\/es\/search\?.*q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Médicos en todo EE. UU. que coinciden con “${last}”`,
  );
  await expect(page.getByRole("combobox", { name: "Ordenar" })).toHaveValue("match");
  await expect(cards(page).first()).toContainText(`El nombre coincide con “${last}”`);
  await expect(cards(page).first().getByRole("link").first()).toContainText(last);
  await expectNoEnglishInMain(page);
});

test("bad input is explained in Spanish on /es/search while the API keeps English", async ({
  page,
  request,
}) => {
  await page.goto("/es/search?near=xyz");
  await expect(page.getByText("No encontramos “xyz”.", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("Código postal (ZIP) o ciudad")).toHaveValue("xyz");
  await expect(page.getByLabel("Código postal (ZIP) o ciudad")).toHaveAttribute("aria-invalid", "true");

  await page.goto("/es/search?near=02139&radius=7&board=dermatology");
  const alert = page.getByRole("alert").filter({ hasText: "Revise su búsqueda." });
  await expect(alert).toContainText("La distancia debe ser de 5, 10, 25, 50 o 100 millas.");
  await expect(alert).toContainText('"dermatology" no es uno de estos valores');
  await expectNoSeriousA11yViolations(page);

  const api = await request.get("/api/providers?near=02139&radius=7");
  expect(api.status()).toBe(400);
  const body = await api.json();
  expect(body.error.code).toBe("INVALID");
  expect(body.error.message).toContain("Radius must be 5, 10, 25, 50 or 100 miles.");

  await page.goto("/es/search?near=Springfield");
  await expect(
    page.getByText(/^Hay un lugar llamado Springfield en \d+ estados\. ¿Cuál busca\?$/),
  ).toBeVisible();
  const choices = page.getByRole("list", { name: "Lugares con ese nombre" }).getByRole("link");
  await expect(choices.filter({ hasText: "Springfield, IL (Illinois)" })).toHaveAttribute(
    "href",
    /^\/es\/search\?near=Springfield%2C\+IL/,
  );
  await expectNoEnglishInMain(page);
});

test("an empty search and a rural one never end at nothing, in Spanish", async ({ page }) => {
  await page.goto("/es/search?near=59001&radius=5&minVolume=500&minRating=4.5");
  await expect(
    page.getByRole("heading", { name: "Todavía no hay médicos que coincidan aquí" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Ampliar la búsqueda a 10 millas" })).toHaveAttribute(
    "href",
    /^\/es\/search\?/,
  );
  await page.getByRole("link", { name: "Quitar el filtro “4.5+ estrellas”" }).click();
  await expect(page).toHaveURL(/\/es\/search\?.*minVolume=500/);
  await expect(page).not.toHaveURL(/minRating/);

  await page.goto("/es/search?near=59301&radius=100");
  const section = page.getByRole("region", { name: "A más de 100 millas" });
  await expect(section).toContainText(
    /El médico más cercano que cumple sus filtros está a [\d,]+ millas de 59301 \(Miles City, MT\)/,
  );
  await expectNoEnglishInMain(page);
});

test("saved doctors compare side by side in Spanish, under /es", async ({ page }) => {
  await page.goto("/es/search?near=10001&radius=25");
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const card = cards(page).nth(i);
    ids.push((await card.getAttribute("data-provider-id"))!);
    await card.getByRole("button", { name: /^Guardar a / }).click();
    await expect(card.getByRole("button", { name: /^Guardado/ })).toHaveAttribute("aria-pressed", "true");
  }
  await page
    .getByRole("navigation", { name: "Principal" })
    .getByRole("link", { name: "Mi selección (2)" })
    .click();
  await expect(page).toHaveURL(/\/es\/compare\?ids=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparar 2 médicos");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: /^1\. Pida referencias/ })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /^Acepta pacientes nuevos/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Volver a la búsqueda" })).toHaveAttribute(
    "href",
    "/es/search",
  );
  await expect(page.getByRole("button", { name: "Imprimir esta comparación" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/es/compare?ids=abc");
  await expect(page.getByRole("alert")).toHaveText(
    "El enlace menciona un médico que no existe: los números de médico son números enteros.",
  );
  await page.goto(`/es/compare?ids=${ids.join(",")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparar 2 médicos");
  await expectNoEnglishInMain(page);
});
