import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { listingFor } from "../../lib/content/listing";
import { medicalFor } from "../../lib/content/medical";
import { QUESTIONS, questionsIn } from "../../lib/checklist/questions";
import { selfAssessmentIn } from "../../lib/checklist/self-assessment";
import { expectNoSeriousA11yViolations } from "./support/axe";

// The consultation checklist in Spanish (issue 19): a patient builds it on /es/checklist, prints it
// and downloads the PDF, all in Spanish; the link it makes opens the same questions in English and
// an English link opens them in Spanish (links hold ids, never words).

const ES = questionsIn("es");
const es = (id: string) => ES.find((q) => q.id === id)!.text;
const en = (id: string) => QUESTIONS.find((q) => q.id === id)!.text;
const ASSESS = selfAssessmentIn("es");
const BOX = medicalFor("es").URGENT_BOX;
const DEMO_MARK = listingFor("es").DEMO_NAME_MARK;

const OWN_QUESTION = "¿Puedo manejar a casa después de las inyecciones?";
const NOTE = "Llevar la lista de tratamientos anteriores";
const DESELECTED = ["cost-coverage", "plan-product"];
const KEPT = ["cred-board", "risk-urgent"];
/** Added by answering "No lo sé" to "¿Siente que entiende los posibles beneficios y riesgos…?". */
const PRESELECTED = "risk-conditions";

async function openChecklist(page: Page, url = "/es/checklist") {
  await page.goto("about:blank");
  await page.goto(url);
  await expect(page.locator('[data-ready="true"]')).toBeAttached();
}

async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return { pages: pdf.numPages, text: text.replace(/\s+/g, " ") };
}

function listedIds(page: Page) {
  return page
    .locator("li[data-question-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-question-id")));
}

function expectUrgentBox(text: string) {
  expect(text).toContain(BOX.title);
  expect(text).toContain(BOX.intro);
  for (const line of [...BOX.symptoms, ...BOX.actions]) expect(text, line).toContain(line);
}

/** The Spanish checklist on paper: its questions, note, doctor, date and urgent box, no English question. */
function expectSpanishChecklist(text: string, doctorName: string) {
  for (const line of [
    ...KEPT.map(es),
    es(PRESELECTED),
    OWN_QUESTION,
    `Mi nota: ${NOTE}`,
    `Médico: ${doctorName} (${DEMO_MARK})`,
    "Fecha de la cita: 15 de diciembre de 2026",
    "Impreso el",
    "Preguntas para mi consulta",
  ]) {
    expect(text, `missing: ${line}`).toContain(line);
  }
  for (const id of DESELECTED) expect(text, `should be gone: ${id}`).not.toContain(es(id));
  for (const q of QUESTIONS) expect(text, `English left: ${q.id}`).not.toContain(q.text);
  for (const english of ["Doctor:", "Visit date:", "My note:", "Printed on", "fictional demo provider"])
    expect(text, english).not.toContain(english);
  expectUrgentBox(text);
}

test("a patient builds a Spanish checklist, prints it, downloads the Spanish PDF and shares it", async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openChecklist(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lista de preguntas para la consulta");
  await expect(
    page.getByText("Sus respuestas, notas y preguntas propias se quedan en este navegador"),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // 1. The self-check, in Spanish.
  const answers: [string, string][] = [
    ["involuntary", "Sí"],
    ["persistent", "Sí"],
    ["motion", "Sí"],
    ["quality", "No"],
    ["understand", "No lo sé"],
    ["adjust", "Sí"],
  ];
  for (const [item, answer] of answers) {
    const question = ASSESS.find((i) => i.id === item)!.question;
    await page
      .getByRole("group", { name: question })
      .getByRole("radio", { name: answer, exact: true })
      .check();
  }
  const bringUp = page.getByRole("region", { name: "Para comentar con su médico" });
  await expect(bringUp.getByRole("listitem")).toHaveCount(6);
  await expect(bringUp).toContainText(ASSESS.find((i) => i.id === "understand")!.bringUp.unsure);
  const picker = page.getByRole("region", { name: "Elija sus preguntas" });
  await expect(picker.getByRole("checkbox", { name: es(PRESELECTED) })).toBeChecked();
  await expect(picker.getByText("Coincide con sus respuestas").first()).toBeVisible();
  await expect(picker.getByText(/^Fuentes: Etiquetas de la FDA/).first()).toBeVisible();

  // 3. Deselect two questions and add one of our own.
  for (const id of DESELECTED) await picker.getByRole("checkbox", { name: es(id) }).uncheck();
  await page.getByLabel("Su propia pregunta").fill(OWN_QUESTION);
  await page.getByRole("button", { name: "Agregar pregunta" }).click();
  const checklist = page.getByRole("article", { name: "Preguntas para mi consulta" });
  await expect(checklist).toContainText(OWN_QUESTION);
  await expect(checklist).toContainText("Sus propias preguntas");

  // 2. Choose a doctor by name, and the visit date.
  await page.getByLabel("Busque a su médico por nombre").fill("Smith");
  const first = page.getByRole("list", { name: "Médicos que coinciden" }).getByRole("button").first();
  await expect(first).toBeVisible();
  await expect(page.getByText(/médicos? (o más )?coinciden? con “Smith”/)).toBeVisible();
  const doctorName = ((await first.locator("span").first().textContent()) ?? "").trim();
  await first.click();
  await expect(page.getByRole("heading", { name: doctorName })).toBeFocused();
  await expect(page.getByText(medicalFor("es").DEMO_PROVIDER_LABEL)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ver perfil" })).toHaveAttribute("href", /^\/es\/providers\/\d+$/);
  await expect(checklist).toContainText(`Médico: ${doctorName} (${DEMO_MARK})`);
  await page.getByLabel("Fecha de su cita").fill("2026-12-15");
  await expect(checklist).toContainText("15 de diciembre de 2026");

  // 4. Reorder with the keyboard, and add a note.
  const before = await listedIds(page);
  const moveUp = checklist.getByRole("button", { name: `Subir: ${OWN_QUESTION}` });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(moveUp).toBeFocused();
  expect((await listedIds(page)).at(-2)).toBe(before.at(-1));
  await expect(page.getByText(/Se subió al número \d+ de \d+: ¿Puedo manejar/)).toBeAttached();
  await checklist.getByRole("button", { name: `Agregar una nota: ${es(KEPT[0]!)}` }).click();
  await page.getByLabel("Su nota para la pregunta 1").fill(NOTE);
  await expectNoSeriousA11yViolations(page);

  // Print, as the browser's print would.
  await page.emulateMedia({ media: "print" });
  const printed = await pdfText(await page.pdf({ format: "Letter" }));
  await page.emulateMedia({ media: "screen" });
  expectSpanishChecklist(printed.text, doctorName);
  for (const control of ["Subir", "Descargar PDF", "Busque a su médico", "Por qué preguntar", "Move up"])
    expect(printed.text).not.toContain(control);

  // Download the PDF: the same Spanish content, made in the browser.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^lista-para-la-consulta-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole("status").filter({ hasText: "Su PDF se descargó." })).toBeVisible();
  const downloaded = await pdfText(await readFile(await download.path()));
  expectSpanishChecklist(downloaded.text, doctorName);
  expect(downloaded.text).toContain(`Página 1 de ${downloaded.pages}`);
  expect(downloaded.text).toContain(listingFor("es").DEMO_CONTACT_NOTE);
  expect(downloaded.text).not.toMatch(/verificado el \d/);

  // Copy link: it keeps the Spanish address and holds ids only.
  await page.getByRole("button", { name: "Copiar enlace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Enlace copiado" })).toBeVisible();
  const link = await page.getByLabel("Enlace a esta lista").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(new URL(link).pathname).toBe("/es/checklist");
  expect(new URL(link).hash).toMatch(/^#s=[zj][A-Za-z0-9_-]+\.[0-9a-z]+$/);
  const ids = await listedIds(page);

  // The same link on the English page opens the same questions, in English.
  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const english = new URL(link);
    english.pathname = "/checklist";
    await openChecklist(page2, english.toString());
    expect(await listedIds(page2)).toEqual(ids);
    const checklist2 = page2.getByRole("article", { name: "Questions for my consultation" });
    await expect(checklist2).toContainText(`Doctor: ${doctorName}`);
    await expect(checklist2).toContainText("December 15, 2026");
    await expect(checklist2).toContainText(en(KEPT[0]!));
    await expect(checklist2).toContainText(OWN_QUESTION);
    await expect(page2.getByLabel("Your note for question 1")).toHaveValue(NOTE);
    await expect(
      page2
        .getByRole("group", { name: /understand the possible benefits/ })
        .getByRole("radio", { name: "Not sure" }),
    ).toBeChecked();

    // And a link made on the English page opens on the Spanish one.
    await page2.getByRole("button", { name: "Copy link" }).click();
    const englishLink = new URL(await page2.getByLabel("Link to this checklist").inputValue());
    expect(englishLink.pathname).toBe("/checklist");
    englishLink.pathname = "/es/checklist";
    const page3 = await other.newPage();
    await openChecklist(page3, englishLink.toString());
    expect(await listedIds(page3)).toEqual(ids);
    await expect(page3.getByRole("article", { name: "Preguntas para mi consulta" })).toContainText(
      es(KEPT[0]!),
    );
  } finally {
    await other.close();
  }

  // Reset goes back to the Spanish address.
  await page.getByRole("button", { name: "Empezar de nuevo" }).click();
  await page.getByRole("button", { name: "Sí, empezar de nuevo" }).click();
  await expect(page).toHaveURL(/\/es\/checklist$/);
  await expect(page.getByRole("status").filter({ hasText: "preguntas estándar" })).toBeVisible();
});

test("the default Spanish checklist prints on one or two Letter or A4 pages", async ({ page }) => {
  await openChecklist(page);
  await page.emulateMedia({ media: "print" });
  for (const format of ["Letter", "A4"] as const) {
    const { pages, text } = await pdfText(await page.pdf({ format }));
    expect(pages, format).toBeLessThanOrEqual(2);
    expectUrgentBox(text);
    expect(text).toContain("Fecha de la cita:");
    expect(text).toContain("Médico:");
    for (const id of ["cred-board", "diag-label", "cost-after-hours"]) expect(text).toContain(es(id));
    for (const hidden of ["Subir", "Copiar enlace", "Describa sus síntomas", "Visit date:"])
      expect(text).not.toContain(hidden);
  }
});

test("messages about links and doctors are in Spanish", async ({ page }) => {
  await openChecklist(page, "/es/checklist#s=not-a-checklist");
  await expect(page.getByRole("alert").filter({ hasText: "lista estándar" })).toContainText(
    "dañado o incompleto",
  );
  for (const provider of ["999999999", "abc"]) {
    const response = await page.goto(`/es/checklist?provider=${provider}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "sin médico" })).toBeVisible();
    await expect(page.getByLabel("Busque a su médico por nombre")).toBeVisible();
  }
  await page.getByLabel("Su propia pregunta").fill("   ");
  await page.getByRole("button", { name: "Agregar pregunta" }).click();
  await expect(page.getByText("Primero escriba su pregunta.")).toBeVisible();
});

test("/es/checklist is prerendered, and on a phone Imprimir and Descargar PDF stay in reach", async ({
  page,
  request,
}) => {
  // Served from the build's prerendered page, the same for everyone (issue 15), in Spanish.
  await request.get("/es/checklist");
  const response = await request.get("/es/checklist");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await response.text()).toContain("Lista de preguntas para la consulta");

  await page.setViewportSize({ width: 390, height: 844 });
  await openChecklist(page);
  const pdfButton = page.getByRole("button", { name: "Descargar PDF" });
  await expect(pdfButton).toBeInViewport();
  await page.getByLabel("Busque a su médico por nombre").fill("Smith");
  await page.getByRole("list", { name: "Médicos que coinciden" }).getByRole("button").first().click();
  await page.getByLabel("Fecha de su cita").fill("2026-12-15");
  const checklist = page.getByRole("article", { name: "Preguntas para mi consulta" });
  const name = checklist.getByText(/^Médico: /);
  const visit = checklist.getByText("Fecha de la cita:");
  await name.scrollIntoViewIfNeeded();
  const nameBox = (await name.boundingBox())!;
  const visitBox = (await visit.boundingBox())!;
  expect(visitBox.y).toBeGreaterThanOrEqual(nameBox.y + nameBox.height - 1);
  await expect(checklist).toContainText(`(${DEMO_MARK})`);
  await checklist.getByText(BOX.title).scrollIntoViewIfNeeded();
  await expect(pdfButton).toBeInViewport();
  await expect(page.getByRole("button", { name: "Imprimir" })).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
});
