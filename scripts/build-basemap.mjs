// Builds public/basemap/us-states.geojson, the offline basemap the results map draws beneath its tiles
// so the map still shows where results are when the tile server cannot be reached.
// Source: us-atlas (ISC), the US Census Bureau's cartographic state boundaries, already simplified.
// Usage: node scripts/build-basemap.mjs   (the output is checked in; rerun only to change it)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "node_modules/us-atlas/states-10m.json");
const target = path.join(root, "public/basemap/us-states.geojson");

// 3 decimals is about 100 m: finer than the source's simplification, so nothing visible is lost.
const DECIMALS = 3;
const factor = 10 ** DECIMALS;
const round = (n) => Math.round(n * factor) / factor;

const ALASKA_FIPS = "02";

/** Rounds a ring, drops the consecutive duplicates rounding creates, and returns null if it collapsed. */
function cleanRing(ring, shiftEast) {
  const out = [];
  for (const [lng, lat] of ring) {
    // Alaska's western Aleutians lie east of the antimeridian; moving them to -180..-190 keeps Alaska
    // in one piece on a Web Mercator map instead of a sliver at the far right edge.
    const point = [round(shiftEast && lng > 0 ? lng - 360 : lng), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  // A closed ring needs at least 4 positions (first = last).
  return out.length >= 4 ? out : null;
}

function cleanPolygon(rings, shiftEast) {
  const cleaned = rings.map((ring) => cleanRing(ring, shiftEast));
  // Without its outer ring a polygon is gone; a collapsed hole is just dropped.
  if (!cleaned[0]) return null;
  return cleaned.filter(Boolean);
}

function cleanGeometry(geometry, shiftEast) {
  if (geometry.type === "Polygon") {
    const polygon = cleanPolygon(geometry.coordinates, shiftEast);
    return polygon ? { type: "Polygon", coordinates: polygon } : null;
  }
  if (geometry.type === "MultiPolygon") {
    const polygons = geometry.coordinates.map((p) => cleanPolygon(p, shiftEast)).filter(Boolean);
    if (polygons.length === 0) return null;
    return polygons.length === 1
      ? { type: "Polygon", coordinates: polygons[0] }
      : { type: "MultiPolygon", coordinates: polygons };
  }
  throw new Error(`Unexpected geometry type ${geometry.type}`);
}

const topology = JSON.parse(readFileSync(source, "utf8"));
const states = feature(topology, topology.objects.states);

const features = states.features
  .map((f) => {
    const id = String(f.id);
    const geometry = cleanGeometry(f.geometry, id === ALASKA_FIPS);
    return geometry ? { type: "Feature", id, properties: { name: f.properties.name }, geometry } : null;
  })
  .filter(Boolean)
  .sort((a, b) => a.id.localeCompare(b.id));

const collection = { type: "FeatureCollection", features };
const json = JSON.stringify(collection);

mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, json + "\n");
console.log(
  `Wrote ${path.relative(root, target)}: ${features.length} states and territories, ${json.length} bytes`,
);
