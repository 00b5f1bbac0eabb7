"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useRef, type Ref } from "react";
import { MapNote } from "./map-note";
import styles from "./results-map.module.css";
import { useWanted } from "./use-wanted";
import type { TResultsMapProps } from "./types";

/** Same size as the map and its note, so nothing below moves when the map arrives. */
function MapPlaceholder({ failed, ref }: { failed: boolean; ref?: Ref<HTMLDivElement> }) {
  const t = useTranslations("searchClient.map");
  return (
    <div className={styles.region} ref={ref}>
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
 * The results map for pages: a sized placeholder on the server and until the map is wanted (see
 * useWanted: on screen and the browser idle, so after the list is interactive).
 */
export function ResultsMapLoader(props: TResultsMapProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const wanted = useWanted(placeholder);
  return wanted ? <ResultsMap {...props} /> : <MapPlaceholder failed={false} ref={placeholder} />;
}
