// Where each consultation question comes from. A question names one of these keys, so a reviewer can
// check every "why ask this" line against its source in one place (shared/DOMAIN.md lists the facts).
export type TSource = { name: string; url?: string };

export const SOURCES = {
  fdaLabel: {
    name: "FDA prescribing information for the botulinum toxins (DailyMed)",
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=botulinum+toxin",
  },
  cochrane: {
    name: "Cochrane review CD008626 (2011): botulinum toxin for subacute/chronic neck pain",
    url: "https://doi.org/10.1002/14651858.CD008626.pub2",
  },
  aan: {
    name: "American Academy of Neurology guideline update (2016) on botulinum neurotoxin",
    url: "https://doi.org/10.1212/WNL.0000000000002560",
  },
  guidance: {
    name: "Castagna & Albanese (2019), Neurology: Clinical Practice: EMG and ultrasound guidance in cervical dystonia",
    url: "https://doi.org/10.1212/CPJ.0000000000000568",
  },
  abms: {
    name: "ABMS Certification Matters (board certification lookup)",
    url: "https://www.certificationmatters.org/",
  },
  ninds: {
    name: "National Institute of Neurological Disorders and Stroke: Dystonia",
    url: "https://www.ninds.nih.gov/health-information/disorders/dystonia",
  },
  trials: { name: "ClinicalTrials.gov", url: "https://clinicaltrials.gov/" },
  insurance: {
    name: "HealthCare.gov glossary: preauthorization",
    url: "https://www.healthcare.gov/glossary/preauthorization/",
  },
  guide: { name: "Our patient guide to botulinum toxin injections for neck pain" },
} as const satisfies Record<string, TSource>;

export type TSourceKey = keyof typeof SOURCES;
