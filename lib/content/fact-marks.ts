// The three marks a provider fact can carry, with one vocabulary used everywhere (profile, search
// card, checklist, printed key): shared/DOMAIN.md "Three marks, never confused".
// - verified: a NeckCare Finder moderator checked it against a named source, on a date;
// - reported: the practice told us; nobody checked it; dated by when the practice last confirmed it;
// - public: copied from a public record (the NPI registry, Medicare claims, Medicare Care Compare),
//   with the record's source and its date, or for yearly data (Medicare claims) its data year.
// The look of each (components/provider/fact-mark.tsx) differs in colour, border and icon too.
// Languages (issue 19): the English exports keep their names and shapes; factMarksFor(locale) returns
// the same names in a language (dates formatted by lib/i18n/format.ts).
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/routing";

export const FACT_KINDS = ["verified", "reported", "public"] as const;
export type TFactKind = (typeof FACT_KINDS)[number];

export type TFactMark = {
  /** The name of the mark, as the key explains it. */
  label: string;
  /** Shown before the words on screen and in print; aria-hidden (the words carry the meaning). */
  icon: string;
  /** What the mark means, for the key on screen and on paper. */
  explain: string;
};

const ICONS: Record<TFactKind, string> = { verified: "✓", reported: "✎", public: "▣" };

const MARKS: Record<TLocale, Record<TFactKind, Omit<TFactMark, "icon">>> = {
  en: {
    verified: {
      label: "Verified by NeckCare Finder",
      explain: "a NeckCare Finder moderator checked it against the named source, on the date shown.",
    },
    reported: {
      label: "Reported by the practice",
      explain: "the practice told us and nobody checked it; dated when the practice last confirmed it.",
    },
    public: {
      label: "Public record",
      // Kept to one printed line: the key prints on every page and the checklist must fit on two.
      explain:
        "from the NPI registry or Medicare data, dated; a registered specialty is not board certification.",
    },
  },
  es: {
    verified: {
      label: "Verificado por NeckCare Finder",
      explain: "un moderador de NeckCare Finder lo comprobó con la fuente indicada, en la fecha que se muestra.",
    },
    reported: {
      label: "Informado por el consultorio",
      explain: "el consultorio nos lo dijo y nadie lo comprobó; con la fecha en que el consultorio lo confirmó por última vez.",
    },
    public: {
      label: "Registro público",
      // One printed line, as in English.
      explain: "del registro NPI o de datos de Medicare, con fecha; una especialidad registrada no es certificación (board).",
    },
  },
};

const KEY_TITLE: Record<TLocale, string> = {
  en: "How to read the marks on provider facts",
  es: "Cómo leer las marcas en los datos de los médicos",
};

/** The public sources a fact can come from, as the marks name them. */
const SOURCE_NAMES = {
  en: { npiRegistry: "NPI registry", medicareClaims: "public Medicare data", careCompare: "Medicare Care Compare" },
  es: { npiRegistry: "registro NPI", medicareClaims: "datos públicos de Medicare", careCompare: "Medicare Care Compare" },
} as const satisfies Record<TLocale, Record<string, string>>;

export type TFactMarkInput = {
  kind: TFactKind;
  date: string | null;
  source?: string | null;
  /** Public data published by year (Medicare claims): the data year, shown instead of a date. */
  year?: number | null;
};

/** The words of each mark, given the formatted date and the source's name. */
const MARK_WORDS: Record<
  TLocale,
  {
    verified: (when: string | null) => string;
    reported: (when: string | null) => string;
    publicYear: (source: string, year: number) => string;
    publicRecord: (source: string, when: string | null) => string;
  }
> = {
  en: {
    verified: (when) => (when ? `verified ${when}` : "verified"),
    reported: (when) =>
      when ? `reported by the practice, confirmed ${when}` : "reported by the practice, not yet confirmed",
    publicYear: (source, year) => `from ${source}, ${year}`,
    publicRecord: (source, when) => `public record: ${source}${when ? `, updated ${when}` : ""}`,
  },
  es: {
    verified: (when) => (when ? `verificado el ${when}` : "verificado"),
    reported: (when) =>
      when ? `informado por el consultorio, confirmado el ${when}` : "informado por el consultorio, aún sin confirmar",
    publicYear: (source, year) => `de ${source}, ${year}`,
    publicRecord: (source, when) => `registro público: ${source}${when ? `, actualizado el ${when}` : ""}`,
  },
};

function factMarksIn(locale: TLocale) {
  const marks = Object.fromEntries(
    FACT_KINDS.map((k) => [k, { ...MARKS[locale][k], icon: ICONS[k] }]),
  ) as Record<TFactKind, TFactMark>;
  const publicSources = SOURCE_NAMES[locale];
  const words = MARK_WORDS[locale];
  // A caller that passes the English name (PUBLIC_SOURCES) still gets the page's language.
  const sourceName = (source: string): string => {
    const key = (Object.keys(SOURCE_NAMES.en) as (keyof typeof SOURCE_NAMES.en)[]).find(
      (k) => SOURCE_NAMES.en[k] === source,
    );
    return key ? publicSources[key] : source;
  };

  /** A stored ISO date (or date-time) as "March 3, 2026" / "3 de marzo de 2026", in UTC so server, browser and paper agree. */
  const factDate = (iso: string): string => formatDate(iso, locale);

  /**
   * The mark's words after a fact, short enough for a badge: "verified March 3, 2026", "reported by the
   * practice, confirmed March 3, 2026", "public record: NPI registry, updated March 3, 2026", and for
   * yearly public data "from public Medicare data, 2023".
   */
  const factMarkText = ({ kind, date, source, year }: TFactMarkInput): string => {
    const when = date ? factDate(date) : null;
    switch (kind) {
      case "verified":
        return words.verified(when);
      case "reported":
        return words.reported(when);
      case "public":
        if (year) return words.publicYear(sourceName(source ?? publicSources.medicareClaims), year);
        return words.publicRecord(sourceName(source ?? publicSources.npiRegistry), when);
    }
  };

  /** The key as lines of text ("Verified by NeckCare Finder: a NeckCare Finder moderator checked …"), for the PDF. */
  const factKeyLines = (kinds: readonly TFactKind[] = FACT_KINDS): string[] =>
    kinds.map((k) => `${marks[k].label}: ${marks[k].explain}`);

  return {
    FACT_KINDS,
    FACT_MARKS: marks,
    FACT_KEY_TITLE: KEY_TITLE[locale],
    PUBLIC_SOURCES: publicSources as { npiRegistry: string; medicareClaims: string; careCompare: string },
    factDate,
    factMarkText,
    factKeyLines,
  };
}

export type TFactMarksContent = ReturnType<typeof factMarksIn>;

const BY_LOCALE: Record<TLocale, TFactMarksContent> = /* @__PURE__ */ (() => ({
  en: factMarksIn("en"),
  es: factMarksIn("es"),
}))();

/** The marks' words in a language, with the English exports' names and shapes. */
export function factMarksFor(locale: TLocale): TFactMarksContent {
  return BY_LOCALE[locale];
}

export const FACT_MARKS: Record<TFactKind, TFactMark> = BY_LOCALE.en.FACT_MARKS;

export const FACT_KEY_TITLE = KEY_TITLE.en;

/** A stored ISO date (or date-time) as "March 3, 2026", in UTC so server, browser and paper agree. */
export function factDate(iso: string): string {
  return BY_LOCALE.en.factDate(iso);
}

/** The public sources a fact can come from, as the marks name them. */
export const PUBLIC_SOURCES = SOURCE_NAMES.en;

/**
 * The mark's words after a fact, short enough for a badge: "verified March 3, 2026", "reported by the
 * practice, confirmed March 3, 2026", "public record: NPI registry, updated March 3, 2026", and for
 * yearly public data "from public Medicare data, 2023".
 */
export function factMarkText(input: TFactMarkInput): string {
  return BY_LOCALE.en.factMarkText(input);
}

/**
 * The key as lines of text ("Verified by NeckCare Finder: a NeckCare Finder moderator checked …"), for
 * the PDF, whose standard font has none of the icons.
 */
export function factKeyLines(kinds: readonly TFactKind[] = FACT_KINDS): string[] {
  return BY_LOCALE.en.factKeyLines(kinds);
}
