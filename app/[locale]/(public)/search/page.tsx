import type { Metadata } from "next";
import Link from "next/link";
import { FEW_RESULTS, searchBeyondRadius, searchProviders } from "@/lib/data/search";
import { RATING_EXPLANATION } from "@/lib/ratings";
import { resolveSearch } from "@/lib/search/resolve";
import { parseLocation } from "@/lib/geo/parse-location";
import { relaxations } from "@/lib/search/relax";
import { whyMatched } from "@/lib/search/why";
import { searchQueryToParams, type TSearchQuery } from "@/lib/validation/search-params";
import { ActiveFilters } from "./active-filters";
import { BeyondRadius } from "./beyond-radius";
import { FiltersSheet } from "./filters-sheet";
import { ResultCard } from "./result-card";
import { ResultsView } from "./results-view";
import { SearchBox } from "./search-box";
import { SearchFilters } from "./search-filters";
import styles from "./search.module.css";

type TSearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<TSearchParams>;
}): Promise<Metadata> {
  const params = await searchParams;
  const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 60);
  // The place as the heading names it (a town for coordinates), else as typed.
  const typed = text(params.near);
  const place = typed ? parseLocation(typed) : null;
  const near = place?.ok ? place.location.label : typed;
  const name = text(params.q);
  const title = near
    ? `Doctors near ${near}${name ? ` matching “${name}”` : ""}`
    : name
      ? `Doctors matching “${name}”`
      : "Find a doctor near you";
  return { title, robots: { index: false } };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The filters other than place, radius, name and page, as a query string (kept when the place or name changes). */
function filterString(q: TSearchQuery): string {
  const p = searchQueryToParams(q);
  for (const key of ["near", "radius", "q", "page"]) p.delete(key);
  return p.toString();
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const params = await searchParams;
  const nearText = first(params.near)?.trim() ?? "";
  const nameText = first(params.q)?.trim() ?? "";
  const radiusText = Number(first(params.radius));

  if (!nearText && !nameText) {
    return (
      <div className="container section">
        <h1>Find a doctor near you</h1>
        <p className="muted">
          Enter where you are to see doctors nearby who list botulinum toxin neck injections, on a list and a
          map.
        </p>
        <SearchBox
          near=""
          radius={Number.isFinite(radiusText) && radiusText > 0 ? radiusText : 25}
          filterParams=""
        />
      </div>
    );
  }

  const resolved = resolveSearch(params);
  if (!resolved.ok) {
    return (
      <div className="container section">
        <h1>Find a doctor near you</h1>
        {/* The place's own message sits next to the search box; other bad parameters are listed here. */}
        {Object.keys(resolved.fields).some((f) => f !== "near" && f !== "q") ? (
          <div className="alert alert--error" role="alert">
            <p>
              <strong>Please check your search.</strong>
            </p>
            <ul>
              {Object.entries(resolved.fields)
                .filter(([field]) => field !== "near" && field !== "q")
                .map(([field, message]) => (
                  <li key={field}>{message}</li>
                ))}
            </ul>
          </div>
        ) : null}
        <SearchBox
          near={nearText}
          name={nameText}
          radius={resolved.query?.radius ?? 25}
          error={resolved.fields.near}
          nameError={resolved.fields.q}
          choices={resolved.choices}
          filterParams={resolved.query ? filterString(resolved.query) : ""}
        />
      </div>
    );
  }

  const { query, origin } = resolved;
  const page = await searchProviders({ origin, query, withFacets: true });
  const nearLabel = origin?.label ?? null;
  const results = page.results.map((r) => ({ ...r, why: whyMatched(r, query, nearLabel) }));
  const canonical = searchQueryToParams(query);
  const pastTheEnd = page.results.length === 0 && page.total > 0;
  const widen = origin && query.radius < 100 ? [5, 10, 25, 50, 100].find((r) => r > query.radius) : undefined;
  const scope = origin ? `within ${query.radius} miles of ${origin.label}` : "in the US";
  // Few results near a place: the nearest beyond the radius, and telehealth in the state; an empty
  // result also says how many dropping each filter would give.
  const beyond =
    origin && page.total < FEW_RESULTS && !pastTheEnd ? await searchBeyondRadius({ origin, query }) : null;
  const relaxed =
    page.total === 0
      ? await Promise.all(
          relaxations(query).map(async (r) => ({
            ...r,
            total: (await searchProviders({ origin, query: r.query, withFacets: false })).total,
          })),
        )
      : [];

  const emptyState = pastTheEnd ? (
    <div className="alert alert--info">
      <p>Page {query.page} is past the last page of results.</p>
      <Link href={`/search?${searchQueryToParams({ ...query, page: 1 }).toString()}`}>
        Go to the first page
      </Link>
    </div>
  ) : (
    <div className={styles.empty}>
      <h2>No doctors match here yet</h2>
      <p>
        No listed doctor {scope} {query.q ? `has a name like “${query.q}” and ` : ""}matches every filter. Try
        one of these:
      </p>
      <ul>
        {widen ? (
          <li>
            <Link href={`/search?${searchQueryToParams({ ...query, radius: widen, page: 1 }).toString()}`}>
              Widen the search to {widen} miles
            </Link>
          </li>
        ) : null}
        {relaxed.map((r) => {
          const href = `/search?${searchQueryToParams(r.query).toString()}`;
          return (
            <li key={href}>
              <Link href={href}>Remove the filter “{r.label}”</Link> (
              {r.total === 0 ? "still no doctors" : `${r.total} doctor${r.total === 1 ? "" : "s"}`})
            </li>
          );
        })}
      </ul>
    </div>
  );

  return (
    <div className={`container ${styles.page}`}>
      <h1 className={styles.title} data-inert-when-filtering>
        {origin ? `Doctors near ${origin.label}` : "Doctors across the US"}
        {query.q ? ` matching “${query.q}”` : ""}
      </h1>
      <SearchBox
        near={query.near ?? ""}
        name={query.q ?? ""}
        radius={query.radius}
        filterParams={filterString(query)}
      />
      <ActiveFilters query={query} />
      <div className={styles.layout}>
        <aside id="filters" className={styles.sidebar} aria-label="Filters" tabIndex={-1}>
          <FiltersSheet total={page.total} active={relaxations(query).length}>
            <SearchFilters query={query} facets={page.facets} />
            <p className={styles.ratingNote}>{RATING_EXPLANATION}</p>
          </FiltersSheet>
        </aside>
        <ResultsView
          results={results.map((r) => ({ id: r.id, name: r.name }))}
          cards={results.map((r) => (
            <ResultCard key={r.id} r={r} headingId={`result-${r.id}-name`} />
          ))}
          total={page.total}
          page={page.page}
          pageSize={page.pageSize}
          sort={query.sort}
          nearLabel={nearLabel}
          name={query.q}
          radius={query.radius}
          origin={origin ? { lat: origin.lat, lng: origin.lng } : null}
          queryString={canonical.toString()}
          emptyState={emptyState}
          beyond={
            beyond && origin ? (
              <BeyondRadius
                radius={query.radius}
                nearLabel={origin.label}
                nearestBeyond={beyond.nearestBeyond}
                state={beyond.state}
                telehealthInState={beyond.telehealthInState}
                why={(r) => whyMatched(r, query, origin.label)}
              />
            ) : null
          }
        />
      </div>
    </div>
  );
}
