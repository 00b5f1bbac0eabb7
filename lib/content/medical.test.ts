import { describe, expect, it } from "vitest";
import { QUESTIONS } from "@/lib/checklist/questions";
import {
  FDA_APPROVED_PRODUCTS,
  LABEL_STATUS_NOTICE,
  STATEMENTS,
  URGENT_BOX,
  URGENT_WARNING,
} from "./medical";
import { SOURCES, SOURCE_IDS } from "./sources";

// Every medical statement a patient reads (and may take to a doctor) has a source and a date it was
// last checked, and the corrections of the clinical review (issue 12) hold. See docs/medical-content.md.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const statements = Object.entries(STATEMENTS);

describe("sources", () => {
  it("each has a title, a short name, a link (except our guide) and a last-checked date", () => {
    for (const id of SOURCE_IDS) {
      const s = SOURCES[id];
      expect(s.title.length, id).toBeGreaterThan(10);
      expect(s.short.length, id).toBeGreaterThan(3);
      expect(s.lastChecked, id).toMatch(ISO_DATE);
      if (id !== "guide") expect("url" in s && s.url, id).toMatch(/^https:\/\//);
    }
  });

  it("links Cochrane reviews by their unversioned DOI and says which version was read", () => {
    const cochrane = SOURCE_IDS.filter((id) => SOURCES[id].title.includes("Cochrane"));
    expect(cochrane.sort()).toEqual(["cochraneNeckPain", "cochraneTypeA", "cochraneTypeB"]);
    for (const id of cochrane) {
      const s = SOURCES[id];
      expect("url" in s && s.url, id).toMatch(/^https:\/\/doi\.org\/10\.1002\/14651858\.CD\d{6}$/);
      expect("versionRead" in s && s.versionRead, id).toMatch(/\b(19|20)\d\d\b.*CD\d{6}\.pub\d/);
    }
    expect(SOURCES.cochraneNeckPain.url).toBe("https://doi.org/10.1002/14651858.CD008626");
    expect(SOURCES.cochraneTypeA.url).toBe("https://doi.org/10.1002/14651858.CD003633");
    expect(SOURCES.cochraneTypeB.url).toBe("https://doi.org/10.1002/14651858.CD004315");
  });
});

describe("medical statements", () => {
  it("every statement names at least one known source and the date it was last checked", () => {
    for (const [id, s] of statements) {
      expect(s.sources.length, `${id} has no source`).toBeGreaterThan(0);
      for (const source of s.sources) expect(SOURCES[source], `${id}: ${source}`).toBeDefined();
      expect(s.sources, `${id} cites only our own guide`).not.toEqual(["guide"]);
      expect(s.lastChecked, id).toMatch(ISO_DATE);
    }
    expect(URGENT_BOX.sources).toContain("fdaLabels");
    expect(URGENT_BOX.lastChecked).toMatch(ISO_DATE);
    for (const p of FDA_APPROVED_PRODUCTS) expect(SOURCES[p.source], p.brand).toBeDefined();
  });

  it("gives onset, peak and duration as in cervical dystonia, by product", () => {
    const t = STATEMENTS.timing.text;
    expect(t).toContain("starts within one to two weeks");
    expect(t).toContain("greatest at about four to six weeks");
    expect(t).toContain("typically lasts about three months");
    expect(t).toContain("median 20 to 24 weeks");
    expect(t).toContain("fades before the next injection");
    expect(t).not.toMatch(/peak around two weeks|three to four months|within days/);
    expect(STATEMENTS.retreatment.text).toContain("12 weeks");
  });

  it("lists every urgent sign of the boxed warning and Medication Guides, and what to do", () => {
    const symptoms = URGENT_BOX.symptoms.join(" ");
    for (const sign of [
      "trouble swallowing",
      "several months",
      "trouble breathing",
      "slurred speech",
      "hoarseness",
      "change or loss of voice",
      "muscle weakness all over the body",
      "new weakness",
      "double or blurred vision",
      "drooping eyelids",
      "loss of bladder control",
    ]) {
      expect(symptoms, sign).toContain(sign);
    }
    expect(URGENT_BOX.title).toBe("Get medical help at once");
    expect(URGENT_BOX.intro).toContain("hours to weeks");
    const actions = URGENT_BOX.actions.join(" ");
    expect(actions).toContain("Call 911 if breathing or swallowing is hard");
    expect(actions).toMatch(/do not drive.*dangerous activities/);
    for (const symptom of URGENT_BOX.symptoms) expect(URGENT_WARNING).toContain(symptom);
  });

  it("names the common side effects, dry mouth and cold- or flu-like symptoms included", () => {
    const t = STATEMENTS.commonSideEffects.text;
    for (const effect of [
      "pain where the needle went in",
      "headache",
      "neck weakness or pain",
      "trouble swallowing",
      "dry mouth (notably with rimabotulinumtoxinB)",
      "cold- or flu-like or upper-respiratory symptoms",
    ])
      expect(t).toContain(effect);
  });

  it("shows the evidence both ways: effective and first-line for cervical dystonia, off-label for neck pain", () => {
    expect(STATEMENTS.evidenceDystonia.text).toMatch(/first-line treatment/);
    expect(STATEMENTS.evidenceDystonia.text).toMatch(/Cochrane reviews.*American Academy of Neurology/);
    expect(STATEMENTS.evidenceDystonia.sources).toEqual(
      expect.arrayContaining(["cochraneTypeA", "cochraneTypeB", "aan"]),
    );
    expect(STATEMENTS.evidenceNeckPain.text).toMatch(/off-label.*little or no benefit over saline/);
    expect(STATEMENTS.evidenceNeckPain.sources).toContain("cochraneNeckPain");
    expect(LABEL_STATUS_NOTICE).toMatch(/FDA-approved for cervical dystonia.*find it effective/);
    expect(LABEL_STATUS_NOTICE).toMatch(/off-label.*little or no benefit over saline/);
    // Never the seed guide's error.
    expect(LABEL_STATUS_NOTICE).not.toMatch(/approved for (chronic )?neck pain/i);
  });

  it("names five products, each approved for adults, with units not interchangeable", () => {
    expect(FDA_APPROVED_PRODUCTS.map((p) => p.generic)).toEqual([
      "onabotulinumtoxinA",
      "abobotulinumtoxinA",
      "incobotulinumtoxinA",
      "rimabotulinumtoxinB",
      "daxibotulinumtoxinA",
    ]);
    for (const p of FDA_APPROVED_PRODUCTS) expect(p.ages, p.brand).toMatch(/^Adults/);
    expect(FDA_APPROVED_PRODUCTS[0].ages).toContain("16 years");
    expect(STATEMENTS.products.text).toContain("each for adults");
    expect(STATEMENTS.products.text).toContain("since 2023, daxibotulinumtoxinA");
    expect(STATEMENTS.products.text).toContain("not interchangeable");
  });

  it("claims no more for guidance, board certification or alternatives than the evidence", () => {
    expect(STATEMENTS.guidance.text).toMatch(/can help .*especially deep ones; studies differ/);
    expect(STATEMENTS.boardCertification.text).toMatch(/does not by itself show training in botulinum toxin/);
    expect(STATEMENTS.alternatives.text).toMatch(
      /physical therapy and oral medicines.*deep brain stimulation or selective peripheral denervation/,
    );
    const everything = [
      ...statements.map(([, s]) => s.text),
      ...QUESTIONS.map((q) => `${q.text} ${q.why}`),
    ].join(" ");
    expect(everything).not.toMatch(/nerve block|ideal candidate|days or weeks|many patients say/i);
  });
});
