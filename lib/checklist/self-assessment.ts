// A short self-check that helps a patient describe their symptoms and history to the doctor. It is
// NOT a test of who "may benefit": our seed guide's "ideal candidate" list (spasms that persist despite
// other treatment, ...) is wrong for cervical dystonia, where botulinum toxin is a first-line treatment
// and nobody needs to fail other treatments first (lib/content/medical.ts, evidenceDystonia). Only an
// examination can tell whether treatment fits. The answers preselect consultation questions (see
// `preselect` in questions.ts) and suggest what to bring up; they never recommend anything.
export const ANSWERS = ["yes", "no", "unsure"] as const;
export type TAnswer = (typeof ANSWERS)[number];

export const ANSWER_LABELS: Record<TAnswer, string> = { yes: "Yes", no: "No", unsure: "Not sure" };

/**
 * The items in the order their answers are stored in links and the browser (one character each, see
 * toWire in state.ts): old links hold the first five, so new items are appended here, never inserted.
 * The order on screen is SELF_ASSESSMENT's.
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

export type TAssessmentItem = {
  id: TAssessmentId;
  /** A short heading naming what the question helps describe. */
  trait: string;
  question: string;
  /** What to bring up with the doctor for each answer (no advice). */
  bringUp: Record<TAnswer, string>;
};

export const SELF_ASSESSMENT: readonly TAssessmentItem[] = [
  {
    id: "involuntary",
    trait: "Movements you do not control",
    question: "Does your head turn, tilt or shake on its own?",
    bringUp: {
      yes: "Describe the movement or position, when it is worse or better, and anything that eases it; a short video helps.",
      no: "Say that your head does not move on its own: it helps the doctor tell cervical dystonia from other neck pain.",
      unsure: "Ask someone to watch or film your head while you sit, walk or read, and show the doctor.",
    },
  },
  {
    id: "motion",
    trait: "Pain and movement",
    question: "Do spasms or pain limit how far you can turn, tilt or hold up your head?",
    bringUp: {
      yes: "Describe which movements are limited or painful and since when, and ask how a change would be measured.",
      no: "Mention that your range of motion is not limited, so the doctor knows what you want to change.",
      unsure: "Ask the doctor to check your range of motion and explain what they find.",
    },
  },
  {
    id: "quality",
    trait: "Daily life",
    question: "Does your neck condition get in the way of work, sleep, relationships or things you enjoy?",
    bringUp: {
      yes: "Describe how your neck affects your days and which activity matters most to you to get back.",
      no: "Say what you hope to gain, since your daily life is not much affected.",
      unsure: "Think of one or two everyday activities that are harder than before and describe them.",
    },
  },
  {
    id: "persistent",
    trait: "Treatments so far",
    question:
      "Have you already had treatment for your neck, such as physical therapy, medicines or injections?",
    bringUp: {
      yes: "Tell the doctor which treatments you have had, for how long, and what changed with each (bring product and dose of any injections).",
      no: "Say so: you do not need to have tried other treatments first to ask about the options, including injections.",
      unsure: "Go through the treatments you have had so far with the doctor, and how you responded to them.",
    },
  },
  {
    id: "adjust",
    trait: "Medicines and other conditions",
    question:
      "Do you take medicines regularly (including blood thinners or muscle relaxants), or have other health conditions?",
    bringUp: {
      yes: "Bring a list of all your medicines and supplements and your other conditions, and ask which of them matter.",
      no: "Say so, and mention any recent injections, including cosmetic botulinum toxin.",
      unsure: "Bring a list of all your medicines and supplements, and ask which of them matter and why.",
    },
  },
  {
    id: "understand",
    trait: "Benefits and risks",
    question: "Do you feel you understand the possible benefits and risks of botulinum toxin injections?",
    bringUp: {
      yes: "Check your understanding with the doctor, including which side effects need urgent help.",
      no: "Ask the doctor to go through the expected benefits and the risks, including the boxed warning.",
      unsure:
        "Ask the doctor to go through the expected benefits and the risks, including the boxed warning.",
    },
  },
];

/** What to bring up with the doctor, one line per answered item, in the order of the list. */
export function bringUpLines(answers: TAnswers): { id: TAssessmentId; trait: string; text: string }[] {
  return SELF_ASSESSMENT.flatMap((item) => {
    const answer = answers[item.id];
    return answer ? [{ id: item.id, trait: item.trait, text: item.bringUp[answer] }] : [];
  });
}
