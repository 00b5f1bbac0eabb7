// Words about consultation requests shared by the profile, the confirmation and the patient's
// e-mailed copy, so the page and the e-mail never say different things. The English exports keep
// their names; consultFor(locale) returns the same names in a language (issue 19).
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

type TConsult = {
  /** The practice's usual reply time as the patient reads it; null days: not stated, never guessed. */
  replyTimeText: (days: number | null) => string;
  NOT_ACCEPTING_TEXT: string;
  UNCLAIMED_CONSULT_TEXT: string;
};

const NOT_ACCEPTING: TLocalized = {
  en: "This practice is not accepting new patients, so it takes no consultation requests through NeckCare Finder.",
  es: "Este consultorio no está aceptando pacientes nuevos, así que no recibe solicitudes de consulta a través de NeckCare Finder.",
};

const UNCLAIMED_CONSULT: TLocalized = {
  en: "This listing comes from the public NPI registry and the practice has not claimed it: we have no confirmed way to reach it, so we cannot pass on a request. Call the practice to ask about a consultation.",
  es: "Esta ficha viene del registro público NPI y el consultorio no la ha reclamado: no tenemos una forma confirmada de comunicarnos con él, así que no podemos hacerle llegar una solicitud. Llame al consultorio para preguntar por una consulta.",
};

const BY_LOCALE: Record<TLocale, TConsult> = {
  en: {
    replyTimeText: (days) =>
      days === null
        ? "The practice has not told us how quickly it usually answers."
        : `The practice says it usually answers within ${days} working day${days === 1 ? "" : "s"}.`,
    NOT_ACCEPTING_TEXT: NOT_ACCEPTING.en,
    UNCLAIMED_CONSULT_TEXT: UNCLAIMED_CONSULT.en,
  },
  es: {
    replyTimeText: (days) =>
      days === null
        ? "El consultorio no nos ha dicho con qué rapidez suele responder."
        : `El consultorio dice que suele responder en ${days} ${days === 1 ? "día hábil" : "días hábiles"}.`,
    NOT_ACCEPTING_TEXT: NOT_ACCEPTING.es,
    UNCLAIMED_CONSULT_TEXT: UNCLAIMED_CONSULT.es,
  },
};

/** The practice's usual reply time as the patient reads it; null days: not stated, never guessed. */
export function replyTimeText(days: number | null): string {
  return BY_LOCALE.en.replyTimeText(days);
}

export const NOT_ACCEPTING_TEXT = NOT_ACCEPTING.en;

export const UNCLAIMED_CONSULT_TEXT = UNCLAIMED_CONSULT.en;

/** The consultation words in a language, with the English exports' names. */
export function consultFor(locale: TLocale): TConsult {
  return BY_LOCALE[locale];
}
