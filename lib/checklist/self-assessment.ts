// A short self-check that helps a patient describe their symptoms and history to the doctor. It is
// NOT a test of who "may benefit": our seed guide's "ideal candidate" list (spasms that persist despite
// other treatment, ...) is wrong for cervical dystonia, where botulinum toxin is a first-line treatment
// and nobody needs to fail other treatments first (lib/content/medical.ts, evidenceDystonia). Only an
// examination can tell whether treatment fits. The answers preselect consultation questions (see
// `preselect` in catalog.ts) and suggest what to bring up; they never recommend anything.
// The items' ids, order and stored answer order are in catalog.ts; their words, in every language, here.
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";
import {
  ANSWERS,
  ASSESSMENT_IDS,
  ASSESSMENT_ORDER,
  bringUpLines as bringUpLinesOf,
  type TAnswer,
  type TAnswers,
  type TAssessmentId,
  type TAssessmentItem,
} from "./catalog";

export { ANSWERS, ASSESSMENT_IDS, type TAnswer, type TAnswers, type TAssessmentId, type TAssessmentItem };

export const ANSWER_TEXTS: Readonly<Record<TAnswer, TLocalized>> = {
  yes: { en: "Yes", es: "Sí" },
  no: { en: "No", es: "No" },
  unsure: { en: "Not sure", es: "No lo sé" },
};

type TAssessmentText = {
  /** A short heading naming what the question helps describe. */
  trait: TLocalized;
  question: TLocalized;
  /** What to bring up with the doctor for each answer (no advice). */
  bringUp: Readonly<Record<TAnswer, TLocalized>>;
};

const ASK_BENEFITS_RISKS: TLocalized = {
  en: "Ask the doctor to go through the expected benefits and the risks, including the boxed warning.",
  es: "Pida al médico que repase con usted los beneficios esperados y los riesgos, incluida la advertencia en recuadro (boxed warning).",
};

export const ASSESSMENT_TEXTS: Readonly<Record<TAssessmentId, TAssessmentText>> = {
  involuntary: {
    trait: { en: "Movements you do not control", es: "Movimientos que usted no controla" },
    question: {
      en: "Does your head turn, tilt or shake on its own?",
      es: "¿Su cabeza gira, se inclina o tiembla sola?",
    },
    bringUp: {
      yes: {
        en: "Describe the movement or position, when it is worse or better, and anything that eases it; a short video helps.",
        es: "Describa el movimiento o la posición, cuándo empeora o mejora, y lo que lo alivia; un video corto ayuda.",
      },
      no: {
        en: "Say that your head does not move on its own: it helps the doctor tell cervical dystonia from other neck pain.",
        es: "Diga que su cabeza no se mueve sola: eso ayuda al médico a distinguir la distonía cervical de otros dolores de cuello.",
      },
      unsure: {
        en: "Ask someone to watch or film your head while you sit, walk or read, and show the doctor.",
        es: "Pida a alguien que observe o grabe su cabeza mientras usted está sentado, camina o lee, y muéstreselo al médico.",
      },
    },
  },
  motion: {
    trait: { en: "Pain and movement", es: "Dolor y movimiento" },
    question: {
      en: "Do spasms or pain limit how far you can turn, tilt or hold up your head?",
      es: "¿Los espasmos o el dolor limitan cuánto puede girar, inclinar o sostener la cabeza?",
    },
    bringUp: {
      yes: {
        en: "Describe which movements are limited or painful and since when, and ask how a change would be measured.",
        es: "Describa qué movimientos están limitados o le duelen y desde cuándo, y pregunte cómo se mediría un cambio.",
      },
      no: {
        en: "Mention that your range of motion is not limited, so the doctor knows what you want to change.",
        es: "Mencione que su movilidad no está limitada, para que el médico sepa qué quiere cambiar usted.",
      },
      unsure: {
        en: "Ask the doctor to check your range of motion and explain what they find.",
        es: "Pida al médico que revise su movilidad y le explique lo que encuentre.",
      },
    },
  },
  quality: {
    trait: { en: "Daily life", es: "Vida diaria" },
    question: {
      en: "Does your neck condition get in the way of work, sleep, relationships or things you enjoy?",
      es: "¿Su problema de cuello le dificulta el trabajo, el sueño, las relaciones o las cosas que disfruta?",
    },
    bringUp: {
      yes: {
        en: "Describe how your neck affects your days and which activity matters most to you to get back.",
        es: "Describa cómo afecta su cuello a sus días y qué actividad es la que más le importa recuperar.",
      },
      no: {
        en: "Say what you hope to gain, since your daily life is not much affected.",
        es: "Diga qué espera lograr, ya que su vida diaria no está muy afectada.",
      },
      unsure: {
        en: "Think of one or two everyday activities that are harder than before and describe them.",
        es: "Piense en una o dos actividades cotidianas que le cuestan más que antes y descríbalas.",
      },
    },
  },
  persistent: {
    trait: { en: "Treatments so far", es: "Tratamientos hasta ahora" },
    question: {
      en: "Have you already had treatment for your neck, such as physical therapy, medicines or injections?",
      es: "¿Ya ha recibido tratamiento para el cuello, como terapia física, medicamentos o inyecciones?",
    },
    bringUp: {
      yes: {
        en: "Tell the doctor which treatments you have had, for how long, and what changed with each (bring product and dose of any injections).",
        es: "Dígale al médico qué tratamientos ha recibido, durante cuánto tiempo y qué cambió con cada uno (lleve el producto y la dosis de cualquier inyección).",
      },
      no: {
        en: "Say so: you do not need to have tried other treatments first to ask about the options, including injections.",
        es: "Dígalo: no necesita haber probado otros tratamientos antes para preguntar por las opciones, incluidas las inyecciones.",
      },
      unsure: {
        en: "Go through the treatments you have had so far with the doctor, and how you responded to them.",
        es: "Repase con el médico los tratamientos que ha recibido hasta ahora y cómo respondió a ellos.",
      },
    },
  },
  adjust: {
    trait: { en: "Medicines and other conditions", es: "Medicamentos y otras afecciones" },
    question: {
      en: "Do you take medicines regularly (including blood thinners or muscle relaxants), or have other health conditions?",
      es: "¿Toma medicamentos con regularidad (incluidos anticoagulantes o relajantes musculares), o tiene otros problemas de salud?",
    },
    bringUp: {
      yes: {
        en: "Bring a list of all your medicines and supplements and your other conditions, and ask which of them matter.",
        es: "Lleve una lista de todos sus medicamentos y suplementos y de sus otras afecciones, y pregunte cuáles importan.",
      },
      no: {
        en: "Say so, and mention any recent injections, including cosmetic botulinum toxin.",
        es: "Dígalo, y mencione cualquier inyección reciente, incluida la toxina botulínica estética.",
      },
      unsure: {
        en: "Bring a list of all your medicines and supplements, and ask which of them matter and why.",
        es: "Lleve una lista de todos sus medicamentos y suplementos, y pregunte cuáles importan y por qué.",
      },
    },
  },
  understand: {
    trait: { en: "Benefits and risks", es: "Beneficios y riesgos" },
    question: {
      en: "Do you feel you understand the possible benefits and risks of botulinum toxin injections?",
      es: "¿Siente que entiende los posibles beneficios y riesgos de las inyecciones de toxina botulínica?",
    },
    bringUp: {
      yes: {
        en: "Check your understanding with the doctor, including which side effects need urgent help.",
        es: "Confirme con el médico lo que ha entendido, incluidos los efectos secundarios que requieren ayuda urgente.",
      },
      no: ASK_BENEFITS_RISKS,
      unsure: ASK_BENEFITS_RISKS,
    },
  },
};

/** The self-check in `locale`, in the order of the page. */
export function selfAssessmentIn(locale: TLocale): readonly TAssessmentItem[] {
  return ASSESSMENT_ORDER.map((id) => {
    const t = ASSESSMENT_TEXTS[id];
    return {
      id,
      trait: t.trait[locale],
      question: t.question[locale],
      bringUp: { yes: t.bringUp.yes[locale], no: t.bringUp.no[locale], unsure: t.bringUp.unsure[locale] },
    };
  });
}

export function answerLabelsIn(locale: TLocale): Readonly<Record<TAnswer, string>> {
  return { yes: ANSWER_TEXTS.yes[locale], no: ANSWER_TEXTS.no[locale], unsure: ANSWER_TEXTS.unsure[locale] };
}

/** The English self-check, as before Spanish existed (tests and English-only callers). */
export const SELF_ASSESSMENT = selfAssessmentIn("en");
export const ANSWER_LABELS = answerLabelsIn("en");

/** What to bring up with the doctor, one line per answered item, in the order of the list. */
export function bringUpLines(
  answers: TAnswers,
  items: readonly TAssessmentItem[] = SELF_ASSESSMENT,
): { id: TAssessmentId; trait: string; text: string }[] {
  return bringUpLinesOf(answers, items);
}
