/** Mean Earth radius used by PostgreSQL's earthdistance extension (earth() = 6378168 m). */
export const EARTH_RADIUS_METERS = 6378168;
export const METERS_PER_MILE = 1609.344;

export type TPoint = { lat: number; lng: number };

/** Great-circle distance in miles (haversine), matching earth_distance(ll_to_earth(...)). */
export function distanceMiles(a: TPoint, b: TPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return (2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)))) / METERS_PER_MILE;
}
