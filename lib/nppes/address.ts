// Practice addresses in NPPES are upper case ("99 E RIVER DR", "5TH FLOOR", "PO BOX 2005"). These put
// them in display case and normalise ZIP and phone. The street is only re-cased, never rewritten:
// abbreviations stay abbreviations, so the address still matches what the post office has.

// Street-type and unit abbreviations read best capitalised ("St", "Ste").
const TITLE_ABBREVIATIONS = new Set(
  (
    "st rd dr ln pl ct hwy fl flr rm ste ave av blvd pkwy cir ctr plz sq trl ter tpke bldg bld bdg dept ofc " +
    "ext rte rt mt ft pk fwy xing apt jr sr cv ln. st. ave. rd. dr."
  ).split(" "),
);
// Abbreviations that stay upper case: directions, post-office and company forms.
const UPPER_WORDS = new Set("n s e w ne nw se sw po pob llc pc pllc apo fpo dpo us rr hc".split(" "));
// Joining words inside a name ("Birth and Beyond", "Hospital of the ...").
const SMALL_WORDS = new Set("and of the for at in on".split(" "));

const HAS_LOWER = /\p{Ll}/u;

function word(w: string, first: boolean): string {
  const lower = w.toLowerCase();
  const bare = lower.replace(/[.,]+$/, "");
  if (!first && SMALL_WORDS.has(lower)) return lower;
  if (/\d/.test(w)) {
    // 5TH -> 5th; unit numbers like 2A stay as they are.
    return /^\d+(st|nd|rd|th)[.,]?$/.test(lower) ? lower : w;
  }
  if (UPPER_WORDS.has(bare)) return w;
  if (TITLE_ABBREVIATIONS.has(bare)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  // A single letter (a unit, an initial) or a word without vowels (MGH, JCB) is an abbreviation.
  if (bare.length === 1 || !/[aeiouy]/.test(bare)) return w;
  let out = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (/^mc\p{L}{2,}/u.test(lower)) out = `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  return out.replace(
    /^(\p{L})'(\p{L})/u,
    (_, a: string, b: string) => `${a.toUpperCase()}'${b.toUpperCase()}`,
  );
}

/** "99 E RIVER DR" -> "99 E River Dr"; "EAST HARTFORD" -> "East Hartford". Mixed-case input is kept. */
export function displayCaseAddress(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "" || HAS_LOWER.test(s)) return s;
  return s
    .split(/([ \-/#(])/)
    .map((part, i) => (part.length === 0 || /^[ \-/#(]$/.test(part) ? part : word(part, i === 0)))
    .join("");
}

/** "061083288" -> { zip: "06108", zip4: "3288" }; "06032" -> { zip: "06032", zip4: null }; else null. */
export function parseZip(raw: string): { zip: string; zip4: string | null } | null {
  const digits = raw.trim().replace(/[-\s]/g, "");
  if (/^\d{5}$/.test(digits)) return { zip: digits, zip4: null };
  if (/^\d{9}$/.test(digits)) return { zip: digits.slice(0, 5), zip4: digits.slice(5) };
  return null;
}

/** Ten digits (or eleven with a leading 1) -> "(860) 282-4128"; anything else -> null. */
export function formatPhone(raw: string): string | null {
  let digits = raw.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  if (digits.length !== 10) return null;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
