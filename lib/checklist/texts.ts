// Every word the checklist page needs, in ONE language, gathered on the server and handed to the page
// as a prop: the browser never downloads the other language's questions, self-check or medical
// statements. The words themselves live in questions.ts, self-assessment.ts, lib/content (medical
// statements, listing and fact-mark wording, sources: the content helper's API) and, for what only
// the screen shows (buttons, hints, messages), in lib/i18n/messages/<locale>/checklist.json.
// The printed words (PAPER below) are data used by the PDF, hence TLocalized.
import { factMarksFor } from "@/lib/content/fact-marks";
import { listingFor } from "@/lib/content/listing";
import { medicalFor, type TUrgentBox } from "@/lib/content/medical";
import { sourcesFor, type TSourceId } from "@/lib/content/sources";
import { isPending } from "@/lib/content/translation";
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";
import type { TAnswer, TAssessmentItem, TTopicId } from "./catalog";
import { OWN_TOPIC, QUESTIONS_TRANSLATION, questionsIn, topicsIn } from "./questions";
import { answerLabelsIn, selfAssessmentIn } from "./self-assessment";

/** What the paper (print view and PDF) says besides the questions. `{…}` are placeholders (fill()). */
const PAPER = {
  title: { en: "Questions for my consultation", es: "Preguntas para mi consulta" },
  subtitle: {
    en: "Botulinum toxin injections in the neck",
    es: "Inyecciones de toxina botulínica en el cuello",
  },
  doctor: { en: "Doctor:", es: "Médico:" },
  visitDate: { en: "Visit date:", es: "Fecha de la cita:" },
  phone: { en: "Phone: {phone}", es: "Teléfono: {phone}" },
  certifications: { en: "Board certifications:", es: "Certificaciones de especialidad (board):" },
  subspecialty: { en: "subspecialty {name}", es: "subespecialidad {name}" },
  myNote: { en: "My note: {note}", es: "Mi nota: {note}" },
  printedOn: { en: "Printed on {date}", es: "Impreso el {date}" },
  /** Shown on screen until the browser knows its date. */
  printedOnPending: { en: "Printed on", es: "Impreso el" },
  page: { en: "Page {page} of {total}", es: "Página {page} de {total}" },
  addressAndPhone: { en: "Address and phone: {mark}.", es: "Dirección y teléfono: {mark}." },
  /** The downloaded file's name, before "-YYYY-MM-DD.pdf". */
  fileName: { en: "consultation-checklist", es: "lista-para-la-consulta" },
} as const satisfies Record<string, TLocalized>;

/**
 * Said on a Spanish page and paper while the questions' Spanish awaits a clinician's review but the
 * medical statements' does not (when both are pending, lib/content's notice covers both).
 */
const QUESTIONS_PENDING_NOTICE_ES =
  "Las preguntas de esta lista son una traducción del inglés que todavía no ha revisado un médico bilingüe. Si algo no le queda claro, consulte la versión en inglés o pregúntele a su médico.";

/** The notice a reader of `locale` gets while the checklist's medical wording is an unreviewed translation. */
export function translationNotice(locale: TLocale): string | null {
  if (locale === "en") return null;
  return (
    medicalFor(locale).TRANSLATION_NOTICE ??
    (isPending(QUESTIONS_TRANSLATION[locale]) ? QUESTIONS_PENDING_NOTICE_ES : null)
  );
}

export type TPaperTexts = { [K in keyof typeof PAPER]: string } & {
  /** Beside a fictional demo doctor's name. */
  demoNameMark: string;
  /** After each fact of a demo doctor, instead of "verified" or "reported by the practice". */
  demoFactMark: string;
  /** Under a demo doctor's address and phone. */
  demoContactNote: string;
  /** Under an unclaimed registry listing. */
  unclaimedNote: string;
  urgentBox: TUrgentBox;
  /** Printed at the end: the directory and label-status notices, and a translation's review state. */
  notices: readonly string[];
  factKey: { title: string; lines: readonly string[] };
};

export type TQuestionSource = { id: TSourceId; short: string; url: string | null };

/** A built-in question as the page shows it: in one language, with its sources named. */
export type TQuestionView = {
  id: string;
  topic: TTopicId;
  text: string;
  why: string;
  sources: readonly TQuestionSource[];
};

export type TChecklistTexts = {
  locale: TLocale;
  /** Every built-in question, in topic order. */
  questions: readonly TQuestionView[];
  topics: readonly { id: TTopicId; title: string }[];
  /** The heading of the patient's own questions on paper. */
  ownTopic: string;
  /** The self-check, in the order of the page. */
  assessment: readonly TAssessmentItem[];
  answers: Readonly<Record<TAnswer, string>>;
  paper: TPaperTexts;
  /** Medical and listing wording the screen shows (lib/content). */
  screen: { labelStatusNotice: string; demoProviderLabel: string; translationNotice: string | null };
};

function paperIn(locale: TLocale): TPaperTexts {
  const medical = medicalFor(locale);
  const listing = listingFor(locale);
  const marks = factMarksFor(locale);
  const words = Object.fromEntries(Object.entries(PAPER).map(([k, v]) => [k, v[locale]])) as {
    [K in keyof typeof PAPER]: string;
  };
  return {
    ...words,
    demoNameMark: listing.DEMO_NAME_MARK,
    demoFactMark: listing.DEMO_FACT_MARK,
    demoContactNote: listing.DEMO_CONTACT_NOTE,
    unclaimedNote: listing.UNCLAIMED_INJECTIONS_NOTE,
    urgentBox: medical.URGENT_BOX,
    notices: [medical.DIRECTORY_NOTICE, medical.LABEL_STATUS_NOTICE, translationNotice(locale)].filter(
      (n): n is string => Boolean(n),
    ),
    factKey: { title: marks.FACT_KEY_TITLE, lines: marks.factKeyLines(["verified", "reported"]) },
  };
}

const cache = new Map<TLocale, TChecklistTexts>();

/** The checklist's words in `locale` (for the page's props, and for tests of the paper). */
export function checklistTexts(locale: TLocale): TChecklistTexts {
  const cached = cache.get(locale);
  if (cached) return cached;
  const sources = sourcesFor(locale).SOURCES;
  const medical = medicalFor(locale);
  const texts: TChecklistTexts = {
    locale,
    questions: questionsIn(locale).map((q) => ({
      id: q.id,
      topic: q.topic,
      text: q.text,
      why: q.why,
      sources: q.sources.map((id) => {
        const source: { short: string; url?: string } = sources[id];
        return { id, short: source.short, url: source.url ?? null };
      }),
    })),
    topics: topicsIn(locale),
    ownTopic: OWN_TOPIC[locale],
    assessment: selfAssessmentIn(locale),
    answers: answerLabelsIn(locale),
    paper: paperIn(locale),
    screen: {
      labelStatusNotice: medical.LABEL_STATUS_NOTICE,
      demoProviderLabel: medical.DEMO_PROVIDER_LABEL,
      translationNotice: translationNotice(locale),
    },
  };
  cache.set(locale, texts);
  return texts;
}
