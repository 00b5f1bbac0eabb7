// The checklist's state and every change to it, as pure functions (unit-tested in state.test.ts).
// The page keeps this state in the browser only: nothing here is sent to the server.
import type { TChecklistWireV1 } from "@/lib/validation/checklist";
import { CHECKLIST_LIMITS, OWN_ID_PATTERN } from "./limits";
// It knows questions by id only (catalog.ts): their words reach the page in its language (texts.ts).
import {
  ASSESSMENT_IDS,
  DEFAULT_QUESTION_IDS,
  QUESTION_IDS,
  canonicalIndex,
  isQuestionId,
  preselectedIds,
  type TAnswer,
  type TAnswers,
  type TAssessmentId,
} from "./catalog";

export { preselectedIds };

export type TOwnQuestion = { id: string; text: string };

export type TChecklistState = {
  /** Selected questions in print order: built-in ids and own-question ids. */
  order: string[];
  /** Own questions; each one is always on `order` (removing one deletes it). */
  own: TOwnQuestion[];
  /** Notes by question id. Notes of deselected questions are kept in memory but not saved. */
  notes: Record<string, string>;
  /** YYYY-MM-DD or null. */
  visitDate: string | null;
  providerId: number | null;
  answers: TAnswers;
};

export function defaultState(): TChecklistState {
  return {
    order: [...DEFAULT_QUESTION_IDS],
    own: [],
    notes: {},
    visitDate: null,
    providerId: null,
    answers: {},
  };
}

export function isOwnId(id: string): boolean {
  return OWN_ID_PATTERN.test(id);
}

/** The text of a selected or selectable question: built-in (in the page's language) or own. */
export function questionText(
  state: TChecklistState,
  id: string,
  builtIn: Readonly<Record<string, { text: string }>>,
): string | undefined {
  return (isQuestionId(id) ? builtIn[id]?.text : undefined) ?? state.own.find((q) => q.id === id)?.text;
}

/**
 * Inserts a built-in question where it belongs in topic order: after the last selected built-in
 * question that comes before it, so a question added back lands in its topic, not at the end.
 */
export function insertCanonical(order: readonly string[], id: string): string[] {
  if (order.includes(id)) return [...order];
  const index = canonicalIndex(id) ?? Number.MAX_SAFE_INTEGER;
  let after = -1;
  let firstBuiltIn = -1;
  order.forEach((other, i) => {
    const otherIndex = canonicalIndex(other);
    if (otherIndex === undefined) return;
    if (firstBuiltIn === -1) firstBuiltIn = i;
    if (otherIndex < index) after = i;
  });
  const at = after >= 0 ? after + 1 : firstBuiltIn >= 0 ? firstBuiltIn : 0;
  return [...order.slice(0, at), id, ...order.slice(at)];
}

export function setSelected(state: TChecklistState, id: string, selected: boolean): TChecklistState {
  if (!isQuestionId(id)) return state;
  const has = state.order.includes(id);
  if (selected === has) return state;
  return {
    ...state,
    order: selected ? insertCanonical(state.order, id) : state.order.filter((x) => x !== id),
  };
}

/** Moves a selected item one place up (-1) or down (+1); a no-op at either end. */
export function moveItem(state: TChecklistState, id: string, delta: -1 | 1): TChecklistState {
  const from = state.order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= state.order.length) return state;
  const order = [...state.order];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...state, order };
}

/** Why an own question was refused: a code, which the page words in its language. */
export type TAddOwnError = "empty" | "too-long" | "full";
export type TAddOwnResult =
  { ok: true; state: TChecklistState; id: string } | { ok: false; error: TAddOwnError };

export function addOwnQuestion(state: TChecklistState, rawText: string): TAddOwnResult {
  const text = rawText.replace(/\s+/g, " ").trim();
  if (!text) return { ok: false, error: "empty" };
  if (text.length > CHECKLIST_LIMITS.ownQuestionMax) return { ok: false, error: "too-long" };
  if (state.own.length >= CHECKLIST_LIMITS.ownQuestionsMax) return { ok: false, error: "full" };
  const used = state.own.map((q) => Number(q.id.slice(1)));
  const id = `u${Math.max(0, ...used) + 1}`;
  return {
    ok: true,
    id,
    state: { ...state, own: [...state.own, { id, text }], order: [...state.order, id] },
  };
}

/** Deselects a built-in question, or deletes an own question and its note. */
export function removeItem(state: TChecklistState, id: string): TChecklistState {
  if (!isOwnId(id)) return setSelected(state, id, false);
  const notes = { ...state.notes };
  delete notes[id];
  return {
    ...state,
    own: state.own.filter((q) => q.id !== id),
    order: state.order.filter((x) => x !== id),
    notes,
  };
}

export function setNote(state: TChecklistState, id: string, note: string): TChecklistState {
  const notes = { ...state.notes };
  const clipped = note.slice(0, CHECKLIST_LIMITS.noteMax);
  if (clipped) notes[id] = clipped;
  else delete notes[id];
  return { ...state, notes };
}

export type TAnswerChange = { state: TChecklistState; added: string[]; removed: string[] };

/**
 * Records an answer and updates the selection: questions the new answer points to are added; ones
 * only the previous answer pointed to are taken off again, unless they are on the default list or
 * hold a note (never throw away what the patient wrote).
 */
export function setAnswer(
  state: TChecklistState,
  item: TAssessmentId,
  answer: TAnswer | null,
): TAnswerChange {
  const answers: TAnswers = { ...state.answers };
  if (answer) answers[item] = answer;
  else delete answers[item];
  const before = preselectedIds(state.answers);
  const after = preselectedIds(answers);
  const defaults = new Set(DEFAULT_QUESTION_IDS);
  let order = state.order;
  const removed: string[] = [];
  for (const id of before) {
    if (after.has(id) || defaults.has(id) || state.notes[id] || !order.includes(id)) continue;
    order = order.filter((x) => x !== id);
    removed.push(id);
  }
  const added: string[] = [];
  for (const id of QUESTION_IDS) {
    if (after.has(id) && !before.has(id) && !order.includes(id)) {
      order = insertCanonical(order, id);
      added.push(id);
    }
  }
  return { state: { ...state, answers, order }, added, removed };
}

const ANSWER_CODE: Record<TAnswer, string> = { yes: "y", no: "n", unsure: "u" };
const CODE_ANSWER: Record<string, TAnswer> = { y: "yes", n: "no", u: "unsure" };

/** The compact form saved in the browser and put in links (see ZChecklistWireV1). */
export function toWire(state: TChecklistState): TChecklistWireV1 {
  const wire: TChecklistWireV1 = { v: 1, o: [...state.order] };
  const selectedOwn = state.own.filter((q) => state.order.includes(q.id));
  if (selectedOwn.length) wire.u = Object.fromEntries(selectedOwn.map((q) => [q.id, q.text]));
  const notes = Object.entries(state.notes).filter(([id, note]) => note && state.order.includes(id));
  if (notes.length) wire.n = Object.fromEntries(notes);
  if (state.visitDate) wire.d = state.visitDate;
  if (state.providerId) wire.p = state.providerId;
  if (Object.keys(state.answers).length) {
    // Unanswered items at the end are left off down to the five every link has held, so a checklist
    // that does not use the sixth item keeps the link shape it always had.
    wire.a = ASSESSMENT_IDS.map((id) => {
      const answer = state.answers[id];
      return answer ? ANSWER_CODE[answer] : "-";
    })
      .join("")
      .replace(/-+$/, (dashes, at: number) => "-".repeat(Math.max(0, 5 - at)));
  }
  return wire;
}

/**
 * Back from the (already schema-validated) compact form. Built-in ids we no longer know (a question
 * retired since the link was made) are left out and counted, so the page can say so.
 */
export function fromWire(wire: TChecklistWireV1): { state: TChecklistState; dropped: number } {
  const ownTexts = wire.u ?? {};
  const order = wire.o.filter((id) => (isOwnId(id) ? id in ownTexts : isQuestionId(id)));
  const own = wire.o.filter((id) => isOwnId(id) && id in ownTexts).map((id) => ({ id, text: ownTexts[id]! }));
  const notes = Object.fromEntries(
    Object.entries(wire.n ?? {}).filter(([id, note]) => note && order.includes(id)),
  );
  const answers: TAnswers = {};
  (wire.a ?? "").split("").forEach((code, i) => {
    const item = ASSESSMENT_IDS[i];
    const answer = CODE_ANSWER[code];
    if (item && answer) answers[item] = answer;
  });
  return {
    state: { order, own, notes, visitDate: wire.d ?? null, providerId: wire.p ?? null, answers },
    dropped: wire.o.length - order.length,
  };
}

/** Whether two states save to the same thing (what the patient would see and print). */
export function sameChecklist(a: TChecklistState, b: TChecklistState): boolean {
  return JSON.stringify(toWire(a)) === JSON.stringify(toWire(b));
}
