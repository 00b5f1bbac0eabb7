// earthdistance's model of the Earth in JavaScript, for the in-memory search index (decision 0003):
// the same sphere, coordinates and chord/great-circle conversions as PostgreSQL computes them, and
// the index's 0.5° latitude/longitude grid.
import { EARTH_RADIUS_METERS } from "@/lib/geo/distance";

export const R = EARTH_RADIUS_METERS;
export const RAD = Math.PI / 180;

/** earthdistance's ll_to_earth(lat, lng): the point on the sphere, in metres, as PostgreSQL computes it. */
export function earthXyz(lat: number, lng: number): [number, number, number] {
  const la = lat * RAD;
  const lo = lng * RAD;
  return [R * Math.cos(la) * Math.cos(lo), R * Math.cos(la) * Math.sin(lo), R * Math.sin(la)];
}

/** earthdistance's gc_to_sec: the straight-line (chord) length of a great-circle distance. */
export function gcToSec(meters: number): number {
  if (meters < 0) return 0;
  if (meters / R > Math.PI) return 2 * R;
  return 2 * R * Math.sin(meters / (2 * R));
}

/** earthdistance's sec_to_gc: the great-circle distance of a chord. */
export function secToGc(chord: number): number {
  if (chord < 0) return 0;
  if (chord / (2 * R) > 1) return Math.PI * R;
  return 2 * R * Math.asin(chord / (2 * R));
}

/** The grid: cells of 0.5° by 0.5°, numbered row (latitude) by column (longitude). */
export const CELL_DEG = 0.5;
export const LAT_CELLS = 180 / CELL_DEG;
export const LNG_CELLS = 360 / CELL_DEG;
export const rowOf = (lat: number) => Math.min(LAT_CELLS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEG)));
/** Columns wrap around the antimeridian. */
export const wrapCol = (col: number) => ((col % LNG_CELLS) + LNG_CELLS) % LNG_CELLS;
export const cellOf = (lat: number, lng: number) => rowOf(lat) * LNG_CELLS + wrapCol(Math.floor((lng + 180) / CELL_DEG));

