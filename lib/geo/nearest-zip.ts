import { zipTable, type TZipRow } from "./zip-table";

/**
 * The ZIP whose centroid is nearest a point (an equirectangular approximation is plenty to pick the
 * nearest of ZIP centroids a few miles apart). A scan of the bundled table: about 41,000 rows, well
 * under a millisecond; used only when a search's own place names no ZIP or city (coordinates).
 */
export function nearestZip(lat: number, lng: number): TZipRow | undefined {
  const cosLat = Math.cos((lat * Math.PI) / 180);
  let best: TZipRow | undefined;
  let bestD = Infinity;
  for (const z of zipTable().values()) {
    const dLat = z.lat - lat;
    const dLng = (z.lng - lng) * cosLat;
    const d = dLat * dLat + dLng * dLng;
    if (d < bestD) {
      bestD = d;
      best = z;
    }
  }
  return best;
}
