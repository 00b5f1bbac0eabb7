"use client";

// Loaded only through LocationMap (ssr: false). Leaflet's stylesheet comes with this chunk.
import "leaflet/dist/leaflet.css";

import type L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { CircleMarker, MapContainer, Pane, TileLayer, useMap } from "react-leaflet";
import { OfflineBasemap, TILE_ATTRIBUTION, TILE_URL } from "@/components/map/offline-basemap";
import styles from "./location-map.module.css";

export type TLocationMapProps = { latitude: number; longitude: number; label: string };

// The credit is plain text outside Leaflet (no link inside the role="img" box); markup is dropped.
const TILE_CREDIT = TILE_ATTRIBUTION.replace(/<[^>]*>/g, "").replace(/&copy;/g, "©");
/** Street level when tiles load; state level when only the offline outlines can give context. */
const STREET_ZOOM = 13;
const OFFLINE_ZOOM = 5;

const PIN_STYLE: L.PathOptions = { color: "#ffffff", weight: 2.5, fillColor: "#0f5f73", fillOpacity: 1 };

/** Zooms out to the regional view once tiles fail: a dot in a grey square would say nothing. */
function FollowZoom({ zoom }: { zoom: number }) {
  const map = useMap();
  useEffect(() => {
    map.setZoom(zoom, { animate: false });
  }, [map, zoom]);
  return null;
}

export function LocationMapView({ latitude, longitude, label }: TLocationMapProps) {
  const t = useTranslations("profileForms.map");
  const [offline, setOffline] = useState(TILE_URL === "none");
  const center: L.LatLngTuple = [latitude, longitude];
  const zoom = offline ? OFFLINE_ZOOM : STREET_ZOOM;
  return (
    <div className={styles.frame} data-offline={offline || undefined}>
      {/* role="img" with a name: the map is a picture of where the practice is; nothing inside is focusable. */}
      <div role="img" aria-label={t("label", { label })}>
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
      <p className={styles.credit}>{offline ? t("outlines") : TILE_CREDIT}</p>
    </div>
  );
}
