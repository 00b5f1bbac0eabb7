// What a CMS file's name says about it. CMS names its files in several ways over the years:
// "Medicare_Physician_Other_Practitioners_by_Provider_and_Service_2021.csv",
// "MUP_PHY_R23_P05_V10_D21_Prov_Svc.csv" (R: release year, D: data year),
// "Medicare_Provider_Util_Payment_PUF_CY2012.txt", "DAC_NationalDownloadableFile_2024-05-01.csv".
import path from "node:path";

const FIRST_DATA_YEAR = 2012;
const LAST_PLAUSIBLE_YEAR = 2099;

/**
 * The claims' data year in a file name, or why it cannot be known. A name with two different
 * years ("..._2021_downloaded_2023.csv") is ambiguous: the caller must say (--year).
 */
export function dataYearFromName(name: string): { year: number } | { problem: string } {
  const base = path.basename(name);
  // CMS's coded names: "_D21_" is the data year (the "R23" beside it is the release).
  const coded = /(?:^|[_\W])D(\d{2})(?:[_\W]|$)/i.exec(base);
  if (coded) return { year: 2000 + Number(coded[1]) };
  const years = new Set<number>();
  for (const m of base.matchAll(/(?:^|\D)(20\d{2})(?!\d)/g)) years.add(Number(m[1]));
  const plausible = [...years].filter((y) => y >= FIRST_DATA_YEAR && y <= LAST_PLAUSIBLE_YEAR);
  if (plausible.length === 1) return { year: plausible[0]! };
  if (plausible.length > 1) return { problem: `its name has more than one year (${plausible.join(", ")})` };
  return { problem: "its name has no year" };
}

/** Whether `y` can be a data year of this dataset (2012, its first, on). */
export function isPlausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= FIRST_DATA_YEAR && y <= LAST_PLAUSIBLE_YEAR;
}

/** "YYYY-MM-DD" when the text is a real calendar date, else null. */
export function isoDate(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A full date in a file name ("2024-05-01", "20240501", "2024_05_01"), or null. */
export function dateFromName(name: string): string | null {
  const base = path.basename(name);
  for (const m of base.matchAll(/(?:^|\D)(20\d{2})([-_]?)(\d{2})\2(\d{2})(?!\d)/g)) {
    const iso = isoDate(m[1]!, m[3]!, m[4]!);
    if (iso) return iso;
  }
  return null;
}

/**
 * The field separator of a delimited file from its first line: CMS's 2012 file is tab-separated,
 * everything since is comma-separated.
 */
export function sniffDelimiter(firstBytes: Buffer): "," | "\t" {
  let end = firstBytes.indexOf(0x0a);
  if (end < 0) end = firstBytes.length;
  let tabs = 0;
  let commas = 0;
  for (let i = 0; i < end; i++) {
    if (firstBytes[i] === 0x09) tabs++;
    else if (firstBytes[i] === 0x2c) commas++;
  }
  return tabs > commas ? "\t" : ",";
}
