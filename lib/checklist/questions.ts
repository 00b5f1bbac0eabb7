// The consultation questions, as data: edit wording here, not in JSX. Topics follow shared/DOMAIN.md
// ("Consultation questions"). Rules for the wording (DOMAIN.md): botulinum toxin is FDA-approved for
// cervical dystonia (Botox, Dysport, Xeomin, Myobloc, Daxxify; units are not interchangeable); for
// other neck pain it is off-label and a Cochrane review found little or no benefit over saline; never
// promise relief; no advice. Ids are stable: saved checklists and shared links refer to them, so
// rename a question's text freely but never reuse an id for a different question.
import type { TAnswer, TAssessmentId } from "./self-assessment";
import type { TSourceKey } from "./sources";

export const TOPICS = [
  { id: "credentials", title: "Credentials and experience" },
  { id: "diagnosis", title: "Diagnosis and FDA label status" },
  { id: "plan", title: "Treatment plan" },
  { id: "benefits", title: "Benefits and expectations" },
  { id: "risks", title: "Risks and side effects" },
  { id: "alternatives", title: "Alternatives" },
  { id: "cost", title: "Cost and logistics" },
] as const;

export type TTopicId = (typeof TOPICS)[number]["id"];

export const OWN_TOPIC_TITLE = "Your own questions";

export type TQuestion = {
  id: string;
  topic: TTopicId;
  text: string;
  /** One line: why this question is worth asking. */
  why: string;
  source: TSourceKey;
  defaultSelected: boolean;
  /** Self-assessment answers that add this question to the checklist. */
  preselect?: readonly { item: TAssessmentId; answers: readonly TAnswer[] }[];
};

const NOT_YES = ["no", "unsure"] as const;

export const QUESTIONS: readonly TQuestion[] = [
  // Credentials and experience
  {
    id: "cred-board",
    topic: "credentials",
    text: "Which board certified you, and in which specialty or subspecialty?",
    why: "Board certification in neurology, pain medicine or PM&R is voluntary and separate from a licence; it shows specialist training.",
    source: "abms",
    defaultSelected: true,
  },
  {
    id: "cred-fellowship",
    topic: "credentials",
    text: "Did you complete fellowship training, for example in movement disorders?",
    why: "“Movement disorders specialist” means fellowship training, not a board certificate, so it is worth asking what lies behind it.",
    source: "abms",
    defaultSelected: false,
  },
  {
    id: "cred-volume",
    topic: "credentials",
    text: "How many botulinum toxin injections in the neck do you give in a year, and for how many years?",
    why: "The guide suggests looking for substantial experience: injecting neck muscles takes practice.",
    source: "guide",
    defaultSelected: true,
  },
  {
    id: "cred-condition",
    topic: "credentials",
    text: "How often do you treat patients with a condition like mine?",
    why: "Experience with cervical dystonia and with other neck pain is not the same; ask about yours.",
    source: "guide",
    defaultSelected: false,
    preselect: [{ item: "persistent", answers: ["yes"] }],
  },
  {
    id: "cred-guidance",
    topic: "credentials",
    text: "Do you use EMG or ultrasound to guide the injections?",
    why: "Guidance can help target the right muscles (the evidence is mixed); many patients say it matters to them.",
    source: "guidance",
    defaultSelected: true,
  },
  {
    id: "cred-injector",
    topic: "credentials",
    text: "Will you give the injections yourself, or will someone else in the practice?",
    why: "The experience that counts is that of the person who gives the injections.",
    source: "guide",
    defaultSelected: false,
  },

  // Diagnosis and FDA label status
  {
    id: "diag-what",
    topic: "diagnosis",
    text: "What is my diagnosis: cervical dystonia, muscle spasm, or something else?",
    why: "The diagnosis decides whether the use is FDA-approved for you and which other treatments could help.",
    source: "ninds",
    defaultSelected: true,
  },
  {
    id: "diag-label",
    topic: "diagnosis",
    text: "Is botulinum toxin FDA-approved for my condition, or would this be an off-label use?",
    why: "It is FDA-approved for cervical dystonia; for other neck pain its use is off-label.",
    source: "fdaLabel",
    defaultSelected: true,
  },
  {
    id: "diag-evidence",
    topic: "diagnosis",
    text: "What does the research show for people with my condition?",
    why: "For chronic neck pain without dystonia, a Cochrane review found little or no benefit over saline injections.",
    source: "cochrane",
    defaultSelected: true,
  },
  {
    id: "diag-tests",
    topic: "diagnosis",
    text: "Do I need an examination or tests before we decide?",
    why: "The guide says the doctor assesses your condition and medical history to see whether treatment fits.",
    source: "guide",
    defaultSelected: false,
    preselect: [{ item: "persistent", answers: NOT_YES }],
  },

  // Treatment plan
  {
    id: "plan-product",
    topic: "plan",
    text: "Which product would you use (Botox, Dysport, Xeomin, Myobloc or Daxxify), and why?",
    why: "Five products are FDA-approved for cervical dystonia, and their units are not interchangeable.",
    source: "fdaLabel",
    defaultSelected: true,
  },
  {
    id: "plan-dose",
    topic: "plan",
    text: "Which muscles would you inject, and with what dose?",
    why: "Knowing the muscles and dose helps you compare visits and report what changed.",
    source: "fdaLabel",
    defaultSelected: false,
  },
  {
    id: "plan-measure",
    topic: "plan",
    text: "How will we judge whether the treatment is working?",
    why: "Agreeing on a measure (pain, head position, range of motion, daily activities) makes follow-up visits useful.",
    source: "aan",
    defaultSelected: true,
    preselect: [
      { item: "motion", answers: ["yes", "unsure"] },
      { item: "quality", answers: ["yes"] },
    ],
  },
  {
    id: "plan-repeat",
    topic: "plan",
    text: "How often would injections be repeated, and what happens at follow-up visits?",
    why: "The effect wears off; re-treatment is generally no sooner than every 12 weeks.",
    source: "fdaLabel",
    defaultSelected: false,
  },
  {
    id: "plan-adjust",
    topic: "plan",
    text: "If the first injections do not help enough, what would we change?",
    why: "Muscles and doses are often fine-tuned over several treatment cycles; ask how that would work for you.",
    source: "guidance",
    defaultSelected: false,
  },
  {
    id: "plan-day",
    topic: "plan",
    text: "What happens on the day of the injections, and can I go back to work or drive afterwards?",
    why: "Knowing how long the visit takes and what to expect after it helps you plan the day.",
    source: "guide",
    defaultSelected: false,
  },

  // Benefits and expectations
  {
    id: "ben-when",
    topic: "benefits",
    text: "When might I notice a change, and how long could it last?",
    why: "Effects usually begin within days, peak around two weeks and last about three to four months.",
    source: "fdaLabel",
    defaultSelected: true,
  },
  {
    id: "ben-realistic",
    topic: "benefits",
    text: "What results are realistic for someone like me, and how often does it not help?",
    why: "No treatment can promise relief; results differ from person to person and by condition.",
    source: "cochrane",
    defaultSelected: true,
  },
  {
    id: "ben-activities",
    topic: "benefits",
    text: "Could treatment help with the movements or activities that matter most to me?",
    why: "The guide names range of motion and quality of life among the reasons people consider injections.",
    source: "guide",
    defaultSelected: false,
    preselect: [
      { item: "motion", answers: ["yes"] },
      { item: "quality", answers: ["yes", "unsure"] },
    ],
  },

  // Risks and side effects
  {
    id: "risk-common",
    topic: "risks",
    text: "Which side effects are common, and how long do they usually last?",
    why: "Pain where the needle went in, headache, neck weakness and trouble swallowing are among the common ones.",
    source: "fdaLabel",
    defaultSelected: true,
  },
  {
    id: "risk-urgent",
    topic: "risks",
    text: "Which symptoms should I report at once, and to whom?",
    why: "Boxed warning: the toxin's effect can spread; swallowing, speaking or breathing problems can appear hours to weeks later.",
    source: "fdaLabel",
    defaultSelected: true,
  },
  {
    id: "risk-medicines",
    topic: "risks",
    text: "Do any of my medicines, such as blood thinners or muscle relaxants, matter for these injections?",
    why: "Some medicines can add to the toxin's effect or increase bruising; bring a full list.",
    source: "fdaLabel",
    defaultSelected: true,
    preselect: [{ item: "adjust", answers: ["yes", "no", "unsure"] }],
  },
  {
    id: "risk-prior",
    topic: "risks",
    text: "I have had botulinum toxin injections before (for any reason): what do you need to know?",
    why: "Earlier injections, including cosmetic ones, and their product and dose matter for planning.",
    source: "fdaLabel",
    defaultSelected: false,
  },
  {
    id: "risk-conditions",
    topic: "risks",
    text: "Do any of my other health conditions raise the risk, such as swallowing or breathing problems?",
    why: "The labels warn that people with swallowing, breathing or nerve-muscle disorders may be at greater risk.",
    source: "fdaLabel",
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  {
    id: "risk-activities",
    topic: "risks",
    text: "Should I avoid any activities or medicines before or after the injections?",
    why: "The guide says you may need to avoid certain medications or activities, and the doctor needs to know about them.",
    source: "guide",
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: ["yes", "no", "unsure"] }],
  },

  // Alternatives
  {
    id: "alt-options",
    topic: "alternatives",
    text: "What other treatments could I try instead of, or alongside, injections?",
    why: "The guide mentions physical therapy, medicines and nerve blocks; injections are one option among several.",
    source: "guide",
    defaultSelected: true,
    preselect: [{ item: "persistent", answers: NOT_YES }],
  },
  {
    id: "alt-nothing",
    topic: "alternatives",
    text: "What is likely to happen if I wait, or decide against treatment for now?",
    why: "Knowing the likely course without treatment helps you weigh the options.",
    source: "guide",
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  {
    id: "alt-trials",
    topic: "alternatives",
    text: "Are there clinical trials I could take part in?",
    why: "Studies that are recruiting are listed publicly at ClinicalTrials.gov.",
    source: "trials",
    defaultSelected: false,
  },

  // Cost and logistics
  {
    id: "cost-coverage",
    topic: "cost",
    text: "What will the treatment cost, and will my insurance cover it?",
    why: "Coverage can differ between an FDA-approved use and an off-label one; ask for an estimate in writing.",
    source: "insurance",
    defaultSelected: true,
  },
  {
    id: "cost-prior-auth",
    topic: "cost",
    text: "Does my insurance need prior authorization, and who applies for it?",
    why: "Many plans must approve the treatment before it is given, which can take time.",
    source: "insurance",
    defaultSelected: false,
  },
  {
    id: "cost-after-hours",
    topic: "cost",
    text: "Whom do I call with a problem after hours or at the weekend?",
    why: "Side effects can start days or weeks after the visit; in an emergency, call 911.",
    source: "fdaLabel",
    defaultSelected: true,
  },
];

const BY_ID = new Map(QUESTIONS.map((q, index) => [q.id, { question: q, index }]));

export function findQuestion(id: string): TQuestion | undefined {
  return BY_ID.get(id)?.question;
}

/** Position in the canonical list (topic order), or undefined for an unknown or own question. */
export function canonicalIndex(id: string): number | undefined {
  return BY_ID.get(id)?.index;
}

export function topicTitle(topic: TTopicId): string {
  return TOPICS.find((t) => t.id === topic)?.title ?? topic;
}

export const DEFAULT_QUESTION_IDS: readonly string[] = QUESTIONS.filter((q) => q.defaultSelected).map(
  (q) => q.id,
);
