// What the printed checklist says, built once and rendered twice: by the print view (HTML with a
// print stylesheet) and by the PDF download. Keeping one model is what makes both the same content.
import { FACT_KEY_TITLE, factKeyLines, factMarkText } from "@/lib/content/fact-marks";
import { DEMO_CONTACT_NOTE, DEMO_NAME_MARK, UNCLAIMED_INJECTIONS_NOTE } from "@/lib/content/listing";
import { DIRECTORY_NOTICE, LABEL_STATUS_NOTICE, URGENT_BOX, type TUrgentBox } from "@/lib/content/medical";
import { certificationLine, type TChecklistProvider } from "./provider";
import { OWN_TOPIC_TITLE, findQuestion, topicTitle } from "./questions";
import { isOwnId, type TChecklistState } from "./state";

export const DOCUMENT_TITLE = "Questions for my consultation";
export const DOCUMENT_SUBTITLE = "Botulinum toxin injections in the neck";
/** Answer lines under each question. */
export const ANSWER_LINES = 2;

export type TDocumentItem = { id: string; number: number; text: string; note: string | null };
export type TDocumentSection = { heading: string; items: TDocumentItem[] };

export type TChecklistDocument = {
  title: string;
  subtitle: string;
  doctor: {
    name: string;
    /** Printed right after the name: "fictional demo provider" for a demo doctor, else null. */
    nameMark: string | null;
    lines: string[];
    /** Whose word the address and phone are (or that they are fictional), printed under them. */
    contactNote: string | null;
    certifications: string[];
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
  factKey: { title: string; lines: string[] } | null;
  /** Null until the browser knows its local date (the server's could differ). */
  printedOn: string | null;
  notices: string[];
};

/** "2026-12-03" as "December 3, 2026" (as a calendar date, independent of the time zone). */
export function formatCalendarDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export function formatPrintDate(now: Date): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long" }).format(now);
}

/** The local calendar date as YYYY-MM-DD (for file names). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function doctorLines(provider: TChecklistProvider): string[] {
  return [
    provider.practiceName,
    ...provider.addressLines,
    provider.phone ? `Phone: ${provider.phone}` : null,
  ].filter((line): line is string => Boolean(line));
}

/** "Doctor: Jane Roe, MD (fictional demo provider)": the name as the paper prints it. */
export function doctorHeading(doctor: { name: string; nameMark: string | null }): string {
  return `Doctor: ${doctor.name}${doctor.nameMark ? ` (${doctor.nameMark})` : ""}`;
}

/** Whose word the doctor's address and phone are: no contact detail on paper is left unmarked. */
export function contactNote(provider: TChecklistProvider): string | null {
  if (provider.demo) return DEMO_CONTACT_NOTE;
  if (!provider.addressLines.length && !provider.phone) return null;
  const mark = provider.unclaimedImport
    ? factMarkText({ kind: "public", date: null })
    : factMarkText({ kind: "reported", date: provider.lastConfirmedAt });
  return `Address and phone: ${mark}.`;
}

export function buildChecklistDocument(
  state: TChecklistState,
  provider: TChecklistProvider | null,
  now: Date | null,
): TChecklistDocument {
  const sections: TDocumentSection[] = [];
  state.order.forEach((id, i) => {
    const question = findQuestion(id);
    const own = isOwnId(id) ? state.own.find((q) => q.id === id) : undefined;
    const text = question?.text ?? own?.text;
    if (!text) return;
    // A heading whenever the topic changes: the default order gives one heading per topic; a
    // question moved elsewhere takes its own heading with it.
    const heading = question ? topicTitle(question.topic) : OWN_TOPIC_TITLE;
    const last = sections.at(-1);
    const item = { id, number: i + 1, text, note: state.notes[id]?.trim() || null };
    if (last && last.heading === heading) last.items.push(item);
    else sections.push({ heading, items: [item] });
  });
  return {
    title: DOCUMENT_TITLE,
    subtitle: DOCUMENT_SUBTITLE,
    doctor: provider
      ? {
          name: provider.name,
          nameMark: provider.demo ? DEMO_NAME_MARK : null,
          lines: doctorLines(provider),
          contactNote: contactNote(provider),
          certifications: provider.certifications.map((c) =>
            certificationLine(c, provider.lastConfirmedAt, provider.demo),
          ),
          scopeNote: provider.unclaimedImport ? UNCLAIMED_INJECTIONS_NOTE : null,
        }
      : null,
    visitDate: state.visitDate ? formatCalendarDate(state.visitDate) : null,
    sections,
    warning: URGENT_BOX,
    // A demo doctor's facts carry no real mark, so the key would only suggest one.
    factKey:
      provider?.certifications.length && !provider.demo
        ? { title: FACT_KEY_TITLE, lines: factKeyLines(["verified", "reported"]) }
        : null,
    printedOn: now ? `Printed on ${formatPrintDate(now)}` : null,
    notices: [DIRECTORY_NOTICE, LABEL_STATUS_NOTICE],
  };
}
