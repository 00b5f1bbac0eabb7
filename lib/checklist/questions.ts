// The consultation questions, as data: edit wording here, not in JSX. Topics follow shared/DOMAIN.md
// ("Consultation questions"). Every question names the sources of its "why" line (lib/content/
// sources.ts); the medical facts in them are those of lib/content/medical.ts, and the same review rules
// apply (docs/medical-content.md). Never promise relief; give no advice.
// Ids are stable: saved checklists and shared links refer to them by id (not by position), so rename
// a question's text freely, move it, or add new ones anywhere, but never reuse an id for a different
// question and never delete one without expecting old links to drop it (state.ts counts those).
import type { TSourceId } from "@/lib/content/sources";
import type { TAnswer, TAssessmentId } from "./self-assessment";

export const TOPICS = [
  { id: "credentials", title: "Credentials and experience" },
  { id: "diagnosis", title: "Diagnosis and FDA label status" },
  { id: "plan", title: "Treatment plan and follow-up" },
  { id: "benefits", title: "Benefits and expectations" },
  { id: "risks", title: "Risks and side effects" },
  { id: "health", title: "Your health and medicines: tell the doctor" },
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
  /** Where the "why" line comes from: at least one (unit-tested). */
  sources: readonly TSourceId[];
  defaultSelected: boolean;
  /** Self-assessment answers that add this question to the checklist. */
  preselect?: readonly { item: TAssessmentId; answers: readonly TAnswer[] }[];
};

const NOT_YES = ["no", "unsure"] as const;
const YES_UNSURE = ["yes", "unsure"] as const;

export const QUESTIONS: readonly TQuestion[] = [
  // Credentials and experience
  {
    id: "cred-board",
    topic: "credentials",
    text: "Which board certified you, and in which specialty or subspecialty?",
    why: "Board certification shows specialist training in neurology, pain medicine or PM&R, not by itself training in toxin injections.",
    sources: ["abms"],
    defaultSelected: true,
  },
  {
    id: "cred-fellowship",
    topic: "credentials",
    text: "Did you complete fellowship training, for example in movement disorders?",
    why: "“Movement disorders specialist” means fellowship training, not a board certificate, so it is worth asking what lies behind it.",
    sources: ["abms"],
    defaultSelected: false,
  },
  {
    id: "cred-volume",
    topic: "credentials",
    text: "How many botulinum toxin injections in the neck do you give in a year, and for how many years?",
    why: "The guide suggests looking for substantial experience: injecting neck muscles takes practice.",
    sources: ["guide"],
    defaultSelected: true,
  },
  {
    id: "cred-condition",
    topic: "credentials",
    text: "How often do you treat patients with a condition like mine?",
    why: "Experience with cervical dystonia and with other neck pain is not the same; ask about yours.",
    sources: ["ninds", "guide"],
    defaultSelected: false,
    preselect: [
      { item: "persistent", answers: ["yes"] },
      { item: "involuntary", answers: YES_UNSURE },
    ],
  },
  {
    id: "cred-guidance",
    topic: "credentials",
    text: "Do you use EMG or ultrasound to guide the injections?",
    why: "Guidance can help target muscles, especially deep ones; studies differ on how much it changes the results.",
    sources: ["guidance"],
    defaultSelected: false,
  },
  {
    id: "cred-injector",
    topic: "credentials",
    text: "Will you give the injections yourself, or will someone else in the practice?",
    why: "The experience that counts is that of the person who gives the injections.",
    sources: ["guide"],
    defaultSelected: false,
  },

  // Diagnosis and FDA label status
  {
    id: "diag-what",
    topic: "diagnosis",
    text: "What is my diagnosis: cervical dystonia, muscle spasm, or something else?",
    why: "The diagnosis decides whether the use is FDA-approved for you and which other treatments could help.",
    sources: ["ninds", "fdaLabels"],
    defaultSelected: true,
  },
  {
    id: "diag-label",
    topic: "diagnosis",
    text: "Is botulinum toxin FDA-approved for my condition, or would this be an off-label use?",
    why: "It is FDA-approved for cervical dystonia in adults; for other neck pain its use is off-label.",
    sources: ["fdaLabels"],
    defaultSelected: true,
  },
  {
    id: "diag-evidence",
    topic: "diagnosis",
    text: "What does the research show for people with my condition?",
    why: "Cochrane reviews find it effective for cervical dystonia; for chronic neck pain without dystonia, one found little or no benefit.",
    sources: ["cochraneTypeA", "cochraneTypeB", "aan", "cochraneNeckPain"],
    defaultSelected: true,
  },
  {
    id: "diag-tests",
    topic: "diagnosis",
    text: "Do I need an examination or tests before we decide?",
    why: "The doctor examines you and takes your medical history to make the diagnosis and see whether treatment fits.",
    sources: ["ninds"],
    defaultSelected: false,
    preselect: [{ item: "involuntary", answers: ["unsure"] }],
  },

  // Treatment plan and follow-up
  {
    id: "plan-product",
    topic: "plan",
    text: "Which product would you use (Botox, Dysport, Xeomin, Myobloc or Daxxify), and why?",
    why: "Five products are FDA-approved for cervical dystonia in adults, and their units are not interchangeable.",
    sources: ["labelBotox", "labelDysport", "labelXeomin", "labelMyobloc", "labelDaxxify"],
    defaultSelected: true,
  },
  {
    id: "plan-dose",
    topic: "plan",
    text: "Which muscles would you inject, and with what dose?",
    why: "Knowing the muscles and dose helps you compare visits and report what changed.",
    sources: ["fdaLabels"],
    defaultSelected: false,
  },
  {
    id: "plan-measure",
    topic: "plan",
    text: "How will we measure progress (for example with the TWSTRS scale)? Should I keep a diary or take videos?",
    why: "A shared measure of severity, pain and disability (TWSTRS is the common one) and your own record make follow-up useful.",
    sources: ["cochraneTypeA"],
    defaultSelected: true,
    preselect: [
      { item: "motion", answers: YES_UNSURE },
      { item: "quality", answers: ["yes"] },
    ],
  },
  {
    id: "plan-followup",
    topic: "plan",
    text: "Will we meet about four weeks after the first injection, and what should I do if the effect fades before 12 weeks?",
    why: "The effect is usually greatest at four to six weeks; re-treatment is generally no sooner than every 12 weeks.",
    sources: ["fdaLabels", "cochraneTypeA"],
    defaultSelected: true,
  },
  {
    id: "plan-record",
    topic: "plan",
    text: "Please write down the product and units for each visit.",
    why: "Units differ between products and cannot be converted; a written record helps you and any later doctor.",
    sources: ["labelBotox", "labelDysport", "labelXeomin", "labelMyobloc", "labelDaxxify"],
    defaultSelected: true,
  },
  {
    id: "plan-repeat",
    topic: "plan",
    text: "How often would injections be repeated, and what happens at follow-up visits?",
    why: "The effect wears off; re-treatment is generally no sooner than every 12 weeks, the interval insurers usually pay for.",
    sources: ["fdaLabels"],
    defaultSelected: false,
  },
  {
    id: "plan-adjust",
    topic: "plan",
    text: "If the first injections do not help enough, what would we change?",
    why: "Muscles and doses are often fine-tuned over several treatment cycles; ask how that would work for you.",
    sources: ["guidance"],
    defaultSelected: false,
  },
  {
    id: "plan-antibodies",
    topic: "plan",
    text: "If it stops working, could I have antibodies, and would another product or type B help?",
    why: "Antibodies can make the toxin stop working; type B (Myobloc) was studied in people whom type A no longer helped.",
    sources: ["fdaLabels", "labelMyobloc", "cochraneTypeB"],
    defaultSelected: false,
  },
  {
    id: "plan-day",
    topic: "plan",
    text: "What happens on the day of the injections, and can I go back to work or drive afterwards?",
    why: "Knowing how long the visit takes and what to expect after it helps you plan the day.",
    sources: ["guide"],
    defaultSelected: false,
  },

  // Benefits and expectations
  {
    id: "ben-when",
    topic: "benefits",
    text: "When might I notice a change, and how long could it last?",
    why: "In cervical dystonia: usually within 1–2 weeks, greatest at 4–6 weeks, lasting about 3 months; it differs by product and person.",
    sources: ["fdaLabels", "labelDaxxify", "cochraneTypeA"],
    defaultSelected: true,
  },
  {
    id: "ben-realistic",
    topic: "benefits",
    text: "What results are realistic for someone like me, and how often does it not help?",
    why: "No treatment can promise relief; results differ from person to person and by condition.",
    sources: ["cochraneTypeA", "cochraneNeckPain"],
    defaultSelected: false,
  },
  {
    id: "ben-activities",
    topic: "benefits",
    text: "Could treatment help with the movements or activities that matter most to me?",
    why: "Studies measure pain and disability in daily life, not only head position; say which activities matter to you.",
    sources: ["cochraneTypeA"],
    defaultSelected: false,
    preselect: [
      { item: "motion", answers: ["yes"] },
      { item: "quality", answers: YES_UNSURE },
    ],
  },

  // Risks and side effects
  {
    id: "risk-common",
    topic: "risks",
    text: "Which side effects are common, and how long do they usually last?",
    why: "Needle-site pain, headache, neck weakness or pain, trouble swallowing, dry mouth, cold- or flu-like symptoms are common.",
    sources: ["fdaLabels", "labelMyobloc"],
    defaultSelected: true,
  },
  {
    id: "risk-urgent",
    topic: "risks",
    text: "Which symptoms should I report at once, and to whom?",
    why: "Boxed warning: the effect can spread, hours to weeks later: weakness, vision, eyelid, voice, swallowing or breathing problems.",
    sources: ["fdaLabels"],
    defaultSelected: true,
  },
  {
    id: "risk-activities",
    topic: "risks",
    text: "Should I avoid any activities or medicines before or after the injections?",
    why: "The Medication Guides say not to drive or do dangerous activities if weakness, vision or eyelid problems start.",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: ["yes", "unsure"] }],
  },

  // Your health and medicines: what the labels and Medication Guides ask patients to tell the doctor
  {
    id: "risk-prior",
    topic: "health",
    text: "I have had a botulinum toxin injection in the last four months (cosmetic ones too): what do you need to know?",
    why: "The Medication Guides ask about any toxin product in the last four months; effects of two injections can add up.",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: ["yes", "no", "unsure"] }],
  },
  {
    id: "risk-medicines",
    topic: "health",
    text: "Do my medicines matter: antibiotics by injection (aminoglycosides), anticholinergics, muscle relaxants?",
    why: "The labels warn that these can add to the toxin’s effect; bring a full list, including allergy, cold and sleep medicines.",
    sources: ["fdaLabels"],
    defaultSelected: true,
    preselect: [{ item: "adjust", answers: ["yes", "no", "unsure"] }],
  },
  {
    id: "health-bleeding",
    topic: "health",
    text: "I have a bleeding disorder or take a blood thinner or aspirin: does that change the injections?",
    why: "The Medication Guides ask you to tell the doctor about bleeding problems and blood thinners.",
    sources: ["labelBotox", "fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "adjust", answers: YES_UNSURE }],
  },
  {
    id: "risk-conditions",
    topic: "health",
    text: "I already have trouble swallowing or breathing (for example asthma or emphysema): does that raise the risk?",
    why: "The labels warn that people with swallowing or breathing problems are at greater risk of severe ones after an injection.",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  {
    id: "health-neuromuscular",
    topic: "health",
    text: "Does a nerve or muscle disease such as myasthenia gravis, Lambert-Eaton syndrome or ALS change the risk for me?",
    why: "The labels warn that these diseases raise the risk of serious side effects, including severe swallowing and breathing problems.",
    sources: ["fdaLabels"],
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  {
    id: "health-pregnancy",
    topic: "health",
    text: "I am pregnant, may become pregnant, or am breastfeeding: what does that mean for treatment?",
    why: "The labels have little data on use in pregnancy or breastfeeding; the Medication Guides ask you to tell the doctor.",
    sources: ["fdaLabels"],
    defaultSelected: false,
  },
  {
    id: "health-allergy",
    topic: "health",
    text: "I have reacted to a botulinum toxin product before, or I am allergic to cow’s milk protein: which products are safe?",
    why: "An allergy to a toxin product rules it out; abobotulinumtoxinA (Dysport) may contain cow’s milk protein.",
    sources: ["fdaLabels", "labelDysport"],
    defaultSelected: false,
  },
  {
    id: "health-infection",
    topic: "health",
    text: "I have an infection or a skin problem where the injections would go: should we wait?",
    why: "The labels say not to inject where there is an infection.",
    sources: ["fdaLabels"],
    defaultSelected: false,
  },
  {
    id: "health-surgery",
    topic: "health",
    text: "I have surgery planned: do you need to know before the injections?",
    why: "The Medication Guides ask you to tell the doctor about planned surgery.",
    sources: ["labelBotox"],
    defaultSelected: false,
  },

  // Alternatives
  {
    id: "alt-options",
    topic: "alternatives",
    text: "What other treatments could I try instead of, or alongside, injections?",
    why: "For cervical dystonia: physical therapy, oral medicines and, if nothing else works, surgery (deep brain stimulation or denervation).",
    sources: ["ninds", "efns"],
    defaultSelected: true,
    preselect: [{ item: "persistent", answers: NOT_YES }],
  },
  {
    id: "alt-nothing",
    topic: "alternatives",
    text: "What is likely to happen if I wait, or decide against treatment for now?",
    why: "Knowing the likely course without treatment helps you weigh the options.",
    sources: ["ninds"],
    defaultSelected: false,
    preselect: [{ item: "understand", answers: NOT_YES }],
  },
  {
    id: "alt-trials",
    topic: "alternatives",
    text: "Are there clinical trials I could take part in?",
    why: "Studies that are recruiting are listed publicly at ClinicalTrials.gov.",
    sources: ["trials"],
    defaultSelected: false,
  },

  // Cost and logistics
  {
    id: "cost-coverage",
    topic: "cost",
    text: "What will the treatment cost, and will my insurance cover it?",
    why: "Coverage can differ between an FDA-approved use and an off-label one; ask for an estimate in writing.",
    sources: ["insurance", "fdaLabels"],
    defaultSelected: true,
  },
  {
    id: "cost-prior-auth",
    topic: "cost",
    text: "Does my insurance need prior authorization, and who applies for it?",
    why: "Many plans must approve the treatment before it is given, which can take time.",
    sources: ["insurance"],
    defaultSelected: false,
  },
  {
    id: "cost-after-hours",
    topic: "cost",
    text: "Whom do I call with a problem after hours or at the weekend?",
    why: "Side effects can start hours to weeks after the visit; call 911 if breathing or swallowing is hard.",
    sources: ["fdaLabels"],
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
