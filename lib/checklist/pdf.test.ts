import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { URGENT_BOX } from "@/lib/content/medical";
import { buildChecklistDocument } from "./document";
import { buildChecklistPdf } from "./pdf";
import type { TChecklistProvider } from "./provider";
import { QUESTIONS, findQuestion } from "./questions";
import { addOwnQuestion, defaultState, setNote, setSelected, type TChecklistState } from "./state";

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
      specialty: "Physical medicine and rehabilitation",
      subspecialty: "Pain medicine",
      year: 2014,
      verified: true,
      verifiedAt: "2026-03-03T09:00:00.000Z",
    },
    {
      board: "ABPN",
      specialty: "Neurology",
      subspecialty: null,
      year: 2010,
      verified: false,
      verifiedAt: null,
    },
  ],
};

function expectUrgentBox(text: string) {
  expect(text).toContain(URGENT_BOX.title);
  expect(text).toContain(URGENT_BOX.intro);
  for (const line of [...URGENT_BOX.symptoms, ...URGENT_BOX.actions]) expect(text).toContain(line);
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
    if (!r.ok) throw new Error(r.message);
    state = {
      ...setNote(r.state, "cred-board", "Dr said ABPN 2014 – check\nonline"),
      visitDate: "2026-12-03",
    };
    const bytes = await buildChecklistPdf(buildChecklistDocument(state, provider, new Date(2026, 10, 26)));
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
      if (!r.ok) throw new Error(r.message);
      state = setNote(r.state, r.id, "note ".repeat(100));
    }
    const { pages, text } = await pdfText(
      await buildChecklistPdf(buildChecklistDocument(state, null, new Date())),
    );
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain("Doctor:");
    expect(text).toContain("Visit date:");
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("prints every question, the full urgent box and the key inside the margins when all are chosen", async () => {
    let state: TChecklistState = defaultState();
    for (const q of QUESTIONS) state = setSelected(state, q.id, true);
    const bytes = await buildChecklistPdf(buildChecklistDocument(state, provider, new Date(2026, 11, 3)));
    const { text } = await pdfText(bytes);
    for (const q of QUESTIONS) expect(text, q.id).toContain(q.text.replace(/’/g, "’"));
    expectUrgentBox(text);
    await expectInsideMargins(bytes);
  });

  it("keeps the default checklist with a doctor on two Letter pages", async () => {
    const bytes = await buildChecklistPdf(buildChecklistDocument(defaultState(), provider, new Date()));
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeLessThanOrEqual(2);
    expectUrgentBox(text);
    await expectInsideMargins(bytes);
  });

  it("marks a demo doctor fictional beside the name and never calls its facts verified", async () => {
    const demo = { ...provider, demo: true };
    const bytes = await buildChecklistPdf(buildChecklistDocument(defaultState(), demo, new Date()));
    const { pages, text } = await pdfText(bytes);
    expect(text).toContain("Doctor: George Müller, MD (fictional demo provider)");
    expect(text).toContain("this doctor, practice, address and phone are fictional");
    expect(text).toContain("(fictional demo data, not verified)");
    expect(text).not.toMatch(/verified March|Verified by NeckCare Finder|reported by the practice/);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("says whose word a real doctor's address and phone are", async () => {
    const claimed = await pdfText(
      await buildChecklistPdf(buildChecklistDocument(defaultState(), provider, new Date())),
    );
    expect(claimed.text).toContain(
      "Address and phone: reported by the practice, confirmed November 2, 2026.",
    );
    expect(claimed.text).not.toContain("fictional");
    const imported = await pdfText(
      await buildChecklistPdf(
        buildChecklistDocument(defaultState(), { ...provider, unclaimedImport: true }, new Date()),
      ),
    );
    expect(imported.text).toContain("Address and phone: public record: NPI registry.");
  });
});
