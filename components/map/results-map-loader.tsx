"use client";

import dynamic from "next/dynamic";
import { MapNote } from "./map-note";
import styles from "./results-map.module.css";
import type { TResultsMapProps } from "./types";

/** Same size as the map and its note, so nothing below moves when the map arrives. */
function MapPlaceholder({ failed }: { failed: boolean }) {
  return (
    <div className={styles.region}>
      <div className={`${styles.map} ${styles.placeholder}`} role="status">
        {failed ? "The map could not be loaded. The results list has every provider." : "Loading map…"}
      </div>
      <MapNote />
    </div>
  );
}

// Leaflet reads `window` as soon as it is imported, so the map is never rendered on the server.
const ResultsMap = dynamic(() => import("./results-map").then((m) => m.ResultsMap), {
  ssr: false,
  loading: ({ error }) => <MapPlaceholder failed={Boolean(error)} />,
});

/** The results map for pages: renders a sized placeholder on the server and until Leaflet has loaded. */
export function ResultsMapLoader(props: TResultsMapProps) {
  return <ResultsMap {...props} />;
}
