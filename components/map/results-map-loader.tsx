"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type Ref } from "react";
import { MapNote } from "./map-note";
import styles from "./results-map.module.css";
import type { TResultsMapProps } from "./types";

/** Same size as the map and its note, so nothing below moves when the map arrives. */
function MapPlaceholder({ failed, ref }: { failed: boolean; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className={styles.region} ref={ref}>
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

type TIdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * The results map for pages: a sized placeholder on the server and until the map is wanted. Leaflet
 * and its clustering (about 60 kB of script, a long task to start) load only once the list is
 * interactive: when the placeholder is on screen (on a phone, when the map view is chosen; the
 * hidden pane never intersects) and the browser is idle (issue 15).
 */
export function ResultsMapLoader(props: TResultsMapProps) {
  const [wanted, setWanted] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = placeholder.current;
    if (wanted || !el) return;
    const w = window as TIdleWindow;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => setWanted(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        if (w.requestIdleCallback) idle = w.requestIdleCallback(load, { timeout: 1500 });
        else timer = setTimeout(load, 200);
      },
      { rootMargin: "200px" },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (idle !== undefined) w.cancelIdleCallback?.(idle);
      if (timer) clearTimeout(timer);
    };
  }, [wanted]);
  return wanted ? <ResultsMap {...props} /> : <MapPlaceholder failed={false} ref={placeholder} />;
}
