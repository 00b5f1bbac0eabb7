// NPPES "Provider Credential Text" is free text ("M.D.", "MD, PHD", "M.D.FAAPMR", "PH. D.", "MEDICAL
// DOCTOR"). The directory shows degrees after the name ("Jane Doe, MD"), so known degrees are
// recognised and written the usual way; fellowships (FAAPMR, FACS: society memberships, not degrees),
// business forms (PC, LLC) and stray digits are dropped; a part that is not recognised is kept as
// cleaned upper-case text rather than guessed at.

const DEGREES: Record<string, string> = {
  MD: "MD",
  DO: "DO",
  PHD: "PhD",
  MPH: "MPH",
  MBA: "MBA",
  MS: "MS",
  MSC: "MSc",
  MA: "MA",
  JD: "JD",
  MBBS: "MBBS",
  MBCHB: "MBChB",
  MBBCH: "MBBCh",
  DMD: "DMD",
  DDS: "DDS",
  DPM: "DPM",
  DC: "DC",
  OD: "OD",
  DPT: "DPT",
  PT: "PT",
  PHARMD: "PharmD",
  PSYD: "PsyD",
  EDD: "EdD",
  DRPH: "DrPH",
  DNP: "DNP",
  NP: "NP",
  FNP: "FNP",
  "FNP-C": "FNP-C",
  "FNP-BC": "FNP-BC",
  APRN: "APRN",
  RN: "RN",
  CRNA: "CRNA",
  CRNP: "CRNP",
  PA: "PA",
  "PA-C": "PA-C",
  PAC: "PA-C",
  MSN: "MSN",
  MSW: "MSW",
  LCSW: "LCSW",
  LICSW: "LICSW",
  VMD: "VMD",
  MMM: "MMM",
  MHA: "MHA",
  MHS: "MHS",
  MED: "MEd",
  MSCI: "MSCI",
  MPHIL: "MPhil",
  AUD: "AuD",
  OTR: "OTR",
  RPH: "RPh",
  BS: "BS",
  BA: "BA",
  BSN: "BSN",
  MSPT: "MSPT",
  DSC: "DSc",
  SCD: "ScD",
  MHSA: "MHSA",
};

const PHRASES: Record<string, string> = {
  "MEDICAL DOCTOR": "MD",
  "DOCTOR OF MEDICINE": "MD",
  "DOCTOR OF OSTEOPATHY": "DO",
  "DOCTOR OF OSTEOPATHIC MEDICINE": "DO",
  "PHYSICIAN ASSISTANT": "PA",
  "PHYSICAN ASSISTANT": "PA",
};

const DROPPED = new Set(["PC", "LLC", "PLLC", "INC", "PA.", "LTD"]);
const KEYS_LONGEST_FIRST = Object.keys(DEGREES).sort((a, b) => b.length - a.length);

/** Reads `run` (dots and spaces removed) as a sequence of known degrees; null when it is not one. */
function parseRun(run: string): string[] | null {
  if (run === "") return [];
  if (/^\d+$/.test(run) || /^FA[A-Z]{2,}$/.test(run) || DROPPED.has(run)) return [];
  for (const key of KEYS_LONGEST_FIRST) {
    if (!run.startsWith(key)) continue;
    const rest = parseRun(run.slice(key.length));
    if (rest) return [DEGREES[key]!, ...rest];
  }
  return null;
}

/** The degrees in one comma-separated part, or null when it is not made of known degrees. */
function parsePart(part: string): string[] | null {
  const phrase = PHRASES[part.replace(/\./g, "")];
  if (phrase) return [phrase];
  const words = part.replace(/\./g, " ").trim().split(/\s+/);
  for (const candidate of [words.join(""), words.join("").replace(/-/g, "")]) {
    const all = parseRun(candidate);
    if (all) return all;
  }
  // Word by word: "MD PC", "MD  JD".
  const each = words.map((w) => parseRun(w) ?? parseRun(w.replace(/-/g, "")));
  return each.every((x) => x !== null) ? each.flat() : null;
}

/** "M.D." -> "MD"; "MD, PHD" -> "MD, PhD"; "M.D.FAAPMR" -> "MD"; unknown text -> cleaned upper case. */
export function cleanCredential(raw: string): string {
  const text = raw.toUpperCase().replace(/\s+/g, " ").trim();
  if (text === "") return "";
  const out: string[] = [];
  for (const part of text.split(/[,;/&>]+/)) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const degrees = parsePart(trimmed);
    const items = degrees ?? [
      trimmed
        .replace(/\.(?=\S)/g, "")
        .replace(/\.$/, "")
        .replace(/\s*\.\s*/g, " ")
        .trim(),
    ];
    for (const d of items) if (d !== "" && !out.includes(d)) out.push(d);
  }
  return out.join(", ");
}
