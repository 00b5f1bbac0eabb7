// The Medicare claims codes the import keeps (issue 14; shared/data/cms/SOURCES.md), each with the
// years in which it existed. Everything that reads MedicareServiceStat should take its words from
// here, and obey two rules the data cannot enforce by itself:
// - For the toxin codes (J0585-J0589) `services` counts DRUG UNITS (J0586 per 5 units, J0587 per 100),
//   never visits: 10,140 units may be 35 visits. Visits are best approached by `beneficiaryDays`.
// - 76942 (ultrasound guidance for needle placement) is also billed for biopsies: alone it proves
//   nothing about neck injections; it counts only beside a chemodenervation or toxin code.

export type TCmsCodeKind = "neck-chemodenervation" | "migraine-chemodenervation" | "guidance" | "toxin";

export type TCmsCode = {
  code: string;
  kind: TCmsCodeKind;
  description: string;
  /** What `services` counts for this code. */
  serviceUnit: "services" | "drug units";
  /** First and last data year in which the code existed (inclusive); rows outside are rejected. */
  fromYear?: number;
  toYear?: number;
  /** False for a code that, on its own, says nothing about neck or toxin injections (76942). */
  evidenceAlone: boolean;
};

export const CMS_CODES: readonly TCmsCode[] = [
  {
    code: "64616",
    kind: "neck-chemodenervation",
    description: "Chemodenervation of neck muscles, unilateral (cervical dystonia, torticollis)",
    serviceUnit: "services",
    // Created in 2014, replacing 64613.
    fromYear: 2014,
    evidenceAlone: true,
  },
  {
    code: "64613",
    kind: "neck-chemodenervation",
    description: "Chemodenervation of neck muscles (until 2013; replaced by 64616)",
    serviceUnit: "services",
    // Deleted from CPT at the end of 2013.
    toYear: 2013,
    evidenceAlone: true,
  },
  {
    code: "64615",
    kind: "migraine-chemodenervation",
    description: "Chemodenervation for chronic migraine",
    serviceUnit: "services",
    evidenceAlone: true,
  },
  {
    code: "95873",
    kind: "guidance",
    description: "Electrical stimulation guidance for chemodenervation",
    serviceUnit: "services",
    evidenceAlone: true,
  },
  {
    code: "95874",
    kind: "guidance",
    description: "Needle electromyography guidance for chemodenervation",
    serviceUnit: "services",
    evidenceAlone: true,
  },
  {
    code: "76942",
    kind: "guidance",
    description: "Ultrasound guidance for needle placement (also for biopsies)",
    serviceUnit: "services",
    evidenceAlone: false,
  },
  {
    code: "J0585",
    kind: "toxin",
    description: "OnabotulinumtoxinA, per 1 unit",
    serviceUnit: "drug units",
    evidenceAlone: true,
  },
  {
    code: "J0586",
    kind: "toxin",
    description: "AbobotulinumtoxinA, per 5 units",
    serviceUnit: "drug units",
    evidenceAlone: true,
  },
  {
    code: "J0587",
    kind: "toxin",
    description: "RimabotulinumtoxinB, per 100 units",
    serviceUnit: "drug units",
    evidenceAlone: true,
  },
  {
    code: "J0588",
    kind: "toxin",
    description: "IncobotulinumtoxinA, per 1 unit",
    serviceUnit: "drug units",
    evidenceAlone: true,
  },
  {
    code: "J0589",
    kind: "toxin",
    description: "DaxibotulinumtoxinA, per 1 unit",
    serviceUnit: "drug units",
    fromYear: 2023,
    evidenceAlone: true,
  },
];

const BY_CODE = new Map(CMS_CODES.map((c) => [c.code, c]));

/** The kept code, or undefined for every other code (most of the file). */
export function cmsCode(code: string): TCmsCode | undefined {
  return BY_CODE.get(code);
}

/** Why a kept code cannot appear in a year's data, or null when it can. */
export function codeYearProblem(code: TCmsCode, year: number): string | null {
  if (code.fromYear !== undefined && year < code.fromYear)
    return `code ${code.code} did not exist before ${code.fromYear} (data year ${year})`;
  if (code.toYear !== undefined && year > code.toYear)
    return `code ${code.code} was retired after ${code.toYear}${code.code === "64613" ? " (replaced by 64616)" : ""} (data year ${year})`;
  return null;
}
