import { createRequire } from "node:module";

// ZIP centroids from the `zipcodes` package (BSD, 42k US ZIPs with city and state). Military
// APO/FPO/DPO ZIPs (states AA, AE, AP) are unknown: they carry 0,0 or a point overseas, never a
// place to search near. Any other 0,0 row is unknown too, never a point in the ocean.
export type TZipRow = { zip: string; lat: number; lng: number; city: string; state: string };

type TRawCode = { zip: string; latitude: number; longitude: number; city: string; state: string; country: string };

const MILITARY_STATES = new Set(["AA", "AE", "AP"]);

let table: Map<string, TZipRow> | undefined;

function load(): Map<string, TZipRow> {
  const require = createRequire(import.meta.url);
  const { codes } = require("zipcodes/lib/codes.js") as { codes: Record<string, TRawCode> };
  const map = new Map<string, TZipRow>();
  for (const c of Object.values(codes)) {
    if (c.country !== "US" || !/^\d{5}$/.test(c.zip) || MILITARY_STATES.has(c.state)) continue;
    const lat = Number(c.latitude);
    const lng = Number(c.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || (lat === 0 && lng === 0)) continue;
    map.set(c.zip, { zip: c.zip, lat, lng, city: c.city, state: c.state });
  }
  return map;
}

export function zipTable(): Map<string, TZipRow> {
  table ??= load();
  return table;
}

/** The centroid of a 5-digit ZIP (or the first five digits of a ZIP+4), or undefined if unknown. */
export function lookupZip(zip: string): TZipRow | undefined {
  return zipTable().get(zip.slice(0, 5));
}
