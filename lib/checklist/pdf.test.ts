import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { URGENT_WARNING } from "@/lib/content/medical";
import { buildChecklistDocument } from "./document";
import { buildChecklistPdf } from "./pdf";
import type { TChecklistProvider } from "./provider";
import { findQuestion } from "./questions";
import { addOwnQuestion, defaultState, setNote, setSelected } from "./state";

const provider: TChecklistProvider = {
  id: 4,
  name: "George Müller, MD",
  practiceName: "Havana Physical Medicine & Rehabilitation",
  addressLines: ["5820 Park Way", "Havana, AR 72842"],
  phone: "(577) 555-0196",
  certifications: [
    {
      board: "ABPMR",
      specialty: "Physical medicine and rehabilitation",
      subspecialty: "Pain medicine",
      year: 2014,
      verified: true,
    },
  ],
};

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
    expect(text).toContain(URGENT_WARNING);
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
});
