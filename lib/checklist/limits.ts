// Limits of the consultation checklist, with no dependency: the page's client code imports them
// without zod (its validation, lib/validation/checklist.ts, loads only when a saved checklist or a
// link has to be checked; issue 15: 32 kB of compressed JavaScript less on the page's first load).
// The page shows them as character counters; shared links and saved checklists that break them are
// rejected as a whole (the page then opens the default checklist).
export const CHECKLIST_LIMITS = {
  ownQuestionMax: 200,
  noteMax: 500,
  ownQuestionsMax: 10,
  /** Built-in questions (about 30) plus own questions, with room for questions added later. */
  itemsMax: 80,
  searchQueryMin: 2,
  searchQueryMax: 80,
  /** Characters of the encoded `s` fragment parameter we are willing to decode. */
  encodedMax: 40_000,
  /** Bytes after decompression (a tiny link must not inflate into megabytes). */
  decodedMax: 64_000,
} as const;

/** Own questions are "u1", "u2", ... (built-in ids never look like this). */
export const OWN_ID_PATTERN = /^u[1-9][0-9]{0,2}$/;
