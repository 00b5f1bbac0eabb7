// What the Medicare claims of lib/cms/codes.ts say to a patient, in one place for the search (lib/search)
// and the profile (lib/data/medicare-evidence.ts). SOURCES.md (shared/data/cms) has the rules:
// - only Medicare Part B fee-for-service patients, not all patients;
// - no row means "fewer than 11 patients, or none": never zero;
// - neck injections are 64616 (from 2014) or 64613 (until 2013); 64615 is migraine, not neck;
// - toxin rows count drug units, never visits or patients;
// - 76942 (ultrasound needle guidance) alone proves nothing (biopsies use it too).

/** Chemodenervation of neck muscles: 64616 from 2014, 64613 before. */
export const NECK_CODES = ["64616", "64613"] as const;

/** Guidance billed for chemodenervation, by what it is. */
export const GUIDANCE_CODES = { "95874": "emg", "95873": "electrical-stimulation" } as const;
export type TGuidanceBilled = (typeof GUIDANCE_CODES)[keyof typeof GUIDANCE_CODES];
export const GUIDANCE_BILLED_LABELS: Record<TGuidanceBilled, string> = {
  emg: "EMG guidance",
  "electrical-stimulation": "electrical stimulation guidance",
};

/** The toxins' J codes, by generic name (never their units as visits). */
export const TOXIN_CODES = {
  J0585: "onabotulinumtoxinA",
  J0586: "abobotulinumtoxinA",
  J0587: "rimabotulinumtoxinB",
  J0588: "incobotulinumtoxinA",
  J0589: "daxibotulinumtoxinA",
} as const;
export type TToxinBilled = (typeof TOXIN_CODES)[keyof typeof TOXIN_CODES];

/** Evidence counts data years up to this many back from the latest imported one. */
export const EVIDENCE_YEARS = 3;

/** The dataset, for links beside the numbers. */
export const CLAIMS_DATASET = {
  name: "Medicare Physician & Other Practitioners – by Provider and Service (CMS)",
  url: "https://data.cms.gov/provider-summary-by-type-of-service/medicare-physician-other-practitioners/medicare-physician-other-practitioners-by-provider-and-service",
};
export const CARE_COMPARE_DATASET = {
  name: "Doctors and Clinicians National Downloadable File (Medicare Care Compare)",
  url: "https://data.cms.gov/provider-data/dataset/mj5m-pzi6",
};

/** What the numbers are not, said wherever they show. */
export const CLAIMS_CAVEAT =
  "Medicare Part B fee-for-service patients only, not all patients. CMS does not publish counts under 11 patients, so “no data” does not mean none.";
