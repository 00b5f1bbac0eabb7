/** One provider on the results map (its nearest matching location). */
export type TMapResult = {
  id: number;
  name: string; // "Jane Doe, MD"
  /** Null in a name search everywhere (no searched place). */
  distanceMiles: number | null;
  latitude: number;
  longitude: number;
  profileUrl: string;
  isDemo: boolean;
  isUnclaimedImport: boolean;
  specialty: string | null;
  specialtyKind: "board" | "registered" | null;
  boardVerified: boolean;
};

export type TResultsMapProps = {
  results: TMapResult[];
  /** The searched point and radius: the map fits the results, or this circle when there are none.
   * radiusMiles null: no searched place (a name search everywhere): no circle, the whole country. */
  center: { lat: number; lng: number };
  radiusMiles: number | null;
  /** The result highlighted from the list (hover or focus), or null. Only restyles the marker (and the
   * cluster hiding it); never moves the map, so running a pointer down the list does not jump around. */
  highlightedId: number | null;
  /** The result explicitly chosen (a list item's "show on map", or a marker click echoed back), or null.
   * When it changes the map zooms in or spiderfies until that marker shows, and opens its popup.
   * Optional: without it the map never moves on its own after fitting the results. */
  selectedId?: number | null;
  /** Called when a marker is clicked or activated: the list highlights and scrolls to that item. */
  onSelect: (id: number) => void;
  /** Board areas as the API words them (English) -> as the page says them; absent on English pages. */
  boardWords?: Record<string, string>;
  /** The labels of a fictional demo doctor and of an unclaimed registry listing, in the page's language. */
  listingLabels: { demo: string; unclaimed: string };
};
