// The words of a name search (`q`), as the database matches them (lib/search/sql.ts, decision 0005):
// lower case without accents, split at anything that is not a letter or a digit, one-letter words
// (initials) left out. Words that nearly every practice name has ("neurology", "associates") are
// left out too when the search has other words: they narrow nothing and would make every
// listing a candidate.
const GENERIC_WORDS = new Set([
  "and", "the", "of", "for", "at", "dr", "md", "do", "phd", "llc", "pc", "pa", "inc",
  "neurology", "neurological", "neuro", "associates", "associate", "clinic", "clinics", "center", "centre", "centers",
  "medical", "medicine", "health", "healthcare", "group", "institute", "practice", "pain", "spine", "care", "physicians",
]);

/** At most this many words are matched (each one more index lookup). */
export const MAX_NAME_TOKENS = 6;

export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a name search the database matches, in order, each once. Empty: nothing to match. */
export function nameTokens(q: string): string[] {
  const words = [...new Set(foldName(q).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2))];
  const specific = words.filter((w) => !GENERIC_WORDS.has(w));
  return (specific.length ? specific : words).slice(0, MAX_NAME_TOKENS);
}
