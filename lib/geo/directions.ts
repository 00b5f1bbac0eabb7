// The "Directions" link of a practice: a URL template with {lat}, {lng} and {address}, filled in and
// URL-encoded. OpenStreetMap's directions by default (no account, no tracking by us); a deployment
// may point it elsewhere with DIRECTIONS_URL_TEMPLATE (e.g. Google Maps).

/** OpenStreetMap: directions to the practice's coordinates, the start left to the patient. */
export const DEFAULT_DIRECTIONS_TEMPLATE = "https://www.openstreetmap.org/directions?to={lat}%2C{lng}";
/** Used when a practice has no coordinates (a ZIP without a centroid): a search for its address. */
export const DEFAULT_ADDRESS_TEMPLATE = "https://www.openstreetmap.org/search?query={address}";

export type TDirectionsTarget = {
  latitude: number | null;
  longitude: number | null;
  /** One line: "12 Main St, Springfield, IL 62701". */
  address: string;
};

const coordinate = (n: number) => (Math.round(n * 1e5) / 1e5).toString();

/**
 * The directions URL for a practice, or null when the template needs coordinates the practice lacks
 * and no address template can stand in. Only https URLs come out.
 */
export function directionsUrl(target: TDirectionsTarget, template?: string | null): string | null {
  const hasPoint =
    target.latitude !== null &&
    target.longitude !== null &&
    Number.isFinite(target.latitude) &&
    Number.isFinite(target.longitude) &&
    Math.abs(target.latitude) <= 90 &&
    Math.abs(target.longitude) <= 180;
  const chosen = template?.trim() || DEFAULT_DIRECTIONS_TEMPLATE;
  const needsPoint = /\{(lat|lng)\}/.test(chosen);
  // A template that wants coordinates the practice lacks falls back to a search for its address.
  const pattern = needsPoint && !hasPoint ? DEFAULT_ADDRESS_TEMPLATE : chosen;
  if (/\{address\}/.test(pattern) && !target.address.trim()) return null;
  const url = pattern
    .replaceAll("{lat}", hasPoint ? coordinate(target.latitude!) : "")
    .replaceAll("{lng}", hasPoint ? coordinate(target.longitude!) : "")
    .replaceAll("{address}", encodeURIComponent(target.address.trim()));
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
