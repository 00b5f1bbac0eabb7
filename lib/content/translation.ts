// The review state of the Spanish medical wording (issue 19), recorded in code next to the wording
// so nobody mistakes a draft for reviewed text. docs/medical-content.md, "The Spanish translation",
// says who may change medical wording in either language and how a change is reviewed.
//
// Each medical statement, the urgent-symptom box and the product table carry
// `translation: { es: TTranslationReview }`. A bilingual clinician who has checked a Spanish
// sentence against its English original and its sources replaces DRAFTED_ES there with a
// `reviewed(...)` record naming themselves and the date; the patient-facing notice
// (TRANSLATION_NOTICE in medical.ts) disappears by itself once nothing is pending.

export type TTranslationReview =
  | {
      state: "machine-drafted, awaiting bilingual clinician review";
      /** Who drafted it, honestly (no clinician has read it). */
      draftedBy: string;
      /** YYYY-MM-DD */
      date: string;
    }
  | {
      state: "reviewed by a bilingual clinician";
      /** The clinician's name and qualification, as in the pull request that recorded the review. */
      reviewer: string;
      /** YYYY-MM-DD: when the reviewer compared the Spanish with the English and the sources. */
      date: string;
    };

/** Today's Spanish: drafted during issue 19 by an AI coding assistant; no clinician or medical translator has read it. */
export const DRAFTED_ES: TTranslationReview = {
  state: "machine-drafted, awaiting bilingual clinician review",
  draftedBy: "AI coding assistant (issue 19 session), from the English wording and DOMAIN.md; not read by a clinician or a medical translator",
  date: "2026-12-03",
};

export function reviewed(reviewer: string, date: string): TTranslationReview {
  return { state: "reviewed by a bilingual clinician", reviewer, date };
}

export function isPending(review: TTranslationReview): boolean {
  return review.state !== "reviewed by a bilingual clinician";
}
