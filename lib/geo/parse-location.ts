import { nearestZip } from "./nearest-zip";
import { stateCode } from "./states";
import { lookupZip, zipTable } from "./zip-table";

export type TResolvedLocation = {
  kind: "zip" | "city" | "coords";
  /** What the search is "near", for headings: "02139 (Cambridge, MA)", "Springfield, IL", "42.36, -71.06". */
  label: string;
  lat: number;
  lng: number;
  /** The state of a ZIP or city (two letters); absent for coordinates. */
  state?: string;
};

export type TLocationError = {
  code: "NOT_FOUND" | "AMBIGUOUS" | "INVALID";
  message: string;
  /** For a city name found in several states: the "City, ST" choices, largest first. */
  choices?: string[];
};

export type TLocationResult = { ok: true; location: TResolvedLocation } | { ok: false; error: TLocationError };

type TCity = { name: string; state: string; lat: number; lng: number; zips: number };

let cityIndex: Map<string, TCity[]> | undefined;

/** Lower case, no punctuation, and the usual abbreviations spelled out ("St. Louis" = "Saint Louis"). */
export function normalizeCity(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^st /, "saint ")
    .replace(/^ste /, "sainte ")
    .replace(/^ft /, "fort ")
    .replace(/^mt /, "mount ");
}

/** City centroids: the mean of each city's ZIP centroids, per state (city names repeat across states). */
function cities(): Map<string, TCity[]> {
  if (cityIndex) return cityIndex;
  const acc = new Map<string, TCity>();
  for (const z of zipTable().values()) {
    const key = `${normalizeCity(z.city)}|${z.state}`;
    const c = acc.get(key);
    if (c) {
      c.lat += z.lat;
      c.lng += z.lng;
      c.zips += 1;
    } else acc.set(key, { name: z.city, state: z.state, lat: z.lat, lng: z.lng, zips: 1 });
  }
  cityIndex = new Map();
  for (const [key, c] of acc) {
    const city = { ...c, lat: c.lat / c.zips, lng: c.lng / c.zips };
    const name = key.split("|")[0]!;
    cityIndex.set(name, [...(cityIndex.get(name) ?? []), city]);
  }
  for (const list of cityIndex.values()) list.sort((a, b) => b.zips - a.zips || a.state.localeCompare(b.state));
  return cityIndex;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** "a" or "an" before a place name, by its first letter's sound ("an Evanston", "a Springfield", "a Union"). */
export function article(name: string): "a" | "an" {
  return /^[aeio]/i.test(name) || /^u(?!ni|s[aeiou]|t[aeiou])/i.test(name) ? "an" : "a";
}

function notFound(input: string): TLocationResult {
  const shown = input.length > 60 ? `${input.slice(0, 57)}...` : input;
  return {
    ok: false,
    error: { code: "NOT_FOUND", message: `We couldn't find '${shown}'. Try a 5-digit ZIP code or City, ST.` },
  };
}

/**
 * Resolves what a patient typed into a point, offline: a ZIP or ZIP+4 (bundled centroid table),
 * "City, ST" / "City ST" / "City, State", a city alone when only one state has it, or "lat,lng".
 */
export function parseLocation(raw: string): TLocationResult {
  const input = raw.trim().replace(/\s+/g, " ");
  if (!input) return { ok: false, error: { code: "INVALID", message: "Enter a ZIP code, City, ST, or use your location." } };

  const zip = /^(\d{5})(?:-?(\d{4}))?$/.exec(input);
  if (zip) {
    const row = lookupZip(zip[1]!);
    if (!row) return notFound(input);
    return { ok: true, location: { kind: "zip", label: `${zip[1]} (${row.city}, ${row.state})`, lat: row.lat, lng: row.lng, state: row.state } };
  }

  const coords = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(input);
  if (coords) {
    const lat = Number(coords[1]);
    const lng = Number(coords[2]);
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      return { ok: false, error: { code: "INVALID", message: "Latitude must be between -90 and 90, and longitude between -180 and 180." } };
    }
    // Named by the nearest ZIP's town, never by the raw coordinates (a heading, a tab title, a shared
    // page); the state is the ZIP's.
    const zip = nearestZip(lat, lng);
    const label = zip ? `${zip.city}, ${zip.state} (near ${zip.zip})` : `${round(lat)}, ${round(lng)}`;
    return { ok: true, location: { kind: "coords", label, lat, lng, ...(zip ? { state: zip.state } : {}) } };
  }
  if (/\d/.test(input) && !/[a-z]/i.test(input)) return notFound(input);

  // "City, ST", "City, State", or "City ST" (state as the last word or two).
  let cityPart = input;
  let state: string | undefined;
  const comma = input.lastIndexOf(",");
  if (comma > 0) {
    state = stateCode(input.slice(comma + 1));
    if (!state) return notFound(input);
    cityPart = input.slice(0, comma);
  } else {
    const words = input.split(" ");
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const code = stateCode(words.slice(-n).join(" "));
      if (code && cities().has(normalizeCity(words.slice(0, -n).join(" ")))) {
        state = code;
        cityPart = words.slice(0, -n).join(" ");
        break;
      }
    }
  }
  const matches = cities().get(normalizeCity(cityPart)) ?? [];
  const inState = state ? matches.filter((c) => c.state === state) : matches;
  const only = inState[0];
  if (!only) return notFound(input);
  if (inState.length > 1) {
    const choices = inState.map((c) => `${c.name}, ${c.state}`);
    return {
      ok: false,
      error: { code: "AMBIGUOUS", message: `There is ${article(only.name)} ${only.name} in ${inState.length} states. Which one do you mean?`, choices },
    };
  }
  return { ok: true, location: { kind: "city", label: `${only.name}, ${only.state}`, lat: only.lat, lng: only.lng, state: only.state } };
}
