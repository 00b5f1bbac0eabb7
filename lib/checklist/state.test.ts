import { describe, expect, it } from "vitest";
import { CHECKLIST_LIMITS } from "@/lib/validation/checklist";
import { DEFAULT_QUESTION_IDS, QUESTIONS } from "./questions";
import { ASSESSMENT_IDS } from "./self-assessment";
import {
  addOwnQuestion,
  defaultState,
  fromWire,
  insertCanonical,
  moveItem,
  preselectedIds,
  removeItem,
  setAnswer,
  setNote,
  setSelected,
  toWire,
} from "./state";

const ids = QUESTIONS.map((q) => q.id);

describe("selection and order", () => {
  it("starts with the default questions in topic order", () => {
    const state = defaultState();
    expect(state.order).toEqual(ids.filter((id) => DEFAULT_QUESTION_IDS.includes(id)));
  });

  it("puts a question added back into its topic, before own questions", () => {
    let state = defaultState();
    const added = addOwnQuestion(state, "Can I drive home afterwards?");
    if (!added.ok) throw new Error(added.error);
    state = setSelected(added.state, "plan-dose", true);
    const i = state.order.indexOf("plan-dose");
    expect(state.order[i - 1]).toBe("plan-product");
    state = setSelected(state, "cost-prior-auth", true);
    expect(state.order.slice(-4)).toEqual(["cost-coverage", "cost-prior-auth", "cost-after-hours", added.id]);
  });

  it("inserts at the start when nothing before it is selected", () => {
    expect(insertCanonical(["diag-what", "u1"], "cred-board")).toEqual(["cred-board", "diag-what", "u1"]);
    expect(insertCanonical(["u1"], "cred-board")).toEqual(["cred-board", "u1"]);
  });

  it("deselects and moves items, ignoring moves past either end", () => {
    let state = setSelected(defaultState(), "cred-board", false);
    expect(state.order).not.toContain("cred-board");
    const first = state.order[0]!;
    expect(moveItem(state, first, -1)).toBe(state);
    state = moveItem(state, first, 1);
    expect(state.order[1]).toBe(first);
    const last = state.order.at(-1)!;
    expect(moveItem(state, last, 1)).toBe(state);
  });

  it("ignores unknown ids", () => {
    const state = defaultState();
    expect(setSelected(state, "nope-nope", true)).toBe(state);
  });
});

describe("own questions and notes", () => {
  it("adds own questions up to the limit, trimmed, and refuses empty or long ones", () => {
    let state = defaultState();
    expect(addOwnQuestion(state, "   ").ok).toBe(false);
    expect(addOwnQuestion(state, "x".repeat(CHECKLIST_LIMITS.ownQuestionMax + 1)).ok).toBe(false);
    for (let i = 0; i < CHECKLIST_LIMITS.ownQuestionsMax; i++) {
      const r = addOwnQuestion(state, `  Question   ${i} `);
      if (!r.ok) throw new Error(r.error);
      state = r.state;
    }
    expect(state.own[0]?.text).toBe("Question 0");
    expect(addOwnQuestion(state, "One too many")).toEqual({ ok: false, error: "full" });
  });

  it("removing an own question deletes it and its note; ids are not reused", () => {
    const a = addOwnQuestion(defaultState(), "First");
    if (!a.ok) throw new Error();
    const b = addOwnQuestion(setNote(a.state, a.id, "my note"), "Second");
    if (!b.ok) throw new Error();
    const state = removeItem(b.state, a.id);
    expect(state.own.map((q) => q.id)).toEqual([b.id]);
    expect(state.notes[a.id]).toBeUndefined();
    const c = addOwnQuestion(state, "Third");
    if (!c.ok) throw new Error();
    expect(c.id).toBe("u3");
  });

  it("clips notes to the limit and drops empty ones", () => {
    let state = setNote(defaultState(), "cred-board", "y".repeat(CHECKLIST_LIMITS.noteMax + 50));
    expect(state.notes["cred-board"]).toHaveLength(CHECKLIST_LIMITS.noteMax);
    state = setNote(state, "cred-board", "");
    expect("cred-board" in state.notes).toBe(false);
  });
});

describe("self-assessment preselection", () => {
  it("adds the questions an answer points to, and says which", () => {
    const { state, added } = setAnswer(defaultState(), "understand", "unsure");
    const expected = ["risk-conditions", "health-neuromuscular", "alt-nothing"];
    expect(added).toEqual(expect.arrayContaining(expected));
    expect(state.order).toEqual(expect.arrayContaining(expected));
    expect(preselectedIds(state.answers)).toEqual(new Set(expected));
  });

  it("takes them off again when the answer changes, unless default or noted", () => {
    let { state } = setAnswer(defaultState(), "understand", "no");
    state = setNote(state, "alt-nothing", "ask about this");
    const change = setAnswer(state, "understand", "yes");
    expect(change.removed).toEqual(["risk-conditions", "health-neuromuscular"]);
    expect(change.state.order).toContain("alt-nothing");
    expect(change.state.order).not.toContain("risk-conditions");
  });

  it("keeps a question another answer still points to", () => {
    let { state } = setAnswer(defaultState(), "motion", "yes");
    ({ state } = setAnswer(state, "quality", "yes"));
    expect(state.order).toContain("ben-activities");
    const change = setAnswer(state, "motion", "no");
    expect(change.state.order).toContain("ben-activities");
  });

  it("answering all six adds only known questions, once", () => {
    let state = defaultState();
    for (const item of ASSESSMENT_IDS) {
      ({ state } = setAnswer(state, item, "unsure"));
    }
    expect(new Set(state.order).size).toBe(state.order.length);
    for (const id of state.order) expect(ids).toContain(id);
  });
});

describe("wire form", () => {
  it("round-trips a full checklist", () => {
    let state = defaultState();
    ({ state } = setAnswer(state, "persistent", "yes"));
    ({ state } = setAnswer(state, "adjust", "unsure"));
    const r = addOwnQuestion(state, "Can I drive home?");
    if (!r.ok) throw new Error();
    state = moveItem(setNote(r.state, r.id, "Ask first"), r.id, -1);
    state = { ...state, visitDate: "2026-12-03", providerId: 481 };
    const wire = toWire(state);
    expect(wire.a).toBe("y---u");
    expect(fromWire(wire)).toEqual({ state, dropped: 0 });
  });

  it("leaves out questions that no longer exist and counts them", () => {
    const { state, dropped } = fromWire({
      v: 1,
      o: ["cred-board", "gone-question"],
      n: { "gone-question": "x" },
    });
    expect(state.order).toEqual(["cred-board"]);
    expect(state.notes).toEqual({});
    expect(dropped).toBe(1);
  });
});
