"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ResultsMapLoader } from "@/components/map/results-map-loader";
import type { TMapResult } from "@/components/map/types";
import { useWanted } from "@/components/map/use-wanted";
import { formatNumber } from "@/lib/i18n/format";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { MAX_PAGE, SORT_OPTIONS, type TSortOption } from "@/lib/validation/search-options";

/** The middle of the contiguous states: the map's centre when there is no searched place. */
const US_CENTER = { lat: 39.8, lng: -98.6 };
import styles from "./search.module.css";

type Props = {
  /** The page's results, as the list's interactions need them; their cards come rendered. */
  results: Array<{ id: number; name: string }>;
  /**
   * Each result's card, rendered on the server (ResultCard), in the order of `results`: the browser
   * neither downloads the card's code nor renders the cards again when the page hydrates (issue 15).
   */
  cards: React.ReactNode[];
  total: number;
  page: number;
  pageSize: number;
  sort: TSortOption;
  /** The searched place and radius; null in a name search everywhere. */
  nearLabel: string | null;
  radius: number;
  origin: { lat: number; lng: number } | null;
  /** The name searched for, if any. */
  name?: string;
  /** Canonical query string of this search without the page (for sort, paging and map points). */
  queryString: string;
  /** The map popups' board areas (the API's English words) in the page's language; absent in English. */
  boardWords?: Record<string, string>;
  /** The map popups' labels of a demo doctor and an unclaimed registry listing. */
  listingLabels: { demo: string; unclaimed: string };
  emptyState: React.ReactNode;
  /** Shown after the list when the search has few results: doctors beyond the radius. */
  beyond?: React.ReactNode;
};

// One stable empty list: a new [] on each render would make the map rebuild its markers.
const NO_POINTS: TMapResult[] = [];
const SORT_KEYS = {
  distance: "sortDistance",
  experience: "sortExperience",
  rating: "sortRating",
  match: "sortMatch",
} as const;

function withParams(queryString: string, changes: Record<string, string | null>): string {
  const p = new URLSearchParams(queryString);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  return `/search?${p.toString()}`;
}

export function ResultsView(props: Props) {
  const { results, total, page, pageSize, sort, queryString } = props;
  const router = useRouter();
  const t = useTranslations("searchClient.results");
  const locale = useLocale();
  const miles = (n: number) =>
    formatNumber(n, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [view, setView] = useState<"list" | "map">("list");
  const [loaded, setLoaded] = useState<{ key: string; points: TMapResult[]; failed?: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [copyStatus, setCopyStatus] = useState("");
  const firstRender = useRef(true);
  const countRef = useRef<HTMLHeadingElement>(null);
  const mapPane = useRef<HTMLDivElement>(null);
  const mapToggle = useRef<HTMLButtonElement>(null);
  // "Show on map" on a phone hides the list, and with it the button just pressed: the map is brought
  // into view and focus goes to the pressed "Map" toggle above it, never lost to the page.
  const [shownOnMap, setShownOnMap] = useState(0);
  useEffect(() => {
    if (shownOnMap === 0) return;
    mapToggle.current?.scrollIntoView({ block: "start" });
    mapToggle.current?.focus({ preventScroll: true });
  }, [shownOnMap]);
  const shown = useRef({ page, sort });
  // The list pages through at most MAX_PAGE pages (the map shows as many points); past that, the
  // search must be narrowed.
  const allPages = Math.max(1, Math.ceil(total / pageSize));
  const pages = Math.min(allPages, MAX_PAGE);

  // What the count is of: "within 25 miles of Boston, MA", "named “Foster” within …", "named “Foster” in the US".
  const { name, nearLabel, radius } = props;
  const scope = nearLabel
    ? name
      ? t("scopeNearNamed", { name, radius, place: nearLabel })
      : t("scopeNear", { radius, place: nearLabel })
    : name
      ? t("scopeUsNamed", { name })
      : t("scopeUs");
  // Best name match orders a name search without a place; the distance needs a place.
  const defaultOrder: TSortOption = props.nearLabel ? "distance" : "match";
  const sortOptions = SORT_OPTIONS.filter((s) => (props.nearLabel ? s !== "match" : s !== "distance"));

  // Screen readers hear the new result count (and page) whenever the search changes (not on first
  // load). A new page or order also moves focus to the count, at the top of the new list.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const where = pages > 1 ? t("announcePage", { page, pages }) : "";
    setAnnouncement(t("announce", { count: total, countText: formatNumber(total, locale), scope, where }));
    if (shown.current.page !== page || shown.current.sort !== sort) countRef.current?.focus();
    shown.current = { page, sort };
  }, [total, queryString, page, pages, sort, scope, t, locale]);

  // Map points: every match, not just this page; fetched in the browser so the HTML stays small, and
  // only once the map is wanted (its pane on screen and the browser idle, as the map itself): on a
  // phone's list view never, and never while the page is loading (83 kB of JSON to parse and a
  // render of the list that would block the main thread as the page becomes interactive; issue 15).
  const mapWanted = useWanted(mapPane);
  const pointsQuery = new URLSearchParams(queryString);
  pointsQuery.delete("page");
  pointsQuery.delete("sort");
  const pointsKey = pointsQuery.toString();
  // A doctor chosen on the map belongs to its search: another search starts with none.
  const [selectionFor, setSelectionFor] = useState(pointsKey);
  if (selectionFor !== pointsKey) {
    setSelectionFor(pointsKey);
    setSelected(null);
  }
  useEffect(() => {
    if (!mapWanted) return;
    const controller = new AbortController();
    fetch(`/api/providers/points?${pointsKey}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { points: TMapResult[] }) => setLoaded({ key: pointsKey, points: body.points }))
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ key: pointsKey, points: [], failed: true });
      });
    return () => controller.abort();
  }, [pointsKey, mapWanted]);
  // Points of an earlier search are never shown for this one.
  const points = loaded?.key === pointsKey ? loaded.points : null;

  function onMarkerSelect(id: number) {
    setSelected(id);
    setHighlighted(id);
    const item = document.getElementById(`result-${id}`);
    const point = points?.find((p) => p.id === id);
    if (item) {
      item.scrollIntoView({ block: "nearest", behavior: "smooth" });
      // In the phone's map view the list is hidden: name the doctor, not a list item out of sight.
      if (view === "map" && point) {
        setAnnouncement(
          point.distanceMiles != null
            ? t("selectedMapNear", { name: point.name, distance: miles(point.distanceMiles) })
            : t("selectedMap", { name: point.name }),
        );
      } else setAnnouncement(t("selectedList", { name: point?.name ?? t("selectedResult") }));
    } else if (point) {
      setAnnouncement(
        point.distanceMiles != null
          ? t("otherPageNear", { name: point.name, distance: miles(point.distanceMiles) })
          : t("otherPage", { name: point.name }),
      );
    }
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus(t("copied"));
    } catch {
      setCopyStatus(t("copyThis", { url: window.location.href }));
    }
  }

  return (
    <div className={styles.resultsArea} data-view={view} data-inert-when-filtering>
      <div className={styles.toolbar}>
        <h2 className={styles.count} ref={countRef} tabIndex={-1} data-results-count>
          {t.rich("count", { count: total, countText: formatNumber(total, locale), scope, strong: (chunks) => <strong>{chunks}</strong> })}
          {pages > 1 ? t("pageOf", { page, pages }) : ""}
        </h2>
        <div className={styles.toolbarControls}>
          <label htmlFor="sort">{t("sort")}</label>
          <select
            id="sort"
            value={sort}
            onChange={(e) =>
              router.push(
                withParams(queryString, {
                  sort: e.target.value === defaultOrder ? null : e.target.value,
                  page: null,
                }),
                { scroll: false },
              )
            }
          >
            {sortOptions.map((s) => (
              <option key={s} value={s}>
                {t(SORT_KEYS[s])}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={copyLink}>
            {t("copy")}
          </button>
        </div>
      </div>
      <p className={styles.copyStatus} role="status">
        {copyStatus}
      </p>
      <div className={styles.viewToggle} role="group" aria-label={t("showAs")}>
        <button type="button" aria-pressed={view === "list"} onClick={() => setView("list")}>
          {t("list")}
        </button>
        <button type="button" aria-pressed={view === "map"} onClick={() => setView("map")} ref={mapToggle}>
          {t("map")}
        </button>
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      <div className={styles.panes}>
        <section className={styles.listPane} aria-label={t("listRegion")}>
          {results.length === 0 ? (
            props.emptyState
          ) : (
            <ol className={styles.list} start={(page - 1) * pageSize + 1}>
              {results.map((r, i) => (
                <li
                  key={r.id}
                  id={`result-${r.id}`}
                  data-provider-id={r.id}
                  className={`${styles.card} ${highlighted === r.id ? styles.cardHighlighted : ""} ${selected === r.id ? styles.cardSelected : ""}`}
                  aria-labelledby={`result-${r.id}-name`}
                  aria-current={selected === r.id ? "true" : undefined}
                  onMouseEnter={() => setHighlighted(r.id)}
                  onMouseLeave={() => setHighlighted(null)}
                  onFocus={() => setHighlighted(r.id)}
                  onBlur={(e) => {
                    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHighlighted(null);
                  }}
                >
                  {props.cards[i]}
                  <button
                    type="button"
                    className={styles.showOnMap}
                    onClick={() => {
                      setSelected(r.id);
                      setView("map");
                      setShownOnMap((n) => n + 1);
                    }}
                  >
                    {t("showOnMap")}
                    <span className="visually-hidden">: {r.name}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          {props.beyond}
          {allPages > pages ? (
            <p className={styles.muted}>{t("cap", { count: formatNumber(MAX_PAGE * pageSize, locale) })}</p>
          ) : null}
          {pages > 1 ? <Pagination page={page} pages={pages} queryString={queryString} /> : null}
        </section>
        <div className={styles.mapPane} ref={mapPane}>
          <ResultsMapLoader
            wanted={mapWanted}
            results={points ?? NO_POINTS}
            center={props.origin ?? US_CENTER}
            radiusMiles={props.origin ? props.radius : null}
            highlightedId={highlighted}
            selectedId={selected}
            onSelect={onMarkerSelect}
            boardWords={props.boardWords}
            listingLabels={props.listingLabels}
          />
          {points === null ? <p className={styles.muted}>{t("loadingPoints")}</p> : null}
          {loaded?.key === pointsKey && loaded.failed ? (
            <p className={styles.muted} role="status">
              {t("pointsFailed")}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function Pagination({ page, pages, queryString }: { page: number; pages: number; queryString: string }) {
  const t = useTranslations("searchClient.results");
  const window = [1, page - 2, page - 1, page, page + 1, page + 2, pages]
    .filter((n, i, a) => n >= 1 && n <= pages && a.indexOf(n) === i)
    .sort((a, b) => a - b);
  const href = (n: number) => withParams(queryString, { page: n === 1 ? null : String(n) });
  return (
    <nav aria-label={t("pages")} className={styles.pagination}>
      <ul>
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)}>{t("previous")}</Link>
          ) : (
            <span aria-disabled="true">{t("previous")}</span>
          )}
        </li>
        {window.map((n, i) => (
          <li key={n}>
            {i > 0 && n - window[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page">
                <span className="visually-hidden">{t("page")}</span>
                {n}
              </span>
            ) : (
              <Link href={href(n)}>
                <span className="visually-hidden">{t("page")}</span>
                {n}
              </Link>
            )}
          </li>
        ))}
        <li>
          {page < pages ? (
            <Link href={href(page + 1)}>{t("next")}</Link>
          ) : (
            <span aria-disabled="true">{t("next")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
