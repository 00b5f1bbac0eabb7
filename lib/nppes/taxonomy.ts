// The NUCC taxonomy codes that make an NPPES row relevant to the directory (DOMAIN.md, "Specialties and
// codes"), each with its NUCC display name (shared/data/nucc/nucc_taxonomy.csv, column "Display Name").
// A taxonomy code is self-selected by the provider in NPPES: the UI shows the name as "registered
// specialty", never as board certification.
export const NPPES_TAXONOMIES = {
  "2084N0400X": "Neurology Physician",
  "2084N0402X": "Neurology with Special Qualifications in Child Neurology Physician",
  "2084N0008X": "Neuromuscular Medicine (Psychiatry & Neurology) Physician",
  "2084N0600X": "Clinical Neurophysiology Physician",
  "2084P2900X": "Pain Medicine (Psychiatry & Neurology) Physician",
  "208100000X": "Physical Medicine & Rehabilitation Physician",
  "2081P2900X": "Pain Medicine (Physical Medicine & Rehabilitation) Physician",
  "2081N0008X": "Neuromuscular Medicine (Physical Medicine & Rehabilitation) Physician",
  "207LP2900X": "Pain Medicine (Anesthesiology) Physician",
  "208VP0000X": "Pain Medicine Physician",
  "208VP0014X": "Interventional Pain Medicine Physician",
} as const satisfies Record<string, string>;

export type TNppesTaxonomyCode = keyof typeof NPPES_TAXONOMIES;

/** Code -> registered-specialty display name; the importer matches a row when any slot is a key. */
export type TTaxonomySet = ReadonlyMap<string, string>;

export function defaultTaxonomySet(): TTaxonomySet {
  return new Map(Object.entries(NPPES_TAXONOMIES));
}

const CODE = /^[0-9]{3}[0-9A-Z]{6}X$/;

/**
 * The set for `--taxonomies=code,code`. Codes outside the default table are allowed (the display name
 * is then the code itself, since the NUCC table is not bundled); malformed codes are refused.
 */
export function parseTaxonomyList(list: string): TTaxonomySet {
  const codes = list
    .split(",")
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  if (codes.length === 0)
    throw new Error("--taxonomies needs at least one code, e.g. --taxonomies=2084N0400X,208100000X");
  const bad = codes.filter((c) => !CODE.test(c));
  if (bad.length > 0) {
    throw new Error(
      `--taxonomies: ${bad.join(", ")} ${bad.length === 1 ? "is not a" : "are not"} NUCC taxonomy code (10 characters ending in X, e.g. 2084N0400X).`,
    );
  }
  const known: Record<string, string> = NPPES_TAXONOMIES;
  return new Map(codes.map((c) => [c, known[c] ?? c]));
}
