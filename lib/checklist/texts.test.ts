import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { URGENT_BOX } from "@/lib/content/medical";
import { buildChecklistDocument } from "./document";
import { decodeChecklist, encodeChecklist } from "./encoding";
import { QUESTIONS } from "./questions";
import { addOwnQuestion, defaultState, setAnswer, setNote, setSelected } from "./state";
import { checklistTexts } from "./texts";

const EN = checklistTexts("en");
const ES = checklistTexts("es");

describe("the checklist's words per language", () => {
  it("gives the page the same questions, topics and self-check in each language", () => {
    expect(ES.questions.map((q) => [q.id, q.topic, q.sources.map((s) => s.id)])).toEqual(
      EN.questions.map((q) => [q.id, q.topic, q.sources.map((s) => s.id)]),
    );
    expect(ES.topics.map((t) => t.id)).toEqual(EN.topics.map((t) => t.id));
    expect(ES.assessment.map((i) => i.id)).toEqual(EN.assessment.map((i) => i.id));
    expect(Object.keys(ES.paper).sort()).toEqual(Object.keys(EN.paper).sort());
    // Every source keeps its link in Spanish (the documents themselves are in English).
    expect(ES.questions.flatMap((q) => q.sources.map((s) => s.url))).toEqual(
      EN.questions.flatMap((q) => q.sources.map((s) => s.url)),
    );
  });

  it("keeps the English words as they were", () => {
    expect(EN.questions.map((q) => q.text)).toEqual(QUESTIONS.map((q) => q.text));
    expect(EN.paper.title).toBe("Questions for my consultation");
    expect(EN.paper.demoNameMark).toBe("fictional demo provider");
    expect(EN.paper.urgentBox).toEqual(URGENT_BOX);
    expect(EN.screen.translationNotice).toBeNull();
    expect(EN.paper.notices).toHaveLength(2);
  });

  it("words the fictional demo marks in Spanish", () => {
    expect(ES.paper.demoNameMark).toBe("médico ficticio de demostración");
    expect(ES.paper.demoFactMark).not.toMatch(/fictional|demo data/);
    expect(ES.paper.demoContactNote).not.toMatch(/fictional|demo data/);
    expect(ES.screen.demoProviderLabel).not.toMatch(/fictional|demo data/i);
  });

  it("opens a link made on one language's page with the same questions in the other", async () => {
    let state = setAnswer(defaultState(), "understand", "unsure").state;
    state = setSelected(state, "plan-dose", true);
    const own = addOwnQuestion(state, "¿Puedo manejar después?");
    if (!own.ok) throw new Error(own.error);
    state = { ...setNote(own.state, "cred-board", "nota"), visitDate: "2026-12-15" };
    const decoded = await decodeChecklist(await encodeChecklist(state));
    if (!decoded.ok) throw new Error(decoded.error);
    const ids = (locale: "en" | "es") =>
      buildChecklistDocument(decoded.state, null, null, locale === "en" ? EN : ES).sections.flatMap((s) =>
        s.items.map((i) => [i.id, i.number, i.note]),
      );
    expect(ids("es")).toEqual(ids("en"));
    expect(ids("en").map(([id]) => id)).toEqual(state.order);
    const es = buildChecklistDocument(decoded.state, null, null, ES);
    expect(es.visitDate).toBe("15 de diciembre de 2026");
    expect(es.sections.at(-1)!.heading).toBe("Sus propias preguntas");
  });
});

describe("the checklist's client components", () => {
  // The browser gets the page's words as props (texts.ts); importing a table of every language into
  // a client component would ship both languages on every visit.
  it("import no table of words in every language", () => {
    const dir = join(process.cwd(), "components/checklist");
    const tables = [
      "@/lib/checklist/questions",
      "@/lib/checklist/self-assessment",
      "@/lib/checklist/texts",
      "@/lib/content/medical",
      "@/lib/content/listing",
      "@/lib/content/sources",
    ];
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const code = readFileSync(join(dir, file), "utf8");
      for (const match of code.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)) {
        if (match[1] || !tables.includes(match[2]!)) continue;
        throw new Error(`${file} imports ${match[2]} (use the texts prop, or \`import type\`)`);
      }
    }
  });
});
