// Which files are current: read from the pages that list them (lib/data-update/sources.ts). The
// parsers are pure so they are tested on their own; each says in one line what it could not find,
// since a page that changed its layout is the likeliest way for this to break.
import { DataUpdateError } from "./http";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export type TRemoteFile = { url: string; name: string };
export type TNppesMonthly = TRemoteFile & { year: number; month: number };
/** start and end are the days the weekly file covers (UTC midnight), from its name. */
export type TNppesWeekly = TRemoteFile & { start: Date; end: Date };
export type TNppesIndex = { monthly: TNppesMonthly[]; weekly: TNppesWeekly[] };

const MONTHLY = /^NPPES_Data_Dissemination_([A-Za-z]+)_(\d{4})(_V2)?\.zip$/i;
const WEEKLY = /^NPPES_Data_Dissemination_(\d{6})_(\d{6})_Weekly(_V2)?\.zip$/i;

/** "110325" (MMDDYY) -> 2025-11-03, or null. */
function mmddyy(s: string): Date | null {
  const [mm, dd, yy] = [Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6))];
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return new Date(Date.UTC(2000 + yy, mm - 1, dd));
}

/**
 * The ZIPs linked from NPPES's download page. During the transition to the "V2" layout (longer
 * name fields, December 2024 on) CMS lists each release twice; the V2 copy is taken when both are
 * there. Sorted oldest first.
 */
export function parseNppesIndex(html: string, pageUrl: string): TNppesIndex {
  const monthly = new Map<string, { file: TNppesMonthly; v2: boolean }>();
  const weekly = new Map<string, { file: TNppesWeekly; v2: boolean }>();
  for (const m of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
    let url: URL;
    try {
      url = new URL(m[1]!.trim(), pageUrl);
    } catch {
      continue;
    }
    const name = decodeURIComponent(url.pathname.split("/").pop() ?? "");
    const mo = MONTHLY.exec(name);
    if (mo) {
      const month = MONTHS.indexOf(mo[1]!.toLowerCase()) + 1;
      if (month === 0) continue;
      const key = `${mo[2]}-${month}`;
      if (!monthly.get(key)?.v2)
        monthly.set(key, { file: { url: url.href, name, year: Number(mo[2]), month }, v2: Boolean(mo[3]) });
      continue;
    }
    const wk = WEEKLY.exec(name);
    if (wk) {
      const start = mmddyy(wk[1]!);
      const end = mmddyy(wk[2]!);
      const key = `${wk[1]}-${wk[2]}`;
      if (start && end && !weekly.get(key)?.v2)
        weekly.set(key, { file: { url: url.href, name, start, end }, v2: Boolean(wk[3]) });
    }
  }
  return {
    monthly: [...monthly.values()].map((e) => e.file).sort((a, b) => a.year - b.year || a.month - b.month),
    weekly: [...weekly.values()].map((e) => e.file).sort((a, b) => +a.start - +b.start || +a.end - +b.end),
  };
}

/** The newest monthly file; the update's NPPES step cannot run without one. */
export function latestMonthly(index: TNppesIndex, pageUrl: string): TNppesMonthly {
  const latest = index.monthly.at(-1);
  if (!latest)
    throw new DataUpdateError(
      `${pageUrl} links no monthly NPPES file (NPPES_Data_Dissemination_<Month>_<Year>_V2.zip): has the page changed?`,
    );
  return latest;
}

/**
 * The weekly files to apply on top of a monthly file whose data ends on `dataEnd`: those that end
 * after it, oldest first. An older weekly file would put back what the monthly file has since
 * changed.
 */
export function weekliesAfter(index: TNppesIndex, dataEnd: Date): TNppesWeekly[] {
  return index.weekly.filter((w) => +w.end > +dataEnd);
}

/**
 * The last day of data in a monthly file, from its data entry's name
 * (npidata_pfile_20050523-20251109.csv -> 2025-11-09), or null.
 */
export function dataEndFromEntryName(entry: string): Date | null {
  const m = /npidata_pfile_\d{8}-(\d{4})(\d{2})(\d{2})\.csv$/i.exec(entry);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

type TJson = Record<string, unknown>;
const isObject = (x: unknown): x is TJson => typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === "string" ? x : undefined);

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "") || "download";
  } catch {
    return "download";
  }
}

const isCsv = (d: TJson, url: string) =>
  /csv/i.test(str(d.mediaType) ?? "") ||
  /csv/i.test(str(d.format) ?? "") ||
  /\.csv$/i.test(new URL(url).pathname);

/** modified: the catalog's date of this distribution, when it gives one. */
export type TClaimsFile = TRemoteFile & { year: number; modified?: string };

/** The data year of a catalog distribution: its temporal range's end ("2022-01-01/2022-12-31"), else its title's date. */
function distributionYear(d: TJson): number | null {
  const temporal = str(d.temporal);
  const fromTemporal = temporal && /(\d{4})-\d{2}-\d{2}\s*$/.exec(temporal);
  if (fromTemporal) return Number(fromTemporal[1]);
  const fromTitle = /:\s*(\d{4})-\d{2}-\d{2}\s*$/.exec(str(d.title) ?? "");
  return fromTitle ? Number(fromTitle[1]) : null;
}

/** The latest year's CSV of the dataset titled `title` in a DCAT-US catalog (data.cms.gov/data.json). */
export function latestClaimsFile(catalog: unknown, title: string, catalogUrl: string): TClaimsFile {
  const datasets = isObject(catalog) && Array.isArray(catalog.dataset) ? catalog.dataset : null;
  if (!datasets) throw new DataUpdateError(`${catalogUrl} is not a DCAT catalog (no "dataset" list).`);
  const wanted = title.trim().toLowerCase();
  const dataset = datasets.find((d) => isObject(d) && str(d.title)?.trim().toLowerCase() === wanted);
  if (!isObject(dataset)) throw new DataUpdateError(`${catalogUrl} lists no dataset titled "${title}".`);
  let best: TClaimsFile | null = null;
  for (const d of Array.isArray(dataset.distribution) ? dataset.distribution : []) {
    if (!isObject(d)) continue;
    const url = str(d.downloadURL);
    if (!url || !URL.canParse(url) || !isCsv(d, url)) continue;
    const year = distributionYear(d);
    if (year !== null && (!best || year > best.year))
      best = { url, name: fileName(url), year, modified: str(d.modified) ?? str(dataset.modified) };
  }
  if (!best) throw new DataUpdateError(`"${title}" in ${catalogUrl} has no CSV download with a data year.`);
  return best;
}

/**
 * The current CSV of a Provider Data Catalog dataset from its metastore item. With
 * `?show-reference-ids` each distribution is `{ identifier, data: { downloadURL } }`, without it
 * `{ downloadURL }`: both are read.
 */
export function currentCliniciansFile(
  metadata: unknown,
  metadataUrl: string,
): TRemoteFile & { modified?: string } {
  const distributions =
    isObject(metadata) && Array.isArray(metadata.distribution) ? metadata.distribution : [];
  for (const raw of distributions) {
    const d = isObject(raw) && isObject(raw.data) ? raw.data : raw;
    if (!isObject(d)) continue;
    const url = str(d.downloadURL);
    if (url && URL.canParse(url) && isCsv(d, url))
      return { url, name: fileName(url), modified: isObject(metadata) ? str(metadata.modified) : undefined };
  }
  throw new DataUpdateError(`${metadataUrl} lists no CSV download (distribution[].downloadURL).`);
}

/** "2026-11-20", "2026-11-20T08:00:00Z" or an HTTP date -> "2026-11-20"; else undefined. */
export function isoDay(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
