"use client";

// Loaded only through LocationMap (ssr: false). Leaflet's stylesheet comes with this chunk.
import "leaflet/dist/leaflet.css";

import type { FeatureCollection } from "geojson";
import type L from "leaflet";
import { useEffect, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Pane, TileLayer, useMap } from "react-leaflet";
import styles from "./location-map.module.css";

export type TLocationMapProps = { latitude: number; longitude: number; label: string };

// Same variables as the results map (components/map/results-map.tsx): inlined at build time; "none"
// turns tiles off and leaves the offline basemap.
const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
// The credit is plain text outside Leaflet (no link inside the role="img" box); markup in the variable is dropped.
const TILE_CREDIT = (process.env.NEXT_PUBLIC_TILE_ATTRIBUTION || "&copy; OpenStreetMap contributors")
  .replace(/<[^>]*>/g, "")
  .replace(/&copy;/g, "©");
const BASEMAP_URL = "/basemap/us-states.geojson";
/** Street level when tiles load; state level when only the offline outlines can give context. */
const STREET_ZOOM = 13;
const OFFLINE_ZOOM = 5;

const BASEMAP_STYLE: L.PathOptions = { fillColor: "#e6e9e8", fillOpacity: 1, color: "#ffffff", weight: 1.2 };
const PIN_STYLE: L.PathOptions = { color: "#ffffff", weight: 2.5, fillColor: "#0f5f73", fillOpacity: 1 };

let basemapRequest: Promise<FeatureCollection> | null = null;

/** One request per page however many location maps it has. */
function loadBasemap(): Promise<FeatureCollection> {
  basemapRequest ??= fetch(BASEMAP_URL)
    .then((r) =>
      r.ok ? (r.json() as Promise<FeatureCollection>) : Promise.reject(new Error(`HTTP ${r.status}`)),
    )
    .catch((e: unknown) => {
      basemapRequest = null;
      throw e;
    });
  return basemapRequest;
}

function OfflineBasemap() {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (c) => {
        if (live) setData(c);
      },
      (e: unknown) => console.warn("Offline basemap not loaded", e),
    );
    return () => {
      live = false;
    };
  }, []);
  return data ? <GeoJSON data={data} style={BASEMAP_STYLE} interactive={false} /> : null;
}

/** Zooms out to the regional view once tiles fail: a dot in a grey square would say nothing. */
function FollowZoom({ zoom }: { zoom: number }) {
  const map = useMap();
  useEffect(() => {
    map.setZoom(zoom, { animate: false });
  }, [map, zoom]);
  return null;
}

export function LocationMapView({ latitude, longitude, label }: TLocationMapProps) {
  const [offline, setOffline] = useState(TILE_URL === "none");
  const center: L.LatLngTuple = [latitude, longitude];
  const zoom = offline ? OFFLINE_ZOOM : STREET_ZOOM;
  return (
    <div className={styles.frame} data-offline={offline || undefined}>
      {/* role="img" with a name: the map is a picture of where the practice is; nothing inside is focusable. */}
      <div role="img" aria-label={`Map: ${label}`}>
        <MapContainer
          className={styles.map}
          center={center}
          zoom={zoom}
          dragging={false}
          touchZoom={false}
          doubleClickZoom={false}
          scrollWheelZoom={false}
          boxZoom={false}
          keyboard={false}
          zoomControl={false}
          attributionControl={false}
        >
          <Pane name="basemap" style={{ zIndex: 150 }}>
            <OfflineBasemap />
          </Pane>
          {offline ? null : (
            <TileLayer url={TILE_URL} maxZoom={18} eventHandlers={{ tileerror: () => setOffline(true) }} />
          )}
          <CircleMarker center={center} radius={8} pathOptions={PIN_STYLE} interactive={false} />
          <FollowZoom zoom={zoom} />
        </MapContainer>
      </div>
      <p className={styles.credit}>{offline ? "State outlines: US Census Bureau" : TILE_CREDIT}</p>
    </div>
  );
}
