// The patient guide's five selection steps (shared/seed guide, "Finding a Qualified Doctor"), with
// one line each on why the step matters (shared/DOMAIN.md). Used by the home page, the search
// filters and the profile page, so the wording stays the same everywhere. The medical claims in
// these lines are the sourced statements of medical.ts, quoted, not new wording, in the same
// language. SELECTION_STEPS is the English; stepsFor(locale) gives the same shape in a language.
import type { TLocale } from "@/lib/i18n/routing";
import { medicalFor } from "./medical";

type TStepText = { title: string; why: string };

const STEP_IDS = ["referrals", "credentials", "experience", "reviews", "consultation"] as const;
export type TStepId = (typeof STEP_IDS)[number];

function stepTexts(locale: TLocale): Record<TStepId, TStepText> {
  const { STATEMENTS } = medicalFor(locale);
  const texts: Record<TLocale, Record<TStepId, TStepText>> = {
    en: {
      referrals: {
        title: "Seek referrals and recommendations",
        why: "Clinicians who treat neck conditions know whose patients do well; some practices also need a referral before a first visit.",
      },
      credentials: {
        title: "Check certifications and credentials",
        why: `${STATEMENTS.boardCertification.text} We show which ones a moderator verified.`,
      },
      experience: {
        title: "Consider experience and expertise",
        why: `Injecting neck muscles takes practice. ${STATEMENTS.guidance.text} Years and yearly figures are reported by the practices; Medicare claims, where shown, are public data (Medicare patients only).`,
      },
      reviews: {
        title: "Read patient testimonials and reviews",
        why: "Patients describe communication, follow-up and how the practice runs. Reviews here are e-mail confirmed and moderated.",
      },
      consultation: {
        title: "Schedule a consultation",
        why: "A first visit is where you and the doctor decide together whether treatment fits you.",
      },
    },
    es: {
      referrals: {
        title: "Pida referencias y recomendaciones",
        why: "Los profesionales de la salud que tratan problemas del cuello saben con qué médicos les va bien a los pacientes; algunos consultorios además piden una remisión (referido) antes de la primera visita.",
      },
      credentials: {
        title: "Revise certificaciones y credenciales",
        why: `${STATEMENTS.boardCertification.text} Indicamos cuáles verificó un moderador.`,
      },
      experience: {
        title: "Tenga en cuenta la experiencia y la especialización",
        why: `Inyectar los músculos del cuello requiere práctica. ${STATEMENTS.guidance.text} Los años y las cifras anuales los informan los consultorios; las reclamaciones de Medicare, donde se muestran, son datos públicos (solo pacientes de Medicare).`,
      },
      reviews: {
        title: "Lea testimonios y reseñas de pacientes",
        why: "Los pacientes cuentan cómo fue la comunicación, el seguimiento y el funcionamiento del consultorio. Aquí las reseñas se confirman por correo electrónico y pasan por moderación.",
      },
      consultation: {
        title: "Programe una consulta",
        why: "En una primera visita, usted y el médico deciden juntos si el tratamiento es adecuado para usted.",
      },
    },
  };
  return texts[locale];
}

function stepsIn(locale: TLocale) {
  const texts = stepTexts(locale);
  return STEP_IDS.map((id, i) => ({ id, number: i + 1, title: texts[id].title, why: texts[id].why }));
}

export type TSelectionStep = { id: TStepId; number: number; title: string; why: string };

const BY_LOCALE: Record<TLocale, readonly TSelectionStep[]> = /* @__PURE__ */ (() => ({
  en: stepsIn("en"),
  es: stepsIn("es"),
}))();

/** The five steps in English (id, number 1-5, title, why). */
export const SELECTION_STEPS: readonly TSelectionStep[] = BY_LOCALE.en;

/** The five steps in a language, in the English export's shape. */
export function stepsFor(locale: TLocale): { SELECTION_STEPS: readonly TSelectionStep[] } {
  return { SELECTION_STEPS: BY_LOCALE[locale] };
}
