"use client";

// Leaflet touches `window` when imported: load this module only through ResultsMapLoader (ssr: false).
// Its stylesheets are imported here rather than in the root layout so only pages with a map load them.
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";

import L from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { formatNumber } from "@/lib/i18n/format";
import { Circle, MapContainer, Pane, ScaleControl, TileLayer, useMap, ZoomControl } from "react-leaflet";
import { MapNote } from "./map-note";
import { OfflineBasemap, TILE_ATTRIBUTION, TILE_URL } from "./offline-basemap";
import { ResultsLayer, type TLayerTexts } from "./results-layer";
import styles from "./results-map.module.css";
import type { TMapResult, TResultsMapProps } from "./types";

const METERS_PER_MILE = 1609.344;
const STREET_MAX_ZOOM = 18;
/**
 * Without tiles only the bundled state outlines draw, and past this zoom a view can fall inside one
 * state: a grey square with a dot (issue 18). At zoom 6 the map shows about 12° of longitude on a
 * desktop (900 km), which holds a state border or coast almost anywhere in the country, so the map
 * stops there. County outlines would allow more but weigh megabytes more than the state file.
 */
export const OFFLINE_MAX_ZOOM = 6;
const FIT_OPTIONS: L.FitBoundsOptions = { padding: [32, 32], maxZoom: 13 };
const OFFLINE_FIT_OPTIONS: L.FitBoundsOptions = { ...FIT_OPTIONS, maxZoom: OFFLINE_MAX_ZOOM };
/** Tiles count as unavailable once this many failed before any loaded (one missing tile is not an outage). */
const TILE_ERRORS_BEFORE_OFFLINE = 3;

const RADIUS_STYLE: L.PathOptions = {
  color: "#0f5f73",
  weight: 1.5,
  opacity: 0.55,
  dashArray: "6 6",
  fillColor: "#0f5f73",
  fillOpacity: 0.04,
};

/** The results' extent, or the search circle's when there are none. */
function boundsFor(
  results: TMapResult[],
  lat: number,
  lng: number,
  radiusMiles: number | null,
): L.LatLngBounds {
  // Without a place, the contiguous states (about 2,800 miles across).
  if (results.length === 0) return L.latLng(lat, lng).toBounds(2 * (radiusMiles ?? 1400) * METERS_PER_MILE);
  return L.latLngBounds(results.map((r): L.LatLngTuple => [r.latitude, r.longitude]));
}

export function ResultsMap({
  results,
  center,
  radiusMiles,
  highlightedId,
  selectedId = null,
  onSelect,
  boardWords,
  listingLabels,
}: TResultsMapProps) {
  const noteId = useId();
  const t = useTranslations("searchClient.map");
  const locale = useLocale();
  // The markers' and popups' words, made once per language (the layer is plain Leaflet, not React).
  const texts = useMemo<TLayerTexts>(() => {
    const miles = (n: number) =>
      formatNumber(n, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const specialty = (s: string) =>
      boardWords
        ? s
            .split(" · ")
            .map((w) => boardWords[w] ?? w)
            .join(" · ")
        : s;
    return {
      registered: (s) => t("registered", { specialty: s }),
      board: (s) => t("board", { specialty: specialty(s) }),
      verified: t("verified"),
      reported: t("reported"),
      away: (d) => t("away", { distance: miles(d) }),
      view: t("view"),
      viewLabel: (name) => t("viewLabel", { name }),
      cluster: (count) => t("cluster", { count: formatNumber(count, locale) }),
      marker: (name, d) => t("marker", { name, distance: miles(d) }),
      closePopup: t("closePopup"),
      demo: listingLabels.demo,
      unclaimed: listingLabels.unclaimed,
    };
  }, [t, locale, boardWords, listingLabels.demo, listingLabels.unclaimed]);
  // MapContainer reads its bounds once; FitToResults follows later changes.
  const [initialBounds] = useState(() => boundsFor(results, center.lat, center.lng, radiusMiles));
  const [offline, setOffline] = useState(TILE_URL === "none");
  const tiles = useRef({ loaded: 0, failed: 0 });
  const fit = offline ? OFFLINE_FIT_OPTIONS : FIT_OPTIONS;
  const count = results.length;
  return (
    <section
      className={styles.region}
      aria-label={t("region", { count, countText: formatNumber(count, locale) })}
    >
      <MapContainer
        zoomControl={false}
        className={styles.map}
        bounds={initialBounds}
        boundsOptions={fit}
        minZoom={2}
        maxZoom={offline ? OFFLINE_MAX_ZOOM : STREET_MAX_ZOOM}
      >
        {/* Below the tiles (tilePane is 200): invisible once tiles load, the whole map when they cannot. */}
        <Pane name="basemap" style={{ zIndex: 150 }}>
          <OfflineBasemap attribution={t("basemap")} />
        </Pane>
        {offline ? null : (
          <TileLayer
            url={TILE_URL}
            attribution={TILE_ATTRIBUTION}
            maxZoom={STREET_MAX_ZOOM}
            eventHandlers={{
              tileload: () => {
                tiles.current.loaded++;
              },
              tileerror: () => {
                tiles.current.failed++;
                if (tiles.current.loaded === 0 && tiles.current.failed >= TILE_ERRORS_BEFORE_OFFLINE)
                  setOffline(true);
              },
            }}
          />
        )}
        <ZoomCap maxZoom={offline ? OFFLINE_MAX_ZOOM : STREET_MAX_ZOOM} />
        {radiusMiles === null ? null : (
          <Circle
            center={center}
            radius={radiusMiles * METERS_PER_MILE}
            pathOptions={RADIUS_STYLE}
            interactive={false}
          />
        )}
        <ResultMarkers
          texts={texts}
          results={results}
          highlightedId={highlightedId}
          selectedId={selectedId}
          onSelect={onSelect}
        />
        <FitToResults
          results={results}
          lat={center.lat}
          lng={center.lng}
          radiusMiles={radiusMiles}
          fit={fit}
        />
        <ZoomControl zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />
        <MapContainerSetup noteId={noteId} label={t("label")} leafletTitle={t("leaflet")} />
        <ScaleControl position="bottomleft" />
      </MapContainer>
      <MapNote id={noteId} />
      {offline ? <p className={styles.note}>{t("offline")}</p> : null}
    </section>
  );
}

type TResultMarkersProps = Pick<TResultsMapProps, "results" | "highlightedId" | "onSelect"> & {
  selectedId: number | null;
  texts: TLayerTexts;
};

function ResultMarkers({ results, highlightedId, selectedId, onSelect, texts }: TResultMarkersProps) {
  const map = useMap();
  const layerRef = useRef<ResultsLayer | null>(null);
  // Parents usually pass a new onSelect each render; reading it through a ref keeps a hover in the list
  // from rebuilding 5,000 markers.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });

  // A result chosen ("Show on map") before the map had its points (they load once the map is
  // wanted): revealed as soon as a layer with it is built.
  const unrevealed = useRef<number | null>(null);

  // Rebuilt only when the results array changes (the page must keep it referentially stable).
  useEffect(() => {
    const layer = new ResultsLayer(results, (id) => onSelectRef.current(id), texts);
    layer.addTo(map);
    layerRef.current = layer;
    if (unrevealed.current !== null && layer.reveal(unrevealed.current)) unrevealed.current = null;
    return () => {
      layer.remove();
      layerRef.current = null;
    };
  }, [map, results, texts]);

  useEffect(() => {
    layerRef.current?.setActive(highlightedId, selectedId);
  }, [highlightedId, selectedId, results]);

  useEffect(() => {
    unrevealed.current = selectedId !== null && !layerRef.current?.reveal(selectedId) ? selectedId : null;
  }, [selectedId]);

  return null;
}

function isShown(container: HTMLElement): boolean {
  return container.clientWidth > 0 && container.clientHeight > 0;
}

type TFitProps = {
  results: TMapResult[];
  lat: number;
  lng: number;
  radiusMiles: number | null;
  fit: L.FitBoundsOptions;
};

/** Applies the zoom limit when tiles turn out to be unavailable (and zooms out if past it). */
function ZoomCap({ maxZoom }: { maxZoom: number }) {
  const map = useMap();
  useEffect(() => {
    map.setMaxZoom(maxZoom);
    if (map.getZoom() > maxZoom) map.setZoom(maxZoom, { animate: false });
  }, [map, maxZoom]);
  return null;
}

/**
 * Fits the map to the results whenever they change, and keeps Leaflet's idea of its size in step with
 * the layout, which Leaflet only measures on window resize.
 */
function FitToResults({ results, lat, lng, radiusMiles, fit }: TFitProps) {
  const map = useMap();
  const boundsRef = useRef<L.LatLngBounds | null>(null);
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  });

  useEffect(() => {
    const bounds = boundsFor(results, lat, lng, radiusMiles);
    boundsRef.current = bounds;
    // A hidden map (display: none, e.g. the list view on a phone) would fit a 0×0 box; the observer
    // below fits it when it shows.
    if (isShown(map.getContainer())) map.fitBounds(bounds, fit);
  }, [map, results, lat, lng, radiusMiles, fit]);

  useEffect(() => {
    const container = map.getContainer();
    let hidden = !isShown(container);
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
      const shown = isShown(container);
      if (hidden && shown && boundsRef.current) map.fitBounds(boundsRef.current, fitRef.current);
      hidden = !shown;
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map]);

  return null;
}

/** Names the focusable map element, points it at the note under the map, and words Leaflet's own link in the page's language. */
function MapContainerSetup({
  noteId,
  label,
  leafletTitle,
}: {
  noteId: string;
  label: string;
  leafletTitle: string;
}) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    // Leaflet makes the container focusable (arrow keys pan); a focusable element needs a role and a name.
    container.setAttribute("role", "group");
    container.setAttribute("aria-label", label);
    container.setAttribute("aria-describedby", noteId);
    const prefix = map.attributionControl?.options.prefix;
    if (typeof prefix === "string")
      map.attributionControl.setPrefix(
        prefix.replace(/title="[^"]*"/, `title="${leafletTitle.replace(/[&<>"]/g, "")}"`),
      );
  }, [map, noteId, label, leafletTitle]);
  return null;
}
