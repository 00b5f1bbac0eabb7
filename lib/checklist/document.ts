// What the printed checklist says, built once and rendered twice: by the print view (HTML with a
// print stylesheet) and by the PDF download. Keeping one model is what makes both the same content.
// It is built in the browser from the page's words (texts.ts, one language), never from the tables
// of every language, and dates are the page language's (lib/i18n/format.ts).
import type { TUrgentBox } from "@/lib/content/medical";
import { factMarksFor, type TFactMarkInput } from "@/lib/content/fact-marks";
import { formatDate, formatLocalDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/routing";
import type { TBoardSource, TChecklistCertification, TChecklistProvider } from "./provider";
import { isOwnId, type TChecklistState } from "./state";
import type { TChecklistTexts, TPaperTexts } from "./texts";

/** Answer lines under each question. */
export const ANSWER_LINES = 2;

export type TDocumentItem = { id: string; number: number; text: string; note: string | null };
export type TDocumentSection = { heading: string; items: TDocumentItem[] };

export type TDocumentCertification = {
  /** The board's name, and whose words it is (an English proper name, the practice's, or ours). */
  board: string;
  boardSource: TBoardSource;
  /** Specialty, subspecialty, year and mark: "Neurology, 2010 (verified March 3, 2026)". */
  detail: string;
};

export type TChecklistDocument = {
  locale: TLocale;
  title: string;
  subtitle: string;
  /** The paper's own words: "Doctor:", "Visit date:", and the templates of notes and the footer. */
  labels: Pick<
    TPaperTexts,
    "doctor" | "visitDate" | "certifications" | "myNote" | "printedOn" | "printedOnPending" | "page"
  >;
  doctor: {
    name: string;
    /** Printed right after the name: "fictional demo provider" for a demo doctor, else null. */
    nameMark: string | null;
    lines: string[];
    /** Whose word the address and phone are (or that they are fictional), printed under them. */
    contactNote: string | null;
    certifications: TDocumentCertification[];
    scopeNote: string | null;
  } | null;
  visitDate: string | null;
  sections: TDocumentSection[];
  /** The full urgent-symptom box: printed on every checklist. */
  warning: TUrgentBox;
  /**
   * What the marks on the doctor's certifications mean, for the PDF (the print view has the site
   * footer's key); null when no certification is shown.
   */
  factKey: { title: string; lines: readonly string[] } | null;
  /** Null until the browser knows its local date (the server's could differ). */
  printedOn: string | null;
  notices: readonly string[];
};

/** Puts values into a template's `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** "2026-12-03" as "December 3, 2026" / "3 de diciembre de 2026" (a calendar date, whatever the time zone). */
export function formatCalendarDate(isoDate: string, locale: TLocale): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return formatDate(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1), locale);
}

export function formatPrintDate(now: Date, locale: TLocale): string {
  return formatLocalDate(now, locale);
}

/** The local calendar date as YYYY-MM-DD (for file names). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The downloaded PDF's file name: "consultation-checklist-2026-12-03.pdf" in the page's language. */
export function pdfFileName(texts: TChecklistTexts, now: Date): string {
  return `${texts.paper.fileName}-${localIsoDate(now)}.pdf`;
}

const markText = (input: TFactMarkInput, locale: TLocale) => factMarksFor(locale).factMarkText(input);

export function doctorLines(provider: TChecklistProvider, paper: TPaperTexts): string[] {
  return [
    provider.practiceName,
    ...provider.addressLines,
    provider.phone ? fill(paper.phone, { phone: provider.phone }) : null,
  ].filter((line): line is string => Boolean(line));
}

/** "Doctor: Jane Roe, MD (fictional demo provider)": the name as the paper prints it. */
export function doctorHeading(
  doctor: { name: string; nameMark: string | null },
  labels: Pick<TPaperTexts, "doctor">,
): string {
  return `${labels.doctor} ${doctor.name}${doctor.nameMark ? ` (${doctor.nameMark})` : ""}`;
}

/** Whose word the doctor's address and phone are: no contact detail on paper is left unmarked. */
export function contactNote(provider: TChecklistProvider, texts: TChecklistTexts): string | null {
  if (provider.demo) return texts.paper.demoContactNote;
  if (!provider.addressLines.length && !provider.phone) return null;
  const mark = provider.unclaimedImport
    ? markText({ kind: "public", date: null }, texts.locale)
    : markText({ kind: "reported", date: provider.lastConfirmedAt }, texts.locale);
  return fill(texts.paper.addressAndPhone, { mark });
}

/**
 * One entry per certification, with its mark in the words of lib/content/fact-marks.ts, e.g.
 * "ABPN (…)" and "Neurology, subspecialty Pain medicine, 2014 (verified March 3, 2026)".
 */
export function certificationEntry(
  c: TChecklistCertification,
  provider: Pick<TChecklistProvider, "lastConfirmedAt" | "demo">,
  texts: TChecklistTexts,
): TDocumentCertification {
  const sub = c.subspecialty ? `, ${fill(texts.paper.subspecialty, { name: c.subspecialty })}` : "";
  const year = c.year ? `, ${c.year}` : "";
  // A demo doctor's "verified" is as invented as the doctor: on paper it must never read as a check.
  const mark = provider.demo
    ? texts.paper.demoFactMark
    : c.verified
      ? markText({ kind: "verified", date: c.verifiedAt }, texts.locale)
      : markText({ kind: "reported", date: provider.lastConfirmedAt }, texts.locale);
  return { board: c.board, boardSource: c.boardSource, detail: `${c.specialty}${sub}${year} (${mark})` };
}

/** A certification as one printed line: "ABPN (…): Neurology, 2010 (verified March 3, 2026)". */
export function certificationText(c: TDocumentCertification): string {
  return `${c.board}: ${c.detail}`;
}

export function buildChecklistDocument(
  state: TChecklistState,
  provider: TChecklistProvider | null,
  now: Date | null,
  texts: TChecklistTexts,
): TChecklistDocument {
  const { paper, locale } = texts;
  const questions = new Map(texts.questions.map((q) => [q.id, q]));
  const topics = new Map(texts.topics.map((t) => [t.id, t.title]));
  const sections: TDocumentSection[] = [];
  state.order.forEach((id, i) => {
    const question = questions.get(id);
    const own = isOwnId(id) ? state.own.find((q) => q.id === id) : undefined;
    const text = question?.text ?? own?.text;
    if (!text) return;
    // A heading whenever the topic changes: the default order gives one heading per topic; a
    // question moved elsewhere takes its own heading with it.
    const heading = question ? (topics.get(question.topic) ?? question.topic) : texts.ownTopic;
    const last = sections.at(-1);
    const item = { id, number: i + 1, text, note: state.notes[id]?.trim() || null };
    if (last && last.heading === heading) last.items.push(item);
    else sections.push({ heading, items: [item] });
  });
  return {
    locale,
    title: paper.title,
    subtitle: paper.subtitle,
    labels: {
      doctor: paper.doctor,
      visitDate: paper.visitDate,
      certifications: paper.certifications,
      myNote: paper.myNote,
      printedOn: paper.printedOn,
      printedOnPending: paper.printedOnPending,
      page: paper.page,
    },
    doctor: provider
      ? {
          name: provider.name,
          nameMark: provider.demo ? paper.demoNameMark : null,
          lines: doctorLines(provider, paper),
          contactNote: contactNote(provider, texts),
          certifications: provider.certifications.map((c) => certificationEntry(c, provider, texts)),
          scopeNote: provider.unclaimedImport ? paper.unclaimedNote : null,
        }
      : null,
    visitDate: state.visitDate ? formatCalendarDate(state.visitDate, locale) : null,
    sections,
    warning: paper.urgentBox,
    // A demo doctor's facts carry no real mark, so the key would only suggest one.
    factKey: provider?.certifications.length && !provider.demo ? paper.factKey : null,
    printedOn: now ? fill(paper.printedOn, { date: formatPrintDate(now, locale) }) : null,
    notices: paper.notices,
  };
}
