// The "Download PDF" file, made in the browser with pdf-lib from the same document model as the print
// view (document.ts). The page loads this module only when the button is pressed.
// pdf-lib's standard Helvetica speaks WinAnsi only: any character it cannot encode (emoji, CJK, ...)
// is replaced (by its unaccented form when there is one, else "?") instead of failing the download.
// WinAnsi covers Spanish (á é í ó ú ñ ü ¿ ¡ and the typographic quotes), so Spanish prints as written.
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { TUrgentBox } from "@/lib/content/medical";
import { INTL_LOCALE } from "@/lib/i18n/routing";
import {
  ANSWER_LINES,
  certificationText,
  doctorHeading,
  fill,
  formatPrintDate,
  type TChecklistDocument,
} from "./document";

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const MARGIN = 40;
const FOOTER_SPACE = 18;
const LEADING = 1.25;
const QUESTION_SIZE = 10;
const NOTE_SIZE = 9;
/** Room under each question: the answer lines' spacing and the gap to the next question. */
type TSpacing = { answerLineGap: number; itemGap: number };
/**
 * The usual spacing, and a slightly tighter one used only when the usual one would need one page more
 * (a Spanish checklist runs about 20% longer than the English; the default must stay on two pages).
 */
const SPACINGS: readonly TSpacing[] = [
  { answerLineGap: 15, itemGap: 4 },
  { answerLineGap: 13, itemGap: 3 },
];
/** The most pages the default checklist may take (tested in both languages). */
export const TARGET_PAGES = 2;
const NOTICE_SIZE = 8;

type TFonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

/** Returns text that `font` can encode, replacing what it cannot. */
export function makeSanitizer(font: PDFFont): (text: string) => string {
  const cache = new Map<string, string>();
  const encodable = (s: string) => {
    try {
      font.encodeText(s);
      return true;
    } catch {
      return false;
    }
  };
  const safe = (ch: string) => {
    let out = cache.get(ch);
    if (out !== undefined) return out;
    if (encodable(ch)) out = ch;
    else {
      const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out = base && base !== ch && encodable(base) ? base : "?";
    }
    cache.set(ch, out);
    return out;
  };
  return (text) =>
    Array.from(text.normalize("NFC").replace(/[\t\r\n]+/g, " "))
      .map(safe)
      .join("");
}

/** Splits text into lines no wider than `width` (breaking inside a word only when it alone is too wide). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

class Writer {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: TFonts,
    readonly clean: (s: string) => string,
  ) {
    this.page = this.addPage();
    this.y = this.top;
  }
  get width() {
    return this.page.getWidth() - 2 * MARGIN;
  }
  get top() {
    return this.page.getHeight() - MARGIN;
  }
  private addPage() {
    const page = this.doc.addPage(PageSizes.Letter);
    this.pages.push(page);
    return page;
  }
  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number) {
    if (this.y - height >= MARGIN + FOOTER_SPACE) return;
    this.page = this.addPage();
    this.y = this.top;
  }
  /** One paragraph wrapped to `width`. */
  wrap(text: string, font: PDFFont, size: number, width: number) {
    return wrapText(this.clean(text), font, size, width);
  }
  /** Wrapped lines; line breaks the patient typed (in notes) are kept. */
  lines(text: string, font: PDFFont, size: number, indent = 0) {
    return text.split(/\r?\n/).flatMap((part) => wrapText(this.clean(part), font, size, this.width - indent));
  }
  write(lines: string[], font: PDFFont, size: number, indent = 0, color = BLACK) {
    const leading = size * LEADING;
    for (const line of lines) {
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font, color });
    }
  }
  rule(indent: number, thickness = 0.6, color = GREY) {
    this.page.drawLine({
      start: { x: MARGIN + indent, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness,
      color,
    });
  }
}

const URGENT_PAD = 10;
const URGENT_GAP = 16;
const URGENT_SIZE = 10;
const BULLET_INDENT = 9;

/**
 * The urgent-symptom box in full (title, when, every sign in two columns, what to do), kept on one
 * page with a heavy border, as in the print view.
 */
function drawUrgentBox(w: Writer, box: TUrgentBox) {
  const { regular, bold } = w.fonts;
  const inner = w.width - 2 * URGENT_PAD;
  const colWidth = (inner - URGENT_GAP) / 2;
  const title = w.wrap(`${box.title} ${box.intro}`, bold, 11, inner);
  const half = Math.ceil(box.symptoms.length / 2);
  const cells = box.symptoms.map((s) => w.wrap(s, regular, URGENT_SIZE, colWidth - BULLET_INDENT));
  const rows = Array.from({ length: half }, (_, r) => [cells[r] ?? [], cells[r + half] ?? []] as const);
  const rowHeight = (r: readonly [string[], string[]]) =>
    Math.max(r[0].length, r[1].length) * URGENT_SIZE * LEADING;
  const actions = box.actions.map((a) => w.wrap(a, bold, URGENT_SIZE, inner));
  const height =
    2 * URGENT_PAD +
    title.length * 11 * LEADING +
    rows.reduce((sum, r) => sum + rowHeight(r) + 1, 4) +
    actions.flat().length * URGENT_SIZE * LEADING +
    4;
  w.ensure(height + 12);
  w.y -= 6;
  const boxTop = w.y;
  w.y -= URGENT_PAD - 4;
  w.write(title, bold, 11, URGENT_PAD);
  w.y -= 4;
  for (const row of rows) {
    const top = w.y;
    let bottom = top;
    row.forEach((lines, column) => {
      if (!lines.length) return;
      const x = URGENT_PAD + column * (colWidth + URGENT_GAP);
      w.y = top;
      w.write(["•"], regular, URGENT_SIZE, x);
      w.y = top;
      w.write(lines, regular, URGENT_SIZE, x + BULLET_INDENT);
      bottom = Math.min(bottom, w.y);
    });
    w.y = bottom - 1;
  }
  w.y -= 4;
  for (const lines of actions) w.write(lines, bold, URGENT_SIZE, URGENT_PAD);
  w.y -= URGENT_PAD;
  w.page.drawRectangle({
    x: MARGIN,
    y: w.y,
    width: w.width,
    height: boxTop - w.y,
    borderColor: BLACK,
    borderWidth: 2,
  });
  w.y -= 8;
}

/**
 * The checklist as a PDF: with the usual spacing, or with the tighter one when that saves a page and
 * keeps the checklist within TARGET_PAGES (the words and their order never change).
 */
export async function buildChecklistPdf(document: TChecklistDocument): Promise<Uint8Array> {
  const usual = await renderPdf(document, SPACINGS[0]!);
  if (usual.pages <= TARGET_PAGES) return usual.bytes;
  const tight = await renderPdf(document, SPACINGS[1]!);
  return tight.pages < usual.pages && tight.pages <= TARGET_PAGES ? tight.bytes : usual.bytes;
}

async function renderPdf(
  document: TChecklistDocument,
  { answerLineGap, itemGap }: TSpacing,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${document.title}: ${document.subtitle}`);
  doc.setCreator("NeckCare Finder");
  doc.setProducer("NeckCare Finder (pdf-lib)");
  doc.setLanguage(INTL_LOCALE[document.locale]);
  const fonts: TFonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const w = new Writer(doc, fonts, makeSanitizer(fonts.regular));
  const { regular, bold, italic } = fonts;
  const { labels } = document;
  /** A label followed by a line to write on, starting just after the label (at least at `min`). */
  const blank = (label: string, min: number) => {
    w.write([w.clean(label)], bold, 11);
    w.rule(Math.max(min, bold.widthOfTextAtSize(w.clean(label), 11) + 8));
  };

  w.write(w.lines(document.title, bold, 18), bold, 18);
  w.write(w.lines(document.subtitle, regular, 11), regular, 11);
  w.y -= 8;

  // Doctor and visit date: blank lines to fill in by hand when not chosen.
  if (document.doctor) {
    w.write(w.lines(doctorHeading(document.doctor, labels), bold, 11), bold, 11);
    for (const line of document.doctor.lines) w.write(w.lines(line, regular, 10), regular, 10);
    if (document.doctor.contactNote) {
      const note = document.doctor.contactNote;
      w.write(w.lines(note, italic, 9.5), italic, 9.5);
    }
    if (document.doctor.scopeNote) w.write(w.lines(document.doctor.scopeNote, italic, 9.5), italic, 9.5);
    if (document.doctor.certifications.length) {
      w.write(w.lines(labels.certifications, regular, 9.5), regular, 9.5);
      for (const c of document.doctor.certifications) {
        w.write(w.lines(certificationText(c), regular, 9.5, 10), regular, 9.5, 10);
      }
    }
  } else blank(labels.doctor, 48);
  w.y -= 2;
  if (document.visitDate) w.write(w.lines(`${labels.visitDate} ${document.visitDate}`, bold, 11), bold, 11);
  else blank(labels.visitDate, 64);
  w.y -= 10;

  const box = 8.5;
  const indent = 16;
  for (const section of document.sections) {
    section.items.forEach((item, i) => {
      const textLines = w.lines(`${item.number}. ${item.text}`, bold, QUESTION_SIZE, indent);
      const noteLines = item.note ? w.lines(fill(labels.myNote, { note: item.note }), italic, NOTE_SIZE, indent) : [];
      const headingHeight = i === 0 ? 11.5 * LEADING + 7 : 0;
      const height =
        headingHeight +
        (textLines.length * QUESTION_SIZE + noteLines.length * NOTE_SIZE) * LEADING +
        ANSWER_LINES * answerLineGap +
        itemGap;
      w.ensure(height); // a question (and its topic heading) never splits across pages
      if (i === 0) {
        w.y -= 4;
        w.write(w.lines(section.heading, bold, 11.5), bold, 11.5);
        w.y -= 3;
      }
      const top = w.y;
      w.write(textLines, bold, QUESTION_SIZE, indent);
      w.page.drawRectangle({
        x: MARGIN + 1,
        y: top - 10.5,
        width: box,
        height: box,
        borderColor: BLACK,
        borderWidth: 1,
      });
      if (noteLines.length) w.write(noteLines, italic, NOTE_SIZE, indent);
      for (let l = 0; l < ANSWER_LINES; l++) {
        w.y -= answerLineGap;
        w.rule(indent);
      }
      w.y -= itemGap;
    });
  }

  drawUrgentBox(w, document.warning);
  if (document.factKey) {
    const key = w.lines(
      `${document.factKey.title}: ${document.factKey.lines.join(" ")}`,
      regular,
      NOTICE_SIZE,
    );
    w.ensure(key.length * NOTICE_SIZE * LEADING);
    w.write(key, regular, NOTICE_SIZE);
    w.y -= 3;
  }
  for (const notice of document.notices) {
    const lines = w.lines(notice, regular, NOTICE_SIZE);
    w.ensure(lines.length * NOTICE_SIZE * LEADING);
    w.write(lines, regular, NOTICE_SIZE);
  }

  const total = w.pages.length;
  w.pages.forEach((page, i) => {
    const printed =
      document.printedOn ?? fill(labels.printedOn, { date: formatPrintDate(new Date(), document.locale) });
    const pageOf = fill(labels.page, { page: i + 1, total });
    const footer = w.clean(`${printed} · NeckCare Finder · ${pageOf}`);
    page.drawText(footer, { x: MARGIN, y: MARGIN - 14, size: 8.5, font: regular, color: GREY });
  });

  return { bytes: await doc.save(), pages: total };
}
