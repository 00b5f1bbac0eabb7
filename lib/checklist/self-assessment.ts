// The guide's "characteristics of ideal candidates" (shared/seed guide), asked as five quick questions.
// The answers preselect consultation questions (see `preselect` in questions.ts) and suggest what to
// bring up with the doctor. The prompts describe topics for the conversation, never a recommendation:
// only the doctor can say whether treatment fits.
export const ANSWERS = ["yes", "no", "unsure"] as const;
export type TAnswer = (typeof ANSWERS)[number];

export const ANSWER_LABELS: Record<TAnswer, string> = { yes: "Yes", no: "No", unsure: "Not sure" };

export const ASSESSMENT_IDS = ["persistent", "motion", "quality", "understand", "adjust"] as const;
export type TAssessmentId = (typeof ASSESSMENT_IDS)[number];

export type TAnswers = Partial<Record<TAssessmentId, TAnswer>>;

export type TAssessmentItem = {
  id: TAssessmentId;
  /** The guide's wording of the characteristic, shown as a short heading. */
  trait: string;
  question: string;
  /** What to bring up with the doctor for each answer (no advice). */
  bringUp: Record<TAnswer, string>;
};

export const SELF_ASSESSMENT: readonly TAssessmentItem[] = [
  {
    id: "persistent",
    trait: "Spasms that persist despite other treatment",
    question:
      "Do you have neck muscle spasms that have continued despite other treatment, such as physical therapy, medicines or changes in daily habits?",
    bringUp: {
      yes: "Tell the doctor which treatments you have tried, for how long, and what changed with each.",
      no: "Say which treatments, if any, you have tried so far, and ask what the options are.",
      unsure: "Go through the treatments you have had so far with the doctor, and how you responded to them.",
    },
  },
  {
    id: "motion",
    trait: "Limited range of motion",
    question: "Do spasms or pain limit how far you can turn, tilt or hold up your head?",
    bringUp: {
      yes: "Describe which movements are limited and since when, and ask how a change would be measured.",
      no: "Mention that your range of motion is not limited, so the doctor knows what you want to change.",
      unsure: "Ask the doctor to check your range of motion and explain what they find.",
    },
  },
  {
    id: "quality",
    trait: "Reduced quality of life",
    question: "Does your neck condition get in the way of work, sleep, relationships or things you enjoy?",
    bringUp: {
      yes: "Describe how your neck affects your days and which activity matters most to you to get back.",
      no: "Say what you hope to gain, since your daily life is not much affected.",
      unsure: "Think of one or two everyday activities that are harder than before and describe them.",
    },
  },
  {
    id: "understand",
    trait: "Understanding of potential benefits and risks",
    question: "Do you feel you understand the possible benefits and risks of botulinum toxin injections?",
    bringUp: {
      yes: "Check your understanding with the doctor, including which side effects need urgent help.",
      no: "Ask the doctor to go through the expected benefits and the risks, including the boxed warning.",
      unsure:
        "Ask the doctor to go through the expected benefits and the risks, including the boxed warning.",
    },
  },
  {
    id: "adjust",
    trait: "Willingness to avoid certain medications or activities",
    question: "Would you be willing to change some medicines or activities around the injections if needed?",
    bringUp: {
      yes: "Bring a list of all your medicines and supplements, and ask what might need to change.",
      no: "Bring a list of all your medicines and supplements, and say which ones you cannot change.",
      unsure:
        "Bring a list of all your medicines and supplements, and ask what might need to change and why.",
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
