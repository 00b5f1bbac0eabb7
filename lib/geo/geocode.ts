import { distanceMiles } from "./distance";
import { lookupZip } from "./zip-table";

export type TGeoPoint = { latitude: number; longitude: number; geoSource: "zip-centroid" | "geocoder" };
export type TAddress = { street1: string; city: string; state: string; zip: string };

export type TGeocodeOptions = {
  /** GEOCODER_URL; without it the bundled ZIP centroid is the answer (offline, and in tests). */
  geocoderUrl?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
};

/** A geocoder answer farther than this from the ZIP's centroid matched some other place. */
const MAX_MILES_FROM_ZIP = 60;

/**
 * Coordinates of a practice address: the ZIP centroid (lib/geo/zip-table.ts), refined by an external
 * geocoder when one is configured. The geocoder is an improvement, never a dependency: any failure
 * (timeout, HTTP error, odd answer, a point far from the ZIP) falls back to the centroid. Returns
 * null only when the ZIP itself is unknown, so a caller can ask the user to check it.
 */
export async function geocodeAddress(
  address: TAddress,
  opts: TGeocodeOptions = {},
): Promise<TGeoPoint | null> {
  const zip = lookupZip(address.zip);
  if (!zip) return null;
  const centroid: TGeoPoint = { latitude: zip.lat, longitude: zip.lng, geoSource: "zip-centroid" };
  if (!opts.geocoderUrl) return centroid;
  try {
    const point = await queryGeocoder(
      opts.geocoderUrl,
      address,
      opts.timeoutMs ?? 3000,
      opts.fetchImpl ?? fetch,
    );
    if (!point) return centroid;
    if (
      distanceMiles({ lat: point.lat, lng: point.lng }, { lat: zip.lat, lng: zip.lng }) > MAX_MILES_FROM_ZIP
    )
      return centroid;
    return { latitude: point.lat, longitude: point.lng, geoSource: "geocoder" };
  } catch {
    return centroid;
  }
}

/**
 * GET <GEOCODER_URL>?street=&city=&state=&zip= and read the first match. Two answer shapes are
 * understood: the US Census Bureau geocoder's (`result.addressMatches[0].coordinates.{x,y}`, e.g.
 * GEOCODER_URL=https://geocoding.geo.census.gov/geocoder/locations/address?benchmark=Public_AR_Current&format=json)
 * and a plain `{ "lat": .., "lng": .. }` / `{ "latitude": .., "longitude": .. }` for a self-hosted one.
 */
async function queryGeocoder(
  base: string,
  a: TAddress,
  timeoutMs: number,
  fetchImpl: typeof fetch,
): Promise<{ lat: number; lng: number } | null> {
  const url = new URL(base);
  url.searchParams.set("street", a.street1);
  url.searchParams.set("city", a.city);
  url.searchParams.set("state", a.state);
  url.searchParams.set("zip", a.zip.slice(0, 5));
  const res = await fetchImpl(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: "application/json" },
  });
  if (!res.ok) return null;
  return readPoint(await res.json());
}

function readPoint(body: unknown): { lat: number; lng: number } | null {
  const b = body as Record<string, unknown> | null;
  const census = (
    b?.result as { addressMatches?: Array<{ coordinates?: { x?: unknown; y?: unknown } }> } | undefined
  )?.addressMatches?.[0]?.coordinates;
  const lat = Number(census ? census.y : (b?.lat ?? b?.latitude));
  const lng = Number(census ? census.x : (b?.lng ?? b?.lon ?? b?.longitude));
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return null;
  // 0,0 is the classic "no answer" of a broken geocoder, never a US practice.
  if (lat === 0 && lng === 0) return null;
  return { lat, lng };
}
