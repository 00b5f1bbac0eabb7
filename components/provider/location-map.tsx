"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useRef, type Ref } from "react";
import { useWanted } from "@/components/map/use-wanted";
import styles from "./location-map.module.css";
import type { TLocationMapProps } from "./location-map-view";

/** The same box as the map, so the page does not move when Leaflet arrives. */
function Placeholder({ failed, ref }: { failed: boolean; ref?: Ref<HTMLDivElement> }) {
  const t = useTranslations("profileForms.map");
  return (
    <div className={`${styles.map} ${styles.placeholder}`} ref={ref}>
      {failed ? t("failed") : t("loading")}
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
 * bundled state outlines when map tiles cannot load. Leaflet loads once the map is on screen and the
 * browser idle (useWanted), not while the page becomes interactive.
 */
export function LocationMap(props: TLocationMapProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const wanted = useWanted(placeholder);
  return wanted ? <LocationMapView {...props} /> : <Placeholder failed={false} ref={placeholder} />;
}
