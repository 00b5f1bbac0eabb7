import { describe, expect, it } from "vitest";
import { ZQuestionId } from "@/lib/validation/checklist";
import { DEFAULT_QUESTION_IDS, QUESTIONS, TOPICS } from "./questions";
import { SELF_ASSESSMENT } from "./self-assessment";
import { SOURCES } from "./sources";

describe("consultation questions", () => {
  it("has about 30 questions with unique, well-formed ids", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(28);
    expect(QUESTIONS.length).toBeLessThanOrEqual(34);
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ZQuestionId.safeParse(id).success, id).toBe(true);
  });

  it("covers every topic, in topic order, with a why line and a known source", () => {
    const topicOrder = TOPICS.map((t) => t.id);
    let last = 0;
    for (const q of QUESTIONS) {
      const index = topicOrder.indexOf(q.topic);
      expect(index, `${q.id} is out of topic order`).toBeGreaterThanOrEqual(last);
      last = index;
      expect(q.why.length, q.id).toBeGreaterThan(20);
      expect(q.why.length, `${q.id}: keep "why" to one line`).toBeLessThanOrEqual(140);
      expect(SOURCES[q.source], q.id).toBeDefined();
    }
    for (const t of topicOrder)
      expect(
        QUESTIONS.some((q) => q.topic === t),
        t,
      ).toBe(true);
  });

  it("selects a default that fits on two pages and still covers each topic", () => {
    expect(DEFAULT_QUESTION_IDS.length).toBeGreaterThanOrEqual(12);
    expect(DEFAULT_QUESTION_IDS.length).toBeLessThanOrEqual(17);
    for (const t of TOPICS) {
      expect(
        QUESTIONS.some((q) => q.topic === t.id && q.defaultSelected),
        t.id,
      ).toBe(true);
    }
  });

  it("never promises relief and says plainly when a use is off-label", () => {
    const all = QUESTIONS.map((q) => `${q.text} ${q.why}`)
      .join(" ")
      .toLowerCase();
    expect(all).not.toMatch(/\b(guarantee|will relieve|cure)/);
    expect(all).toContain("off-label");
    expect(all).toContain("not interchangeable");
    expect(all).toContain("cochrane");
  });

  it("lets every self-assessment item preselect at least one question", () => {
    for (const item of SELF_ASSESSMENT) {
      expect(
        QUESTIONS.some((q) => q.preselect?.some((r) => r.item === item.id)),
        item.id,
      ).toBe(true);
    }
  });
});
