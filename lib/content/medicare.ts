// What the profile says about Medicare's public data (issue 14; shared/data/cms/SOURCES.md), beyond
// the words it shares with the search (lib/cms/evidence.ts: codes, datasets, the short caveat). These
// are statements about data, not medical statements; the rules they follow are CMS's methodology.
import { CLAIMS_CAVEAT } from "@/lib/cms/evidence";

/** Above the table: what the figures are. */
export const CLAIMS_INTRO =
  "How many Medicare patients this doctor treated with botulinum toxin injections in the neck, from the claims Medicare publishes for each doctor.";

/** Under the table, always: what the figures are not. */
export const CLAIMS_CAVEATS = [
  CLAIMS_CAVEAT,
  "Part B fee-for-service leaves out Medicare Advantage and private insurance, so a doctor usually treats more people than these figures show. “Not published” means fewer than 11 patients, or none.",
  "Neck injections are chemodenervation of neck muscles, CPT 64616 (64613 before 2014), the code for cervical dystonia and torticollis. Patients: at least the larger of CMS’s office and facility counts, since a patient treated in both places is in both. Visits: days on which the injection was billed.",
  "Migraine injections (CPT 64615, chronic migraine) are not neck injections and are not counted as such.",
  "Toxins are named, not counted: Medicare bills them in drug units, which are neither patients nor visits. Ultrasound guidance (76942) is also billed for biopsies, so it is shown only beside neck injections.",
] as const;

/** When none of the latest years has a published row for this doctor. */
export const CLAIMS_NONE_PUBLISHED =
  "CMS published no neck injection, guidance, toxin or migraine injection counts for this doctor. That means fewer than 11 Medicare patients for each, or none: it does not mean the doctor does not give these injections, and Medicare patients are only some of a doctor’s patients.";

/** On a demo provider's evidence: the figures are as fictional as the doctor. */
export const CLAIMS_DEMO_NOTE =
  "Demo data: these Medicare figures are fictional, made up for the demo like everything else about this provider.";

export const CARE_COMPARE_DEMO_NOTE =
  "Demo data: these Medicare Care Compare facts are fictional, like everything else about this provider.";

/** Graduation year is not experience with injections (DOMAIN.md). */
export const GRADUATION_NOTE =
  "In practice since about then; it says nothing about how long the doctor has given botulinum toxin injections.";

export const ASSIGNMENT_TEXT: Record<"Y" | "M", string> = {
  Y: "Accepts Medicare assignment: takes the Medicare-approved amount as payment in full",
  M: "May accept Medicare assignment: ask whether the Medicare-approved amount is payment in full",
};

export const TELEHEALTH_BILLED_TEXT = "Medicare claims show telehealth services";
