import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { factMarksFor } from "@/lib/content/fact-marks";
import { listingFor } from "@/lib/content/listing";
import { URGENT_BOX, medicalFor, type TUrgentBox } from "@/lib/content/medical";
import { DEFAULT_QUESTION_IDS } from "./catalog";
import { buildChecklistDocument } from "./document";
import { buildChecklistPdf } from "./pdf";
import { specialtyLabel, type TChecklistProvider } from "./provider";
import { QUESTIONS, findQuestion, questionsIn } from "./questions";
import { addOwnQuestion, defaultState, setNote, setSelected, type TChecklistState } from "./state";
import { checklistTexts, translationNotice } from "./texts";

const EN = checklistTexts("en");
const ES = checklistTexts("es");

const provider: TChecklistProvider = {
  id: 4,
  name: "George Müller, MD",
  practiceName: "Havana Physical Medicine & Rehabilitation",
  addressLines: ["5820 Park Way", "Havana, AR 72842"],
  phone: "(577) 555-0196",
  lastConfirmedAt: "2026-11-02T10:00:00.000Z",
  unclaimedImport: false,
  demo: false,
  certifications: [
    {
      board: "ABPMR",
      boardSource: "name",
      specialty: "Physical medicine and rehabilitation",
      subspecialty: "Pain medicine",
      year: 2014,
      verified: true,
      verifiedAt: "2026-03-03T09:00:00.000Z",
    },
    {
      board: "ABPN",
      boardSource: "name",
      specialty: "Neurology",
      subspecialty: null,
      year: 2010,
      verified: false,
      verifiedAt: null,
    },
  ],
};

function expectUrgentBox(text: string, box: TUrgentBox = URGENT_BOX) {
  expect(text).toContain(box.title);
  expect(text).toContain(box.intro);
  for (const line of [...box.symptoms, ...box.actions]) expect(text).toContain(line);
}

/** Every text run of every page lies inside the page's margins (nothing drawn off the paper). */
async function expectInsideMargins(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const { items } = await page.getTextContent();
    for (const item of items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const x = item.transform[4] as number;
      const y = item.transform[5] as number;
      expect(x, item.str).toBeGreaterThanOrEqual(40);
      // pdf.js measures Helvetica up to ~0.5% wider than pdf-lib does, hence 4 pt of slack.
      expect(x + item.width, `${item.str} runs past the right margin`).toBeLessThanOrEqual(width - 36);
      expect(y, item.str).toBeGreaterThan(20);
      expect(y, item.str).toBeLessThan(height - 40);
    }
  }
}

async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return { pages: pdf.numPages, text: text.replace(/\s+/g, " ") };
}

describe("checklist PDF", () => {
  it("prints the chosen questions, own question, notes, doctor, date and warning, not the deselected", async () => {
    let state = setSelected(setSelected(defaultState(), "cost-coverage", false), "plan-product", false);
    const r = addOwnQuestion(state, "Can I drive myself home afterwards? 🚗 日本語");
    if (!r.ok) throw new Error(r.error);
    state = {
      ...setNote(r.state, "cred-board", "Dr said ABPN 2014 – check\nonline"),
      visitDate: "2026-12-03",
    };
    const bytes = await buildChecklistPdf(buildChecklistDocument(state, provider, new Date(2026, 10, 26), EN));
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain("George Müller, MD");
    expect(text).toContain("(577) 555-0196");
    expect(text).toContain("Pain medicine");
    expect(text).toContain("December 3, 2026");
    expect(text).toContain("Can I drive myself home afterwards? ? ???");
    expect(text).toContain("My note: Dr said ABPN 2014 – check online");
    expectUrgentBox(text);
    expect(text).toContain("(verified March 3, 2026)");
    expect(text).toContain("(reported by the practice, confirmed November 2, 2026)");
    expect(text).toContain(
      "Verified by NeckCare Finder: a NeckCare Finder moderator checked it against the named source",
    );
    expect(text).toContain("Printed on November 26, 2026");
    expect(text).toContain(findQuestion("risk-urgent")!.text);
    expect(text).not.toContain(findQuestion("cost-coverage")!.text);
    expect(text).not.toContain(findQuestion("plan-product")!.text);
  });

  it("leaves lines to fill in when no doctor or date is chosen, and never splits long input", async () => {
    let state = defaultState();
    for (let i = 0; i < 10; i++) {
      const r = addOwnQuestion(state, `${"Wordy ".repeat(30)}${"x".repeat(60)}`.slice(0, 200));
      if (!r.ok) throw new Error(r.error);
      state = setNote(r.state, r.id, "note ".repeat(100));
    }
    const { pages, text } = await pdfText(
      await buildChecklistPdf(buildChecklistDocument(state, null, new Date(), EN)),
    );
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain("Doctor:");
    expect(text).toContain("Visit date:");
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("prints every question, the full urgent box and the key inside the margins when all are chosen", async () => {
    let state: TChecklistState = defaultState();
    for (const q of QUESTIONS) state = setSelected(state, q.id, true);
    const bytes = await buildChecklistPdf(buildChecklistDocument(state, provider, new Date(2026, 11, 3), EN));
    const { text } = await pdfText(bytes);
    for (const q of QUESTIONS) expect(text, q.id).toContain(q.text.replace(/’/g, "’"));
    expectUrgentBox(text);
    await expectInsideMargins(bytes);
  });

  it("keeps the default checklist with a doctor on two Letter pages", async () => {
    const bytes = await buildChecklistPdf(buildChecklistDocument(defaultState(), provider, new Date(), EN));
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeLessThanOrEqual(2);
    expectUrgentBox(text);
    await expectInsideMargins(bytes);
  });

  it("marks a demo doctor fictional beside the name and never calls its facts verified", async () => {
    const demo = { ...provider, demo: true };
    const bytes = await buildChecklistPdf(buildChecklistDocument(defaultState(), demo, new Date(), EN));
    const { pages, text } = await pdfText(bytes);
    expect(text).toContain("Doctor: George Müller, MD (fictional demo provider)");
    expect(text).toContain("this doctor, practice, address and phone are fictional");
    expect(text).toContain("(fictional demo data, not verified)");
    expect(text).not.toMatch(/verified March|Verified by NeckCare Finder|reported by the practice/);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("says whose word a real doctor's address and phone are", async () => {
    const claimed = await pdfText(
      await buildChecklistPdf(buildChecklistDocument(defaultState(), provider, new Date(), EN)),
    );
    expect(claimed.text).toContain(
      "Address and phone: reported by the practice, confirmed November 2, 2026.",
    );
    expect(claimed.text).not.toContain("fictional");
    const imported = await pdfText(
      await buildChecklistPdf(
        buildChecklistDocument(defaultState(), { ...provider, unclaimedImport: true }, new Date(), EN),
      ),
    );
    expect(imported.text).toContain("Address and phone: public record: NPI registry.");
  });
});

// The same checklist in Spanish (issue 19): every printed word is Spanish except what the directory
// holds (names, addresses, board names), accents and Spanish punctuation survive the standard font,
// and the default checklist still fits two Letter pages although Spanish runs about 20% longer.
describe("checklist PDF in Spanish", () => {
  const spanish: TChecklistProvider = {
    ...provider,
    certifications: [
      {
        ...provider.certifications[0]!,
        specialty: specialtyLabel("PMR", "es"),
        subspecialty: specialtyLabel("PAIN_MEDICINE", "es"),
      },
      { ...provider.certifications[1]!, specialty: specialtyLabel("NEUROLOGY", "es") },
    ],
  };
  const es = questionsIn("es");
  const box = medicalFor("es").URGENT_BOX;

  it("prints the Spanish questions, labels, dates, marks, notices and urgent box", async () => {
    let state = setSelected(defaultState(), "cost-coverage", false);
    const r = addOwnQuestion(state, "¿Puedo manejar después? Año, niño, pingüino ¡sí!");
    if (!r.ok) throw new Error(r.error);
    state = { ...setNote(r.state, "cred-board", "Dijo ABPN 2014 – revisar"), visitDate: "2026-12-03" };
    const bytes = await buildChecklistPdf(buildChecklistDocument(state, spanish, new Date(2026, 10, 26), ES));
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain("Preguntas para mi consulta");
    expect(text).toContain("Inyecciones de toxina botulínica en el cuello");
    expect(text).toContain("Médico: George Müller, MD");
    expect(text).toContain("Teléfono: (577) 555-0196");
    expect(text).toContain("Certificaciones de especialidad (board):");
    expect(text).toContain("Medicina física y rehabilitación, subespecialidad Medicina del dolor, 2014");
    expect(text).toContain("(verificado el 3 de marzo de 2026)");
    expect(text).toContain("Dirección y teléfono: informado por el consultorio, confirmado el 2 de noviembre de 2026.");
    expect(text).toContain("Fecha de la cita: 3 de diciembre de 2026");
    expect(text).toContain("Mi nota: Dijo ABPN 2014 – revisar");
    expect(text).toContain("¿Puedo manejar después? Año, niño, pingüino ¡sí!");
    expect(text).toContain("Impreso el 26 de noviembre de 2026");
    expect(text).toContain(`Página 1 de ${pages}`);
    for (const id of DEFAULT_QUESTION_IDS.filter((id) => id !== "cost-coverage")) {
      expect(text, id).toContain(es.find((q) => q.id === id)!.text);
    }
    expect(text).not.toContain(es.find((q) => q.id === "cost-coverage")!.text);
    for (const topic of ES.topics) expect(text, topic.id).toContain(topic.title);
    expectUrgentBox(text, box);
    expect(text).toContain(factMarksFor("es").FACT_KEY_TITLE);
    for (const notice of ES.paper.notices) expect(text).toContain(notice);
    expect(ES.paper.notices).toContain(translationNotice("es"));
    await expectInsideMargins(bytes);
  });

  it("leaves no English words of ours on the Spanish paper", async () => {
    let state: TChecklistState = defaultState();
    for (const q of QUESTIONS) state = setSelected(state, q.id, true);
    state = { ...setNote(state, "cred-board", "nota"), visitDate: "2026-12-03" };
    const { text } = await pdfText(
      await buildChecklistPdf(buildChecklistDocument(state, spanish, new Date(2026, 10, 26), ES)),
    );
    for (const q of QUESTIONS) expect(text, q.id).not.toContain(q.text);
    for (const english of [
      "Questions for my consultation",
      "Doctor:",
      "Visit date:",
      "My note:",
      "Printed on",
      "Page 1",
      "Phone:",
      "Board certifications",
      "subspecialty",
      "Address and phone",
      "verified",
      "reported by the practice",
      "Get medical help",
      "How to read the marks",
      "NeckCare Finder is a directory",
    ]) {
      expect(text, english).not.toContain(english);
    }
  });

  it("keeps the default Spanish checklist with a doctor on two Letter pages, inside the margins", async () => {
    for (const doctor of [spanish, { ...spanish, demo: true }, { ...spanish, unclaimedImport: true }, null]) {
      const bytes = await buildChecklistPdf(buildChecklistDocument(defaultState(), doctor, new Date(), ES));
      const { pages, text } = await pdfText(bytes);
      expect(pages, JSON.stringify(doctor?.demo ?? doctor?.unclaimedImport ?? null)).toBeLessThanOrEqual(2);
      expectUrgentBox(text, box);
      await expectInsideMargins(bytes);
    }
    // Spanish is longer: the same default checklist takes more lines than in English, yet fits.
    const english = await pdfText(await buildChecklistPdf(buildChecklistDocument(defaultState(), provider, new Date(), EN)));
    const spanishText = await pdfText(await buildChecklistPdf(buildChecklistDocument(defaultState(), spanish, new Date(), ES)));
    expect(spanishText.text.length).toBeGreaterThan(english.text.length * 1.1);
  });

  it("prints every Spanish question inside the margins when all are chosen", async () => {
    let state: TChecklistState = defaultState();
    for (const q of QUESTIONS) state = setSelected(state, q.id, true);
    const bytes = await buildChecklistPdf(buildChecklistDocument(state, spanish, new Date(2026, 11, 3), ES));
    const { text } = await pdfText(bytes);
    for (const q of es) expect(text, q.id).toContain(q.text);
    expectUrgentBox(text, box);
    await expectInsideMargins(bytes);
  });

  it("marks a demo doctor fictional in Spanish and never calls its facts verified", async () => {
    const demo = { ...spanish, demo: true };
    const bytes = await buildChecklistPdf(buildChecklistDocument(defaultState(), demo, new Date(), ES));
    const { pages, text } = await pdfText(bytes);
    const listing = listingFor("es");
    expect(text).toContain(`Médico: George Müller, MD (${listing.DEMO_NAME_MARK})`);
    expect(text).toContain("(médico ficticio de demostración)");
    expect(text).toContain(listing.DEMO_CONTACT_NOTE);
    expect(text).toContain(`(${listing.DEMO_FACT_MARK})`);
    expect(text).not.toMatch(/verificado el|informado por el consultorio/);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("leaves lines to fill in, labelled in Spanish, when no doctor or date is chosen", async () => {
    const { pages, text } = await pdfText(
      await buildChecklistPdf(buildChecklistDocument(defaultState(), null, new Date(), ES)),
    );
    expect(text).toContain("Médico:");
    expect(text).toContain("Fecha de la cita:");
    expect(text).toContain(`Página ${pages} de ${pages}`);
    expect(text).not.toContain("Visit date:");
  });
});
