"use client";

import dynamic from "next/dynamic";
import styles from "./location-map.module.css";
import type { TLocationMapProps } from "./location-map-view";

/** The same box as the map, so the page does not move when Leaflet arrives. */
function Placeholder({ failed }: { failed: boolean }) {
  return (
    <div className={`${styles.map} ${styles.placeholder}`}>
      {failed ? "Map not available. The address is listed beside it." : "Loading map…"}
    </div>
  );
}

// Leaflet reads `window` when imported: never rendered on the server.
const LocationMapView = dynamic(() => import("./location-map-view").then((m) => m.LocationMapView), {
  ssr: false,
  loading: ({ error }) => <Placeholder failed={Boolean(error)} />,
});

/**
 * A small, still map of one practice location: no dragging, zooming or keyboard focus (the page
 * scrolls past it on a phone, and the address next to it is the accessible version). Draws the
 * bundled state outlines when map tiles cannot load.
 */
export function LocationMap(props: TLocationMapProps) {
  return <LocationMapView {...props} />;
}
