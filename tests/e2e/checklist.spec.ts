import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { URGENT_BOX } from "../../lib/content/medical";
import { QUESTIONS } from "../../lib/checklist/questions";
import { expectNoSeriousA11yViolations } from "./support/axe";

// The consultation checklist, as a patient uses it (issue 4): self-check, choose questions, add one's
// own, choose a doctor, print to PDF, download the PDF, copy the link and open it elsewhere.

const OWN_QUESTION = "Can I drive myself home after the injections?";
const NOTE = "Bring the list of earlier treatments";
const DESELECTED = [
  "What will the treatment cost, and will my insurance cover it?",
  "Which product would you use (Botox, Dysport, Xeomin, Myobloc or Daxxify), and why?",
];
const KEPT = [
  "Which board certified you, and in which specialty or subspecialty?",
  "Which symptoms should I report at once, and to whom?",
];
/** Added by answering "Not sure" to "Do you feel you understand the possible benefits and risks…". */
const PRESELECTED =
  "I already have trouble swallowing or breathing (for example asthma or emphysema): does that raise the risk?";
const WARNING = URGENT_BOX.title;

async function openChecklist(page: Page, url = "/checklist") {
  // Via a blank page, so a link that differs only after "#" still loads the page afresh.
  await page.goto("about:blank");
  await page.goto(url);
  // The checklist is restored in the browser (link, then saved copy, then default) before use.
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

function expectChecklistText(text: string, doctorName: string) {
  for (const q of [
    ...KEPT,
    PRESELECTED,
    OWN_QUESTION,
    NOTE,
    doctorName,
    WARNING,
    "December 15, 2026",
    "Printed on",
  ]) {
    expect(text, `missing: ${q}`).toContain(q);
  }
  for (const q of DESELECTED) expect(text, `should be gone: ${q}`).not.toContain(q);
  expectFullUrgentBox(text);
}

/** Every sign of the boxed warning and the Medication Guides, and what to do (issue 12). */
function expectFullUrgentBox(text: string) {
  expect(text).toContain(URGENT_BOX.title);
  expect(text).toContain(URGENT_BOX.intro);
  for (const line of [...URGENT_BOX.symptoms, ...URGENT_BOX.actions]) expect(text, line).toContain(line);
}

test("a patient builds a checklist, prints it, downloads it and shares it by link", async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(120_000); // a whole journey: self-check, choices, print, two PDFs, a second browser
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openChecklist(page);
  await expect(
    page.getByText(
      "Your answers, notes and own questions stay in this browser: none of them is sent to our server.",
    ),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // 1. Self-check: six questions that help describe symptoms.
  const answers: [RegExp, string][] = [
    [/turn, tilt or shake on its own/, "Yes"],
    [/already had treatment for your neck/, "Yes"],
    [/limit how far you can turn/, "Yes"],
    [/get in the way of work, sleep/, "No"],
    [/understand the possible benefits and risks/, "Not sure"],
    [/take medicines regularly/, "Yes"],
  ];
  for (const [question, answer] of answers) {
    await page
      .getByRole("group", { name: question })
      .getByRole("radio", { name: answer, exact: true })
      .check();
  }
  const bringUp = page.getByRole("region", { name: "To bring up with your doctor" });
  await expect(bringUp.getByRole("listitem")).toHaveCount(6);
  await expect(bringUp).toContainText("Ask the doctor to go through the expected benefits and the risks");
  const picker = page.getByRole("region", { name: "Choose your questions" });
  await expect(picker.getByRole("checkbox", { name: PRESELECTED })).toBeChecked();

  // 3. Deselect two questions and add one of our own.
  for (const q of DESELECTED) await picker.getByRole("checkbox", { name: q }).uncheck();
  await page.getByLabel("Your own question").fill(OWN_QUESTION);
  await page.getByRole("button", { name: "Add question" }).click();
  const checklist = page.getByRole("article", { name: "Questions for my consultation" });
  await expect(checklist).toContainText(OWN_QUESTION);
  for (const q of DESELECTED) await expect(checklist).not.toContainText(q);

  // 2. Choose a doctor by name, and the visit date.
  await page.getByLabel("Find your doctor by name").fill("Smith");
  const first = page.getByRole("list", { name: "Matching doctors" }).getByRole("button").first();
  await expect(first).toBeVisible();
  const doctorName = ((await first.locator("span").first().textContent()) ?? "").trim();
  expect(doctorName).toMatch(/Smith, (MD|DO)$/);
  await first.click();
  await expect(page.getByRole("heading", { name: doctorName })).toBeFocused();
  await expect(checklist).toContainText(`Doctor: ${doctorName}`);
  await page.getByLabel("Date of your visit").fill("2026-12-15");
  await expect(checklist).toContainText("December 15, 2026");

  // 4. Reorder with the keyboard, and add a note.
  const before = await listedIds(page);
  const moveUp = checklist.getByRole("button", { name: `Move up: ${OWN_QUESTION}` });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(moveUp).toBeFocused();
  const after = await listedIds(page);
  expect(after.at(-2)).toBe(before.at(-1));
  expect(after.at(-1)).toBe(before.at(-2));
  await expect(page.getByText(/Moved up to number \d+ of \d+: Can I drive/)).toBeAttached();
  await checklist.getByRole("button", { name: `Add a note: ${KEPT[0]}` }).click();
  await page.getByLabel("Your note for question 1").fill(NOTE);
  await expectNoSeriousA11yViolations(page);

  // Print to PDF, as the browser's print would.
  await page.emulateMedia({ media: "print" });
  const printed = await pdfText(await page.pdf({ format: "Letter" }));
  await page.emulateMedia({ media: "screen" });
  expectChecklistText(printed.text, doctorName);
  // The demo doctor reads as fictional on paper, never as a verified referral (issue 18).
  expect(printed.text).toContain(`${doctorName} (fictional demo provider)`);
  expect(printed.text).toContain("address and phone are fictional");
  for (const control of ["Move up", "Download PDF", "Find your doctor", "Why ask"]) {
    expect(printed.text).not.toContain(control);
  }

  // Download PDF: the same content, made in the browser.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^consultation-checklist-\d{4}-\d{2}-\d{2}\.pdf$/);
  const downloaded = await pdfText(await readFile(await download.path()));
  expectChecklistText(downloaded.text, doctorName);
  expect(downloaded.text).toContain(`${doctorName} (fictional demo provider)`);
  expect(downloaded.text).toContain("address and phone are fictional");
  expect(downloaded.text).not.toMatch(/\(verified [A-Z]/);

  // Copy link; the link opens the same checklist in a browser that has never seen it.
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const link = await page.getByLabel("Link to this checklist").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(new URL(link).hash).toMatch(/^#s=[zj][A-Za-z0-9_-]+\.[0-9a-z]+$/);
  expect(link).not.toContain(encodeURIComponent(NOTE));
  const ids = await listedIds(page);

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    await openChecklist(page2, link);
    expect(await listedIds(page2)).toEqual(ids);
    const checklist2 = page2.getByRole("article", { name: "Questions for my consultation" });
    await expect(checklist2).toContainText(`Doctor: ${doctorName}`);
    await expect(checklist2).toContainText("December 15, 2026");
    await expect(checklist2).toContainText(OWN_QUESTION);
    await expect(page2.getByLabel("Your note for question 1")).toHaveValue(NOTE);
    await expect(
      page2
        .getByRole("group", { name: /understand the possible benefits/ })
        .getByRole("radio", { name: "Not sure" }),
    ).toBeChecked();
    for (const q of DESELECTED) {
      await expect(
        page2.getByRole("region", { name: "Choose your questions" }).getByRole("checkbox", { name: q }),
      ).not.toBeChecked();
    }
  } finally {
    await other.close();
  }

  // Autosaved in this browser: a plain visit to /checklist brings it back.
  await openChecklist(page, "/checklist");
  expect(await listedIds(page)).toEqual(ids);
  await expect(page.getByRole("article", { name: "Questions for my consultation" })).toContainText(
    doctorName,
  );
});

test("the default checklist prints on one or two Letter or A4 pages, ink-friendly", async ({ page }) => {
  await openChecklist(page);
  await page.emulateMedia({ media: "print" });
  for (const format of ["Letter", "A4"] as const) {
    const { pages, text } = await pdfText(await page.pdf({ format }));
    expect(pages, format).toBeLessThanOrEqual(2);
    expectFullUrgentBox(text);
    expect(text).toContain("Visit date:");
    for (const hidden of ["Move up", "Copy link", "Find a doctor", "Describe your symptoms"])
      expect(text).not.toContain(hidden);
  }
  // Black on white: the printed document has no coloured text or background.
  const colors = await page.getByRole("article", { name: "Questions for my consultation" }).evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
  expect(colors).toEqual({ color: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)" });
});

test("a damaged or cut-short link opens the standard checklist with a clear message", async ({
  page,
  browser,
}) => {
  await openChecklist(page);
  const standard = await listedIds(page);
  await page.getByLabel("Your own question").fill(OWN_QUESTION);
  await page.getByRole("button", { name: "Add question" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByLabel("Link to this checklist").inputValue();

  const fresh = await browser.newContext();
  try {
    const page2 = await fresh.newPage();
    const at = link.indexOf("#s=") + 8;
    const tampered = `${link.slice(0, at)}${link[at] === "A" ? "B" : "A"}${link.slice(at + 1)}`;
    for (const broken of [link.slice(0, -12), tampered, "/checklist#s=not-a-checklist"]) {
      await openChecklist(page2, broken);
      const alert = page2.getByRole("alert").filter({ hasText: "standard checklist" });
      await expect(alert).toContainText(/damaged or incomplete|cannot use/);
      expect(await listedIds(page2)).toEqual(standard);
      await expect(page2.getByRole("article", { name: "Questions for my consultation" })).not.toContainText(
        OWN_QUESTION,
      );
    }
  } finally {
    await fresh.close();
  }

  // In a browser that holds a saved checklist, a broken link offers it back instead.
  await openChecklist(page, "/checklist#s=zBROKEN.abc");
  await page.getByRole("button", { name: "Open the checklist saved in this browser instead" }).click();
  await expect(page.getByRole("article", { name: "Questions for my consultation" })).toContainText(
    OWN_QUESTION,
  );
});

test("an unknown or invalid doctor in the link shows a message, not an error page", async ({ page }) => {
  for (const provider of ["999999999", "abc", "-1"]) {
    const response = await page.goto(`/checklist?provider=${provider}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "without a doctor" })).toBeVisible();
    await expect(page.getByLabel("Find your doctor by name")).toBeVisible();
  }
});

test("own questions and notes are limited, with a visible counter", async ({ page }) => {
  await openChecklist(page);
  const own = page.getByLabel("Your own question");
  await own.fill("x".repeat(250));
  await expect(own).toHaveValue("x".repeat(200));
  await expect(page.getByText("200 of 200 characters (limit reached)")).toBeVisible();
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(own).toHaveValue("");

  const checklist = page.getByRole("article", { name: "Questions for my consultation" });
  await checklist.getByRole("button", { name: `Add a note: ${KEPT[0]}` }).click();
  const note = page.getByLabel("Your note for question 1");
  await expect(note).toBeFocused();
  await note.fill("n".repeat(600));
  await expect(note).toHaveValue("n".repeat(500));
  await expect(page.getByText("500 of 500 characters (limit reached)")).toBeVisible();

  // At most ten own questions.
  for (let i = 2; i <= 10; i++) {
    await own.fill(`Question ${i}`);
    await page.getByRole("button", { name: "Add question" }).click();
  }
  await expect(own).toBeDisabled();
  await expect(page.getByText("You have added 10 questions of your own")).toBeVisible();
});

test("reset brings back the standard checklist and forgets the saved one", async ({ page }) => {
  await openChecklist(page);
  const standard = await listedIds(page);
  await page
    .getByRole("region", { name: "Choose your questions" })
    .getByRole("checkbox", { name: KEPT[1] })
    .uncheck();
  await page.getByLabel("Your own question").fill(OWN_QUESTION);
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page).toHaveURL(/#s=/); // autosaved into the address bar too
  await page.getByRole("button", { name: "Reset" }).click();
  await page.getByRole("button", { name: "Yes, start over" }).click();
  expect(await listedIds(page)).toEqual(standard);
  await expect(page).toHaveURL(/\/checklist$/);
  await openChecklist(page);
  expect(await listedIds(page)).toEqual(standard);
});

test("the printed checklist carries the questions a first consultation needs and the full urgent box", async ({
  page,
}) => {
  // The questions issue 12 added, ticked in the picker by their text, then printed as the browser would.
  const added = [
    "health-pregnancy",
    "health-neuromuscular",
    "risk-conditions",
    "health-bleeding",
    "risk-medicines",
    "risk-prior",
    "health-surgery",
    "health-allergy",
    "health-infection",
    "plan-antibodies",
    "plan-measure",
    "plan-followup",
    "plan-record",
  ].map((id) => QUESTIONS.find((q) => q.id === id)!.text);
  await openChecklist(page);
  const picker = page.getByRole("region", { name: "Choose your questions" });
  for (const text of added) await picker.getByRole("checkbox", { name: text, exact: true }).check();
  // Each question shows where its reason comes from.
  await expect(
    picker.getByText(/^Sources: FDA labels and Medication Guides.*; Dysport label/).first(),
  ).toBeVisible();
  await expect(picker).not.toContainText("nerve blocks");
  const checklist = page.getByRole("article", { name: "Questions for my consultation" });
  await expect(checklist.getByRole("note", { name: "Urgent symptoms" }).getByRole("listitem")).toHaveCount(
    URGENT_BOX.symptoms.length,
  );
  await expectNoSeriousA11yViolations(page);

  await page.emulateMedia({ media: "print" });
  const { text } = await pdfText(await page.pdf({ format: "Letter" }));
  for (const q of added) expect(text, q).toContain(q);
  expectFullUrgentBox(text);
  // The key to the marks prints with the footer.
  expect(text).toContain("How to read the marks on provider facts");
  for (const label of ["Verified by NeckCare Finder", "Reported by the practice", "Public record"])
    expect(text).toContain(label);

  // The downloaded PDF says the same.
  await page.emulateMedia({ media: "screen" });
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const downloaded = await pdfText(await readFile(await (await downloading).path()));
  for (const q of added) expect(downloaded.text, q).toContain(q);
  expectFullUrgentBox(downloaded.text);
});

test("on a phone the doctor block and visit date stack, and Print and PDF stay in reach", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChecklist(page);
  // Reachable at once: the actions bar comes before the steps, for the keyboard as for the eye.
  const pdfButton = page.getByRole("button", { name: "Download PDF" });
  await expect(pdfButton).toBeInViewport();
  await page.getByLabel("Find your doctor by name").fill("Smith");
  await page.getByRole("list", { name: "Matching doctors" }).getByRole("button").first().click();
  await page.getByLabel("Date of your visit").fill("2026-12-15");
  const checklist = page.getByRole("article", { name: "Questions for my consultation" });
  const name = checklist.getByText(/^Doctor: /);
  const visit = checklist.getByText("Visit date:");
  await name.scrollIntoViewIfNeeded();
  const nameBox = (await name.boundingBox())!;
  const visitBox = (await visit.boundingBox())!;
  // Stacked, not side by side: the date starts below the doctor's name and the name is not a word a line.
  expect(visitBox.y).toBeGreaterThanOrEqual(nameBox.y + nameBox.height - 1);
  expect(nameBox.width).toBeGreaterThan(250);
  await expect(checklist).toContainText("(fictional demo provider)");
  // Deep in the page, Print and Download PDF are still on screen (the bar sticks to the top).
  await checklist.getByText(URGENT_BOX.title).scrollIntoViewIfNeeded();
  await expect(pdfButton).toBeInViewport();
  await expect(page.getByRole("button", { name: "Print" })).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
});
