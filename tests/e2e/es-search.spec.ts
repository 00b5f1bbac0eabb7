// The search and compare pages in Spanish (issue 19): words, aria labels, counts and messages in
// Spanish, links and forms that stay under /es, and the JSON API still English.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

type TApiResult = { id: number; name: string; distanceMiles: number | null };

// Each test loads full result pages and runs axe on them: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const cards = (page: Page) =>
  page.getByRole("region", { name: "Lista de resultados" }).locator("li[data-provider-id]");

type TTree = { [key: string]: string | TTree };
const leaves = (tree: TTree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : leaves(v)));
const messages = (locale: string, ns: string): TTree =>
  JSON.parse(
    readFileSync(new URL(`../../lib/i18n/messages/${locale}/${ns}.json`, import.meta.url), "utf8"),
  ) as TTree;

/** The English messages of the search's namespaces, their literal parts of two words or more (as tests/e2e/support/english-check.ts does for all). */
const ENGLISH_MESSAGES = (() => {
  const namespaces = ["search", "searchClient", "compare", "shortlist"];
  const spanish = new Set(namespaces.flatMap((ns) => leaves(messages("es", ns))));
  return namespaces
    .flatMap((ns) => leaves(messages("en", ns)))
    .filter((m) => !spanish.has(m))
    .flatMap((m) => m.split(/\{[^{}]*\}|<\/?\w+>/))
    .map((part) => part.trim().replace(/[.:;,]$/, ""))
    .filter((part) => part.split(/\s+/).length >= 2 && /^[A-Za-z]/.test(part));
})();
const ENGLISH_WORDS = new Set(
  "the and your you with this that are is of to for from near which what when where who how not only about within".split(
    " ",
  ),
);

/**
 * No English in what the search renders (the page's main content: visible text and the words of
 * aria-label, title and placeholder), outside provider-written text (data-provider-text). The
 * header and the footer belong to other parts of the interface and are checked with them.
 */
async function expectNoEnglishInMain(page: Page) {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const main = document.querySelector("main")!;
    const skip = (el: Element | null) =>
      !!el?.closest("[data-provider-text], [lang]:not(html), script, style, template");
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.replace(/\s+/g, " ").trim();
      if (text && n.parentElement && !skip(n.parentElement)) out.push(text);
    }
    for (const el of main.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (skip(el)) continue;
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
  const all = texts.join(" \n ");
  const found = ENGLISH_MESSAGES.filter((m) => all.includes(m)).map((m) => `English message: "${m}"`);
  for (const t of texts) {
    const hits = [...new Set(t.toLowerCase().match(/[a-z']+/g) ?? [])].filter((w) => ENGLISH_WORDS.has(w));
    if (hits.length >= 2) found.push(`English words (${hits.join(", ")}): "${t.slice(0, 160)}"`);
  }
  expect([...new Set(found)], `English left on ${page.url()}`).toEqual([]);
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
  await expect(page.locator(".alert--error")).toHaveText(
    "El enlace menciona un médico que no existe: los números de médico son números enteros.",
  );
  await page.goto(`/es/compare?ids=${ids.join(",")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparar 2 médicos");
  await expectNoEnglishInMain(page);
});
