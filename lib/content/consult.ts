// Words about consultation requests shared by the profile, the confirmation and the patient's
// e-mailed copy, so the page and the e-mail never say different things.

/** The practice's usual reply time as the patient reads it; null days: not stated, never guessed. */
export function replyTimeText(days: number | null): string {
  if (days === null) return "The practice has not told us how quickly it usually answers.";
  return `The practice says it usually answers within ${days} working day${days === 1 ? "" : "s"}.`;
}

export const NOT_ACCEPTING_TEXT =
  "This practice is not accepting new patients, so it takes no consultation requests through NeckCare Finder.";

export const UNCLAIMED_CONSULT_TEXT =
  "This listing comes from the public NPI registry and the practice has not claimed it: we have no confirmed way to reach it, so we cannot pass on a request. Call the practice to ask about a consultation.";
