import L from "leaflet";
// Registers L.markerClusterGroup on the global L that leaflet's UMD build sets; must follow the import above.
import "leaflet.markercluster";
import { FACT_MARKS } from "@/lib/content/fact-marks";
import styles from "./results-map.module.css";
import type { TMapResult } from "./types";

// CSS-module class names are typed string | undefined under noUncheckedIndexedAccess; a missing one
// would be a typo in this file, caught when the map looks wrong, so "" is a safe fallback.
const css = {
  marker: styles.marker ?? "",
  markerHighlighted: styles.markerHighlighted ?? "",
  cluster: styles.cluster ?? "",
  clusterLarge: styles.clusterLarge ?? "",
  clusterCount: styles.clusterCount ?? "",
  clusterHighlighted: styles.clusterHighlighted ?? "",
  popupName: styles.popupName ?? "",
  popupDistance: styles.popupDistance ?? "",
  popupDetail: styles.popupDetail ?? "",
  popupMark: styles.popupMark ?? "",
  popupLink: styles.popupLink ?? "",
  srOnly: styles.srOnly ?? "",
};

/** The map's words in the page's language (results-map.tsx makes them from its messages). */
export type TLayerTexts = {
  registered: (specialty: string) => string;
  board: (specialty: string) => string;
  verified: string;
  reported: string;
  /** Distances: one decimal everywhere on the map ("3.4"). */
  away: (miles: number) => string;
  view: string;
  viewLabel: (name: string) => string;
  cluster: (count: number) => string;
  marker: (name: string, miles: number) => string;
  /** The popup's close button (Leaflet names it in English). */
  closePopup: string;
  /** A fictional demo doctor, and a registry listing nobody has claimed. */
  demo: string;
  unclaimed: string;
};

// Shared by every marker: 5,000 results need two icon objects, not 10,000. Divs styled by CSS, because
// Leaflet's default image icon would be fetched from a CDN and Turbopack turns its import into a string.
let sharedIcons: { normal: L.DivIcon; highlighted: L.DivIcon } | undefined;

function icons() {
  sharedIcons ??= {
    normal: L.divIcon({ className: css.marker, html: "", iconSize: [20, 20], popupAnchor: [0, -10] }),
    highlighted: L.divIcon({
      className: `${css.marker} ${css.markerHighlighted}`,
      html: "",
      iconSize: [30, 30],
      popupAnchor: [0, -15],
    }),
  };
  return sharedIcons;
}

function clusterIcon(cluster: L.MarkerCluster, texts: TLayerTexts): L.DivIcon {
  const count = cluster.getChildCount();
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  const shown = count < 1000 ? String(count) : `${Math.floor(count / 1000)}k+`;
  // A cluster is a keyboard-focusable role="button" (Leaflet's marker defaults), so it needs a name:
  // the hidden text gives it one; the visible count alone would read as a bare number.
  return L.divIcon({
    html: `<span class="${css.clusterCount}" aria-hidden="true">${shown}</span><span class="${css.srOnly}">${escapeHtml(texts.cluster(count))}</span>`,
    // "map-cluster" is a stable hook for tests (module class names are hashed).
    className: `map-cluster ${css.cluster}${count >= 100 ? ` ${css.clusterLarge}` : ""}`,
    iconSize: L.point(size, size),
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only same-site paths and http(s) URLs become links: a javascript: URL in the data must not run. */
function safeHref(url: string): string {
  return /^\/(?!\/)|^https?:\/\//i.test(url) ? url : "#";
}

function popupLine(text: string, className: string): HTMLElement {
  // Not a <p>: leaflet.css gives popup paragraphs 17px margins.
  const line = document.createElement("div");
  line.className = className;
  line.textContent = text;
  return line;
}

/**
 * A marker's popup: the name, what the doctor does (board areas, or the registry's self-selected
 * specialty, never passed off as a certification), whether a moderator verified a certification,
 * the distance, the demo or registry label, and a link to the profile.
 */
function popupContent(result: TMapResult, texts: TLayerTexts): HTMLElement {
  // Built with textContent, never innerHTML: names come from provider submissions.
  const root = document.createElement("div");
  const name = document.createElement("strong");
  name.className = css.popupName;
  name.textContent = result.name;
  root.append(name);
  if (result.specialty) {
    const text =
      result.specialtyKind === "registered"
        ? texts.registered(result.specialty)
        : texts.board(result.specialty);
    root.append(popupLine(text, css.popupDetail));
  }
  if (result.specialtyKind === "board") {
    const mark = popupLine("", css.popupMark);
    const icon = document.createElement("span");
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = `${FACT_MARKS[result.boardVerified ? "verified" : "reported"].icon} `;
    mark.append(icon, result.boardVerified ? texts.verified : texts.reported);
    if (result.boardVerified) mark.dataset.verified = "true";
    root.append(mark);
  }
  if (result.distanceMiles !== null)
    root.append(popupLine(texts.away(result.distanceMiles), css.popupDistance));
  // Labelled as in the list: fictional demo data, or a registry listing nobody has confirmed.
  const label = result.isDemo ? texts.demo : result.isUnclaimedImport ? texts.unclaimed : null;
  if (label) root.append(popupLine(label, css.popupDistance));
  const link = document.createElement("a");
  link.className = css.popupLink;
  link.href = safeHref(result.profileUrl);
  link.textContent = texts.view;
  link.setAttribute("aria-label", texts.viewLabel(result.name));
  root.append(link);
  return root;
}

type TClusteredMarker = L.Marker & { __parent?: unknown };

/**
 * The markers for one set of results, clustered. Imperative Leaflet, owned by one React effect: a new
 * set of results gets a new ResultsLayer, because a chunked load still running inside the old cluster
 * group cannot be cancelled and would otherwise add stale markers after a clearLayers().
 */
export class ResultsLayer {
  private readonly group: L.MarkerClusterGroup;
  private readonly markers = new Map<number, L.Marker>();
  private readonly onSelect: (id: number) => void;
  private readonly texts: TLayerTexts;
  private map: L.Map | null = null;
  private loaded = false;
  private active = new Set<number>();
  private highlightedId: number | null = null;
  private pendingReveal: number | null = null;
  private highlightedCluster: HTMLElement | null = null;

  constructor(results: TMapResult[], onSelect: (id: number) => void, texts: TLayerTexts) {
    this.onSelect = onSelect;
    this.texts = texts;
    this.group = L.markerClusterGroup({
      chunkedLoading: true,
      // Called just before the last chunk puts the clusters on the map; the microtask runs right after.
      chunkProgress: (done, total) => {
        if (done === total) queueMicrotask(this.onLoaded);
      },
      showCoverageOnHover: false,
      maxClusterRadius: 60,
      iconCreateFunction: (cluster) => clusterIcon(cluster, texts),
    });
    this.group.on("animationend spiderfied unspiderfied", this.syncClusterHighlight);
    for (const result of results) this.markers.set(result.id, this.createMarker(result));
  }

  addTo(map: L.Map): void {
    this.map = map;
    map.on("zoomend moveend", this.syncClusterHighlight);
    this.group.addTo(map);
    this.group.addLayers([...this.markers.values()]);
  }

  remove(): void {
    this.map?.off("zoomend moveend", this.syncClusterHighlight);
    this.map = null;
    if (!this.loaded) this.neuterPendingLoad();
    this.group.remove();
  }

  /** Restyles the highlighted (hovered) and selected markers; never moves the map. */
  setActive(highlightedId: number | null, selectedId: number | null): void {
    const next = new Set<number>();
    if (highlightedId !== null) next.add(highlightedId);
    if (selectedId !== null) next.add(selectedId);
    for (const id of this.active) if (!next.has(id)) this.restyle(id, false);
    for (const id of next) if (!this.active.has(id)) this.restyle(id, true);
    this.active = next;
    this.highlightedId = highlightedId;
    this.syncClusterHighlight();
  }

  /**
   * Zooms or spiderfies until the marker shows, then opens its popup (an explicit choice only); false
   * when this layer has no such result.
   */
  reveal(id: number): boolean {
    const marker = this.markers.get(id) as TClusteredMarker | undefined;
    if (!marker || !this.map) return false;
    // zoomToShowLayer needs the marker's cluster; while the chunked load runs it may have none yet.
    if (!this.loaded || !marker.__parent) {
      this.pendingReveal = id;
      return true;
    }
    this.pendingReveal = null;
    this.group.zoomToShowLayer(marker, () => marker.openPopup());
    return true;
  }

  private createMarker(result: TMapResult): L.Marker {
    const label =
      result.distanceMiles === null ? result.name : this.texts.marker(result.name, result.distanceMiles);
    const marker = L.marker([result.latitude, result.longitude], {
      icon: icons().normal,
      title: label,
      alt: label,
      keyboard: true,
    });
    // The icon element is created anew each time the marker enters the map (zoom, cluster split).
    marker.on("add", () => this.decorate(marker, result.id));
    marker.on("click", () => this.onSelect(result.id));
    // Leaflet opens the popup on Enter but fires no click; Space is the other key a role="button" owes.
    marker.on("keypress", (event) => {
      const key = event.originalEvent.key;
      if (key !== "Enter" && key !== " ") return;
      if (key === " ") {
        event.originalEvent.preventDefault();
        marker.openPopup();
      }
      this.onSelect(result.id);
    });
    // A function, so the popup's DOM is built only for the markers someone opens.
    marker.bindPopup(() => popupContent(result, this.texts));
    marker.on("popupopen", (event) => {
      event.popup
        .getElement()
        ?.querySelector(".leaflet-popup-close-button")
        ?.setAttribute("aria-label", this.texts.closePopup);
    });
    return marker;
  }

  private decorate(marker: L.Marker, id: number): void {
    const element = marker.getElement();
    if (!element) return;
    element.dataset.providerId = String(id);
    element.setAttribute("aria-label", marker.options.title ?? "");
    if (this.active.has(id)) element.dataset.highlighted = "true";
    else delete element.dataset.highlighted;
  }

  private restyle(id: number, on: boolean): void {
    const marker = this.markers.get(id);
    if (!marker) return;
    // setIcon reuses the marker's div, so a focused marker keeps keyboard focus.
    marker.setIcon(on ? icons().highlighted : icons().normal);
    marker.setZIndexOffset(on ? 1000 : 0);
    const element = marker.getElement();
    if (!element) return;
    if (on) element.dataset.highlighted = "true";
    else delete element.dataset.highlighted;
  }

  /**
   * leaflet.markercluster (1.5.3) cannot cancel a chunked load, and the chunks still queued would call
   * this._map.getMinZoom() on a group that has left the map (a new search, React's dev double mount, or
   * navigating away mid-load) and throw. Its only two map-dependent steps become no-ops on this instance,
   * so the queued chunks run out harmlessly. Private API: recheck when upgrading the package.
   */
  private neuterPendingLoad(): void {
    const internals = this.group as unknown as {
      _addLayer: () => void;
      _topClusterLevel?: { _recursivelyAddChildrenToMap: () => void };
    };
    internals._addLayer = () => {};
    if (internals._topClusterLevel) internals._topClusterLevel._recursivelyAddChildrenToMap = () => {};
  }

  private readonly onLoaded = () => {
    if (!this.map) return;
    this.loaded = true;
    this.syncClusterHighlight();
    if (this.pendingReveal !== null) this.reveal(this.pendingReveal);
  };

  /** Marks the cluster that hides the hovered result, so the person sees where it is. */
  private readonly syncClusterHighlight = () => {
    this.highlightedCluster?.classList.remove(css.clusterHighlighted);
    this.highlightedCluster = null;
    if (this.highlightedId === null || !this.map) return;
    const marker = this.markers.get(this.highlightedId);
    if (!marker) return;
    const parent = this.group.getVisibleParent(marker) as L.Marker | null;
    if (!parent || parent === marker) return;
    const element = parent.getElement();
    if (!element) return;
    element.classList.add(css.clusterHighlighted);
    this.highlightedCluster = element;
  };
}
