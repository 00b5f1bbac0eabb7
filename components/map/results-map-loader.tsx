"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { MapNote } from "./map-note";
import styles from "./results-map.module.css";
import type { TResultsMapProps } from "./types";

/** Same size as the map and its note, so nothing below moves when the map arrives. */
function MapPlaceholder({ failed }: { failed: boolean }) {
  const t = useTranslations("searchClient.map");
  return (
    <div className={styles.region}>
      <div className={`${styles.map} ${styles.placeholder}`} role="status">
        {failed ? t("failed") : t("loading")}
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

/**
 * The results map for pages: a sized placeholder on the server and until the map is `wanted` (the
 * page decides with useWanted on the map's pane: on screen and the browser idle, so after the list
 * is interactive; the same moment the page fetches the map's points).
 */
export function ResultsMapLoader({ wanted, ...props }: TResultsMapProps & { wanted: boolean }) {
  return wanted ? <ResultsMap {...props} /> : <MapPlaceholder failed={false} />;
}
