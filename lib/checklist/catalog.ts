// The consultation checklist's structure, without any words: topics, question ids with their
// sources, default choice and the self-check answers that preselect them, and the self-check's items.
// The browser's checklist logic (state.ts, encoding.ts) needs only this, so it ships no text; the
// words, in every language, live in questions.ts and self-assessment.ts and reach the page in one
// language (texts.ts).
//
// Ids are stable: saved checklists and shared links refer to them by id (not by position, and never
// by their words, so a link made on the Spanish page opens the same questions on the English one).
// Move a question or add new ones anywhere, but never reuse an id for a different question and never
// delete one without expecting old links to drop it (state.ts counts those).
import type { TSourceId } from "@/lib/content/sources";

export const TOPIC_IDS = [
  "credentials",
  "diagnosis",
  "plan",
  "benefits",
  "risks",
  "health",
  "alternatives",
  "cost",
] as const;
export type TTopicId = (typeof TOPIC_IDS)[number];

export const ANSWERS = ["yes", "no", "unsure"] as const;
export type TAnswer = (typeof ANSWERS)[number];

/**
 * The self-check's items in the order their answers are stored in links and the browser (one
 * character each, see toWire in state.ts): old links hold the first five, so new items are appended
 * here, never inserted. The order on screen is ASSESSMENT_ORDER's.
 */
export const ASSESSMENT_IDS = [
  "persistent",
  "motion",
  "quality",
  "understand",
  "adjust",
  "involuntary",
] as const;
export type TAssessmentId = (typeof ASSESSMENT_IDS)[number];
export type TAnswers = Partial<Record<TAssessmentId, TAnswer>>;

/** The self-check's items as the page shows them. */
export const ASSESSMENT_ORDER: readonly TAssessmentId[] = [
  "involuntary",
  "motion",
  "quality",
  "persistent",
  "adjust",
  "understand",
];

export type TQuestionSpec = {
  id: string;
  topic: TTopicId;
  /** Where the "why" line comes from: at least one (unit-tested). */
  sources: readonly TSourceId[];
  defaultSelected: boolean;
  /** Self-check answers that add this question to the checklist. */
  preselect?: readonly { item: TAssessmentId; answers: readonly TAnswer[] }[];
};

const NOT_YES = ["no", "unsure"] as const;
const YES_UNSURE = ["yes", "unsure"] as const;

/** Every built-in question, in topic order (the order of a new checklist and of the picker). */
export const QUESTION_SPECS = [
  // Credentials and experience
  { id: "cred-board", topic: "credentials", sources: ["abms"], defaultSelected: true },
  { id: "cred-fellowship", topic: "credentials", sources: ["abms"], defaultSelected: false },
  { id: "cred-volume", topic: "credentials", sources: ["guide"], defaultSelected: true },
  {
    id: "cred-condition",
    topic: "credentials",
    sources: ["ninds", "guide"],
    defaultSelected: false,
    preselect: [
      { item: "persistent", answers: ["yes"] },
      { item: "involuntary", answers: YES_UNSURE },
    ],
  },
  { id: "cred-guidance", topic: "credentials", sources: ["guidance"], defaultSelected: false },
  { id: "cred-injector", topic: "credentials", sources: ["guide"], defaultSelected: false },

  // Diagnosis and FDA label status
  { id: "diag-what", topic: "diagnosis", sources: ["ninds", "fdaLabels"], defaultSelected: true },
  { id: "diag-label", topic: "diagnosis", sources: ["fdaLabels"], defaultSelected: true },
  {
    id: "diag-evidence",
    topic: "diagnosis",
    sources: ["cochraneTypeA", "cochraneTypeB", "aan", "cochraneNeckPain"],
    defaultSelected: true,
  },
  {
    id: "diag-tests",
    topic: "diagnosis",
    sources: ["ninds"],
    defaultSelected: false,
    preselect: [{ item: "involuntary", answers: ["unsure"] }],
  },

  // Treatment plan and follow-up
  {
    id: "plan-product",
    topic: "plan",
    sources: ["labelBotox", "labelDysport", "labelXeomin", "labelMyobloc", "labelDaxxify"],
    defaultSelected: true,
  },
  { id: "plan-dose", topic: "plan", sources: ["fdaLabels"], defaultSelected: false },
  {
    id: "plan-measure",
    topic: "plan",
    sources: ["cochraneTypeA"],
    defaultSelected: true,
    preselect: [
      { item: "motion", answers: YES_UNSURE },
      { item: "quality", answers: ["yes"] },
    ],
  },
  { id: "plan-followup", topic: "plan", sources: ["fdaLabels", "cochraneTypeA"], defaultSelected: true },
  {
    id: "plan-record",
    topic: "plan",
    sources: ["labelBotox", "labelDysport", "labelXeomin", "labelMyobloc", "labelDaxxify"],
    defaultSelected: true,
  },
  { id: "plan-repeat", topic: "plan", sources: ["fdaLabels"], defaultSelected: false },
  { id: "plan-adjust", topic: "plan", sources: ["guidance"], defaultSelected: false },
  {
    id: "plan-antibodies",
    topic: "plan",
    sources: ["fdaLabels", "labelMyobloc", "cochraneTypeB"],
    defaultSelected: false,
  },
  { id: "plan-day", topic: "plan", sources: ["guide"], defaultSelected: false },

  // Benefits and expectations
  {
    id: "ben-when",
    topic: "benefits",
    sources: ["fdaLabels", "labelDaxxify", "cochraneTypeA"],
    defaultSelected: true,
  },
  {
    id: "ben-realistic",
    topic: "benefits",
    sources: ["cochraneTypeA", "cochraneNeckPain"],
    defaultSelected: false,
  },
  {
    id: "ben-activities",
    topic: "benefits",
    sources: ["cochraneTypeA"],
    defaultSelected: false,
    preselect: [
      { item: "motion", answers: ["yes"] },
      { item: "quality", answers: YES_UNSURE },
    ],
  },

  // Risks and side effects
  { id: "risk-common", topic: "risks", sources: ["fdaLabels", "labelMyobloc"], defaultSelected: true },
  { id: "risk-urgent", topic: "risks", sources: ["fdaLabels"], defaultSelected: true },
  {
    id: "risk-activities",
    topic: "risks",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: ["yes", "unsure"] }],
  },

  // Your health and medicines: what the labels and Medication Guides ask patients to tell the doctor
  {
    id: "risk-prior",
    topic: "health",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: ["yes", "no", "unsure"] }],
  },
  {
    id: "risk-medicines",
    topic: "health",
    sources: ["fdaLabels"],
    defaultSelected: true,
    preselect: [{ item: "adjust", answers: ["yes", "no", "unsure"] }],
  },
  {
    id: "health-bleeding",
    topic: "health",
    sources: ["labelBotox", "fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: YES_UNSURE }],
  },
  {
    id: "risk-conditions",
    topic: "health",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  {
    id: "health-neuromuscular",
    topic: "health",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  { id: "health-pregnancy", topic: "health", sources: ["fdaLabels"], defaultSelected: false },
  {
    id: "health-allergy",
    topic: "health",
    sources: ["fdaLabels", "labelDysport"],
    defaultSelected: false,
  },
  { id: "health-infection", topic: "health", sources: ["fdaLabels"], defaultSelected: false },
  { id: "health-surgery", topic: "health", sources: ["labelBotox"], defaultSelected: false },

  // Alternatives
  {
    id: "alt-options",
    topic: "alternatives",
    sources: ["ninds", "efns"],
    defaultSelected: true,
    preselect: [{ item: "persistent", answers: NOT_YES }],
  },
  {
    id: "alt-nothing",
    topic: "alternatives",
    sources: ["ninds"],
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  { id: "alt-trials", topic: "alternatives", sources: ["trials"], defaultSelected: false },

  // Cost and logistics
  { id: "cost-coverage", topic: "cost", sources: ["insurance", "fdaLabels"], defaultSelected: true },
  { id: "cost-prior-auth", topic: "cost", sources: ["insurance"], defaultSelected: false },
  { id: "cost-after-hours", topic: "cost", sources: ["fdaLabels"], defaultSelected: true },
] as const satisfies readonly TQuestionSpec[];

export type TQuestionId = (typeof QUESTION_SPECS)[number]["id"];

const SPECS: readonly TQuestionSpec[] = QUESTION_SPECS;
const BY_ID = new Map(SPECS.map((q, index) => [q.id, { spec: q, index }]));

export function isQuestionId(id: string): id is TQuestionId {
  return BY_ID.has(id);
}

export function findSpec(id: string): TQuestionSpec | undefined {
  return BY_ID.get(id)?.spec;
}

/** Position in the canonical list (topic order), or undefined for an unknown or own question. */
export function canonicalIndex(id: string): number | undefined {
  return BY_ID.get(id)?.index;
}

export const QUESTION_IDS: readonly TQuestionId[] = QUESTION_SPECS.map((q) => q.id);

export const DEFAULT_QUESTION_IDS: readonly string[] = SPECS.filter((q) => q.defaultSelected).map((q) => q.id);

/** Built-in questions the self-check answers point to. */
export function preselectedIds(answers: TAnswers): Set<string> {
  const ids = new Set<string>();
  for (const q of SPECS) {
    if (
      q.preselect?.some((rule) => {
        const answer = answers[rule.item];
        return answer !== undefined && rule.answers.includes(answer);
      })
    ) {
      ids.add(q.id);
    }
  }
  return ids;
}

/** A self-check item in one language (self-assessment.ts holds the words). */
export type TAssessmentItem = {
  id: TAssessmentId;
  /** A short heading naming what the question helps describe. */
  trait: string;
  question: string;
  /** What to bring up with the doctor for each answer (no advice). */
  bringUp: Readonly<Record<TAnswer, string>>;
};

/** What to bring up with the doctor, one line per answered item, in the order of `items`. */
export function bringUpLines(
  answers: TAnswers,
  items: readonly TAssessmentItem[],
): { id: TAssessmentId; trait: string; text: string }[] {
  return items.flatMap((item) => {
    const answer = answers[item.id];
    return answer ? [{ id: item.id, trait: item.trait, text: item.bringUp[answer] }] : [];
  });
}
