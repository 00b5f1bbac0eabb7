"use client";

import type { FeatureCollection } from "geojson";
import type L from "leaflet";
import { useEffect, useState } from "react";
import { GeoJSON } from "react-leaflet";

// The maps' tile server and the bundled basemap drawn under it (the results map and each practice's
// small map). The tile settings are read here, not in lib/env.ts (server-only): Next inlines
// NEXT_PUBLIC_ variables into client code at build time. next.config.js derives the CSP img-src from
// the same variable. "none" turns tiles off and leaves the offline basemap (for machines without
// internet, and for tests).
export const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
export const TILE_ATTRIBUTION =
  process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const BASEMAP_URL = "/basemap/us-states.geojson";
const BASEMAP_STYLE: L.PathOptions = { fillColor: "#e6e9e8", fillOpacity: 1, color: "#ffffff", weight: 1.2 };

let basemapRequest: Promise<FeatureCollection> | null = null;

/** One request per page load, however many maps it has and however often they remount. */
function loadBasemap(): Promise<FeatureCollection> {
  basemapRequest ??= fetch(BASEMAP_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${BASEMAP_URL}: HTTP ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    })
    .catch((error: unknown) => {
      basemapRequest = null; // let the next mount try again
      throw error;
    });
  return basemapRequest;
}

/** US state outlines (public/basemap, from us-atlas), so a map says something when tiles cannot load. */
export function OfflineBasemap({ attribution }: { attribution?: string }) {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (collection) => {
        if (live) setData(collection);
      },
      // Without the outlines the map still works wherever the tiles do; nothing else to show.
      (error: unknown) => console.warn("Offline basemap not loaded", error),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!data) return null;
  return <GeoJSON data={data} style={BASEMAP_STYLE} interactive={false} attribution={attribution} />;
}
