// A doctor's Medicare claims (MedicareServiceStat rows) read as evidence for the profile (issue 14),
// by rules that hold whatever the data: pure, so the rules are unit-tested without a database, and
// neutral (no lib/data), so components may import the types.
// - Suppression: CMS publishes a row only for 11 or more patients. A year without rows is "not
//   published" (fewer than 11 patients, or none), never zero; nothing here ever makes a zero count.
// - Units: the toxin codes' `services` are drug units. This module never receives `services` at all,
//   so no drug unit can turn into patients or visits on the page.
// - 64616 (64613 before 2014) is the neck; 64615 is chronic migraine and is kept apart as "not neck".
// - 76942 (ultrasound needle guidance; `evidenceAlone: false` in lib/cms/codes.ts) is billed for
//   biopsies too: shown only in a year that also has a neck chemodenervation row, and never makes a
//   year "have data" by itself.
// The codes and their kinds come from lib/cms/codes.ts, the one table of kept codes, and their words
// for patients from lib/cms/evidence.ts, which the search shares.
import { CMS_CODES, cmsCode, codeYearProblem } from "@/lib/cms/codes";
import { EVIDENCE_YEARS, GUIDANCE_CODES, TOXIN_CODES, type TToxinBilled } from "@/lib/cms/evidence";

/** The profile's view of one MedicareServiceStat row: no `services` (drug units for J codes). */
export type TClaimsRow = {
  year: number;
  hcpcs: string;
  placeOfService: string;
  beneficiaries: number;
  beneficiaryDays: number;
  importId: number;
};

export type TClaimsImport = { id: number; year: number; sourceFile: string; release: string };

export type TEvidenceYear = {
  year: number;
  /**
   * "rows": CMS published at least one row for this doctor this year; "none-published": no row, which
   * means fewer than 11 Medicare patients for each code, or none.
   */
  state: "rows" | "none-published";
  /** The neck code of that year: "64616", or "64613" before 2014. */
  neckCode: string;
  /**
   * Neck chemodenervation, null when not published. `patientsAtLeast` is the larger of the office and
   * facility counts (not their sum: a patient treated in both places is in both); `visits` adds the
   * places' beneficiary-days (a day in the office and a day in a facility are two visits).
   */
  neck: { patientsAtLeast: number; visits: number } | null;
  /** Chemodenervation for chronic migraine (64615): not the neck, never added to `neck`. */
  migraine: { patientsAtLeast: number } | null;
  guidance: { emg: boolean; electricalStimulation: boolean; ultrasound: boolean };
  /** Toxins billed, by generic name; named only, since their counts are drug units. */
  toxins: TToxinBilled[];
  /** The import the year's figures come from. */
  source: { sourceFile: string; release: string };
};

const TOXIN_OF_CODE: Record<string, TToxinBilled> = TOXIN_CODES;
const TOXIN_ORDER = Object.values(TOXIN_CODES);
const GUIDANCE_OF_CODE: Record<string, (typeof GUIDANCE_CODES)[keyof typeof GUIDANCE_CODES]> = GUIDANCE_CODES;

/** The neck chemodenervation code that existed in a data year (64613 until 2013, then 64616). */
export function neckCodeOf(year: number): string {
  const code = CMS_CODES.find((c) => c.kind === "neck-chemodenervation" && codeYearProblem(c, year) === null);
  return code?.code ?? "64616";
}

function atLeast(rows: TClaimsRow[]): number {
  return Math.max(...rows.map((r) => r.beneficiaries));
}

/**
 * One data year of a doctor's claims. `rows` are that year's rows of the doctor; `imports` the year's
 * imports, newest first (the rows' own import names the source when there are rows).
 */
export function evidenceForYear(year: number, rows: TClaimsRow[], imports: TClaimsImport[]): TEvidenceYear {
  const mine = rows.filter((r) => r.year === year && cmsCode(r.hcpcs) !== undefined);
  const kind = (r: TClaimsRow) => cmsCode(r.hcpcs)?.kind;
  const neckRows = mine.filter((r) => kind(r) === "neck-chemodenervation");
  const migraineRows = mine.filter((r) => kind(r) === "migraine-chemodenervation");
  const guidance = new Set(mine.map((r) => GUIDANCE_OF_CODE[r.hcpcs]));
  // 76942 alone proves nothing (biopsies): it neither shows nor makes a year "have rows" without a neck row.
  const notAlone = mine.filter((r) => cmsCode(r.hcpcs)?.evidenceAlone === false);
  const counted = neckRows.length ? mine : mine.filter((r) => !notAlone.includes(r));
  const toxins = new Set(mine.map((r) => TOXIN_OF_CODE[r.hcpcs]));
  const own = imports.find((i) => i.id === counted[0]?.importId) ?? imports.find((i) => i.year === year);
  return {
    year,
    state: counted.length ? "rows" : "none-published",
    neckCode: neckCodeOf(year),
    neck: neckRows.length
      ? { patientsAtLeast: atLeast(neckRows), visits: neckRows.reduce((s, r) => s + r.beneficiaryDays, 0) }
      : null,
    migraine: migraineRows.length ? { patientsAtLeast: atLeast(migraineRows) } : null,
    guidance: {
      emg: guidance.has("emg"),
      electricalStimulation: guidance.has("electrical-stimulation"),
      ultrasound: neckRows.length > 0 && notAlone.some((r) => kind(r) === "guidance"),
    },
    toxins: TOXIN_ORDER.filter((p) => toxins.has(p)),
    source: { sourceFile: own?.sourceFile ?? "", release: own?.release ?? "" },
  };
}

/** The source file of the demo seed's fictional claims imports (prisma/seed/medicare.ts). */
export const DEMO_CLAIMS_SOURCE = "demo data: fictional claims";

/**
 * The imports to read: all of them, or once a real claims file has been imported, only the real ones.
 * A real import replaces only its own year's rows (lib/cms), so the demo's other years would linger
 * beside real data and make real doctors' years read "not published" from a fictional file.
 */
export function importsToRead<T extends { sourceFile: string }>(imports: T[]): T[] {
  const real = imports.filter((i) => i.sourceFile !== DEMO_CLAIMS_SOURCE);
  return real.length ? real : imports;
}

/**
 * The data years shown, newest first: those imported among the latest EVIDENCE_YEARS up to the newest
 * one imported (the window the search uses too). A year in the window that was not imported is left
 * out: nothing is known about it.
 */
export function latestYears(imports: Pick<TClaimsImport, "year">[]): number[] {
  const newest = Math.max(...imports.map((i) => i.year));
  return [...new Set(imports.map((i) => i.year))]
    .filter((y) => y > newest - EVIDENCE_YEARS)
    .sort((a, b) => b - a);
}
