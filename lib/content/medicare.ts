// What the profile says about Medicare's public data (issue 14; shared/data/cms/SOURCES.md), beyond
// the words it shares with the search (lib/cms/evidence.ts: codes, datasets, the short caveat). These
// are statements about data, not medical statements; the rules they follow are CMS's methodology.
// Both languages side by side (issue 19): the English exports keep their names; medicareFor(locale)
// returns the same names in a language, plus CLAIMS_CAVEAT (lib/cms/evidence.ts's English caveat and
// its Spanish) for pages that show the short caveat alone.
import { CLAIMS_CAVEAT } from "@/lib/cms/evidence";
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

const CAVEAT: TLocalized = {
  en: CLAIMS_CAVEAT,
  es: "Solo pacientes de Medicare Parte B de pago por servicio, no todos los pacientes. CMS no publica cifras de menos de 11 pacientes, así que “sin datos” no significa ninguno.",
};

const TEXT = {
  /** Above the table: what the figures are. */
  CLAIMS_INTRO: {
    en: "How many Medicare patients this doctor treated with botulinum toxin injections in the neck, from the claims Medicare publishes for each doctor.",
    es: "Cuántos pacientes de Medicare trató este médico con inyecciones de toxina botulínica en el cuello, según las reclamaciones que Medicare publica de cada médico.",
  },
  /** When none of the latest years has a published row for this doctor. */
  CLAIMS_NONE_PUBLISHED: {
    en: "CMS published no neck injection, guidance, toxin or migraine injection counts for this doctor. That means fewer than 11 Medicare patients for each, or none: it does not mean the doctor does not give these injections, and Medicare patients are only some of a doctor’s patients.",
    es: "CMS no publicó cifras de inyecciones en el cuello, de guiado, de toxinas ni de inyecciones para la migraña de este médico. Eso significa menos de 11 pacientes de Medicare en cada caso, o ninguno: no significa que el médico no aplique estas inyecciones, y los pacientes de Medicare son solo una parte de los pacientes de un médico.",
  },
  /** On a demo provider's evidence: the figures are as fictional as the doctor. */
  CLAIMS_DEMO_NOTE: {
    en: "Demo data: these Medicare figures are fictional, made up for the demo like everything else about this provider.",
    es: "Datos de demostración: estas cifras de Medicare son ficticias, inventadas para la demostración como todo lo demás sobre este médico.",
  },
  CARE_COMPARE_DEMO_NOTE: {
    en: "Demo data: these Medicare Care Compare facts are fictional, like everything else about this provider.",
    es: "Datos de demostración: estos datos de Medicare Care Compare son ficticios, como todo lo demás sobre este médico.",
  },
  /** Graduation year is not experience with injections (DOMAIN.md). */
  GRADUATION_NOTE: {
    en: "In practice since about then; it says nothing about how long the doctor has given botulinum toxin injections.",
    es: "Ejerce desde más o menos entonces; no dice nada sobre cuánto tiempo lleva el médico aplicando inyecciones de toxina botulínica.",
  },
  TELEHEALTH_BILLED_TEXT: {
    en: "Medicare claims show telehealth services",
    es: "Las reclamaciones de Medicare muestran servicios de telesalud",
  },
} as const satisfies Record<string, TLocalized>;

/** Under the table, always: what the figures are not. */
const CAVEATS: readonly TLocalized[] = [
  CAVEAT,
  {
    en: "Part B fee-for-service leaves out Medicare Advantage and private insurance, so a doctor usually treats more people than these figures show. “Not published” means fewer than 11 patients, or none.",
    es: "La Parte B de pago por servicio deja fuera a Medicare Advantage y a los seguros privados, así que un médico suele tratar a más personas de las que muestran estas cifras. “No publicado” significa menos de 11 pacientes, o ninguno.",
  },
  {
    en: "Neck injections are chemodenervation of neck muscles, CPT 64616 (64613 before 2014), the code for cervical dystonia and torticollis. Patients: at least the larger of CMS’s office and facility counts, since a patient treated in both places is in both. Visits: days on which the injection was billed.",
    es: "Las inyecciones en el cuello son la quimiodenervación de músculos del cuello, CPT 64616 (64613 antes de 2014), el código para la distonía cervical y la tortícolis. Pacientes: como mínimo la mayor de las dos cifras de CMS, la del consultorio y la del centro médico, ya que un paciente tratado en ambos lugares aparece en las dos. Visitas: días en que se facturó la inyección.",
  },
  {
    en: "Migraine injections (CPT 64615, chronic migraine) are not neck injections and are not counted as such.",
    es: "Las inyecciones para la migraña (CPT 64615, migraña crónica) no son inyecciones en el cuello y no se cuentan como tales.",
  },
  {
    en: "Toxins are named, not counted: Medicare bills them in drug units, which are neither patients nor visits. Ultrasound guidance (76942) is also billed for biopsies, so it is shown only beside neck injections.",
    es: "Las toxinas se nombran, no se cuentan: Medicare las factura en unidades del medicamento, que no son pacientes ni visitas. El guiado por ecografía (76942) también se factura en biopsias, por eso solo se muestra junto a las inyecciones en el cuello.",
  },
];

const ASSIGNMENT: Record<"Y" | "M", TLocalized> = {
  Y: {
    en: "Accepts Medicare assignment: takes the Medicare-approved amount as payment in full",
    es: "Acepta la asignación de Medicare: acepta la cantidad aprobada por Medicare como pago completo",
  },
  M: {
    en: "May accept Medicare assignment: ask whether the Medicare-approved amount is payment in full",
    es: "Puede aceptar la asignación de Medicare: pregunte si la cantidad aprobada por Medicare es el pago completo",
  },
};

function medicareIn(locale: TLocale) {
  return {
    CLAIMS_INTRO: TEXT.CLAIMS_INTRO[locale],
    CLAIMS_CAVEATS: CAVEATS.map((c) => c[locale]),
    CLAIMS_NONE_PUBLISHED: TEXT.CLAIMS_NONE_PUBLISHED[locale],
    CLAIMS_DEMO_NOTE: TEXT.CLAIMS_DEMO_NOTE[locale],
    CARE_COMPARE_DEMO_NOTE: TEXT.CARE_COMPARE_DEMO_NOTE[locale],
    GRADUATION_NOTE: TEXT.GRADUATION_NOTE[locale],
    ASSIGNMENT_TEXT: { Y: ASSIGNMENT.Y[locale], M: ASSIGNMENT.M[locale] } as Record<"Y" | "M", string>,
    TELEHEALTH_BILLED_TEXT: TEXT.TELEHEALTH_BILLED_TEXT[locale],
    /** lib/cms/evidence.ts's short caveat, in this language. */
    CLAIMS_CAVEAT: CAVEAT[locale],
  };
}

export type TMedicareContent = ReturnType<typeof medicareIn>;

const BY_LOCALE: Record<TLocale, TMedicareContent> = /* @__PURE__ */ (() => ({
  en: medicareIn("en"),
  es: medicareIn("es"),
}))();

/** Above the table: what the figures are. */
export const CLAIMS_INTRO = TEXT.CLAIMS_INTRO.en;

/** Under the table, always: what the figures are not. */
export const CLAIMS_CAVEATS: readonly string[] = BY_LOCALE.en.CLAIMS_CAVEATS;

/** When none of the latest years has a published row for this doctor. */
export const CLAIMS_NONE_PUBLISHED = TEXT.CLAIMS_NONE_PUBLISHED.en;

/** On a demo provider's evidence: the figures are as fictional as the doctor. */
export const CLAIMS_DEMO_NOTE = TEXT.CLAIMS_DEMO_NOTE.en;

export const CARE_COMPARE_DEMO_NOTE = TEXT.CARE_COMPARE_DEMO_NOTE.en;

/** Graduation year is not experience with injections (DOMAIN.md). */
export const GRADUATION_NOTE = TEXT.GRADUATION_NOTE.en;

export const ASSIGNMENT_TEXT: Record<"Y" | "M", string> = BY_LOCALE.en.ASSIGNMENT_TEXT;

export const TELEHEALTH_BILLED_TEXT = TEXT.TELEHEALTH_BILLED_TEXT.en;

/** The Medicare data words in a language, with the English exports' names (and CLAIMS_CAVEAT). */
export function medicareFor(locale: TLocale): TMedicareContent {
  return BY_LOCALE[locale];
}
