// The three marks a provider fact can carry, with one vocabulary used everywhere (profile, search
// card, checklist, printed key): shared/DOMAIN.md "Three marks, never confused".
// - verified: a NeckCare Finder moderator checked it against a named source, on a date;
// - reported: the practice told us; nobody checked it; dated by when the practice last confirmed it;
// - public: copied from a public record (the NPI registry, Medicare claims, Medicare Care Compare),
//   with the record's source and its date, or for yearly data (Medicare claims) its data year.
// The look of each (components/provider/fact-mark.tsx) differs in colour, border and icon too.

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

export const FACT_MARKS: Record<TFactKind, TFactMark> = {
  verified: {
    label: "Verified by NeckCare Finder",
    icon: "✓",
    explain: "a NeckCare Finder moderator checked it against the named source, on the date shown.",
  },
  reported: {
    label: "Reported by the practice",
    icon: "✎",
    explain: "the practice told us and nobody checked it; dated when the practice last confirmed it.",
  },
  public: {
    label: "Public record",
    icon: "▣",
    // Kept to one printed line: the key prints on every page and the checklist must fit on two.
    explain:
      "from the NPI registry or Medicare data, dated; a registered specialty is not board certification.",
  },
};

export const FACT_KEY_TITLE = "How to read the marks on provider facts";

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A stored ISO date (or date-time) as "March 3, 2026", in UTC so server, browser and paper agree. */
export function factDate(iso: string): string {
  return DATE.format(new Date(iso));
}

export type TFactMarkInput = {
  kind: TFactKind;
  date: string | null;
  source?: string | null;
  /** Public data published by year (Medicare claims): the data year, shown instead of a date. */
  year?: number | null;
};

/** The public sources a fact can come from, as the marks name them. */
export const PUBLIC_SOURCES = {
  npiRegistry: "NPI registry",
  medicareClaims: "public Medicare data",
  careCompare: "Medicare Care Compare",
} as const;

/**
 * The mark's words after a fact, short enough for a badge: "verified March 3, 2026", "reported by the
 * practice, confirmed March 3, 2026", "public record: NPI registry, updated March 3, 2026", and for
 * yearly public data "from public Medicare data, 2023".
 */
export function factMarkText({ kind, date, source, year }: TFactMarkInput): string {
  const when = date ? factDate(date) : null;
  switch (kind) {
    case "verified":
      return when ? `verified ${when}` : "verified";
    case "reported":
      return when
        ? `reported by the practice, confirmed ${when}`
        : "reported by the practice, not yet confirmed";
    case "public":
      if (year) return `from ${source ?? PUBLIC_SOURCES.medicareClaims}, ${year}`;
      return `public record: ${source ?? PUBLIC_SOURCES.npiRegistry}${when ? `, updated ${when}` : ""}`;
  }
}

/**
 * The key as lines of text ("Verified by NeckCare Finder: a NeckCare Finder moderator checked …"), for
 * the PDF, whose standard font has none of the icons.
 */
export function factKeyLines(kinds: readonly TFactKind[] = FACT_KINDS): string[] {
  return kinds.map((k) => `${FACT_MARKS[k].label}: ${FACT_MARKS[k].explain}`);
}
