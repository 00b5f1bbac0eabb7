import type { Metadata } from "next";
import Link from "next/link";
import { searchProviders } from "@/lib/data/search";
import { RATING_EXPLANATION } from "@/lib/ratings";
import { resolveSearch } from "@/lib/search/resolve";
import { whyMatched } from "@/lib/search/why";
import { BOARD_AREA_LABELS, GUIDANCE_LABELS, searchQueryToParams, type TSearchQuery } from "@/lib/validation/search-params";
import { ResultsView } from "./results-view";
import { SearchBox } from "./search-box";
import { SearchFilters } from "./search-filters";
import styles from "./search.module.css";

type TSearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<TSearchParams> }): Promise<Metadata> {
  const near = (await searchParams).near;
  const text = Array.isArray(near) ? near[0] : near;
  return { title: text ? `Doctors near ${text.slice(0, 60)}` : "Find a doctor near you", robots: { index: false } };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The filters other than place, radius and page, as a query string (kept when the place changes). */
function filterString(q: TSearchQuery): string {
  const p = searchQueryToParams(q);
  p.delete("near");
  p.delete("radius");
  p.delete("page");
  return p.toString();
}

/** Links that each drop one active filter, for the empty state. */
function relaxations(q: TSearchQuery): Array<{ label: string; href: string }> {
  const drop = (changes: Partial<TSearchQuery>) => `/search?${searchQueryToParams({ ...q, ...changes, page: 1 }).toString()}`;
  const out: Array<{ label: string; href: string }> = [];
  for (const b of q.board) out.push({ label: `Board: ${BOARD_AREA_LABELS[b]}`, href: drop({ board: q.board.filter((x) => x !== b) }) });
  if (q.verified) out.push({ label: "Verified only", href: drop({ verified: false }) });
  if (q.minYears) out.push({ label: `${q.minYears}+ years injecting`, href: drop({ minYears: undefined }) });
  if (q.minVolume) out.push({ label: `${q.minVolume}+ procedures a year`, href: drop({ minVolume: undefined }) });
  for (const g of q.guidance) out.push({ label: GUIDANCE_LABELS[g], href: drop({ guidance: q.guidance.filter((x) => x !== g) }) });
  if (q.recommended) out.push({ label: "Recommended by clinicians", href: drop({ recommended: false }) });
  if (q.noReferral) out.push({ label: "No referral needed", href: drop({ noReferral: false }) });
  if (q.minRating) out.push({ label: `${q.minRating}+ stars`, href: drop({ minRating: undefined }) });
  if (q.minReviews) out.push({ label: `${q.minReviews}+ reviews`, href: drop({ minReviews: undefined }) });
  if (q.accepting) out.push({ label: "Accepting new patients", href: drop({ accepting: false }) });
  if (q.telehealth) out.push({ label: "Telehealth", href: drop({ telehealth: false }) });
  return out;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const params = await searchParams;
  const nearText = first(params.near)?.trim() ?? "";
  const radiusText = Number(first(params.radius));

  if (!nearText) {
    return (
      <div className="container section">
        <h1>Find a doctor near you</h1>
        <p className="muted">Enter where you are to see doctors nearby who list botulinum toxin neck injections, on a list and a map.</p>
        <SearchBox near="" radius={Number.isFinite(radiusText) && radiusText > 0 ? radiusText : 25} filterParams="" />
      </div>
    );
  }

  const resolved = resolveSearch(params);
  if (!resolved.ok) {
    return (
      <div className="container section">
        <h1>Find a doctor near you</h1>
        {/* The place's own message sits next to the search box; other bad parameters are listed here. */}
        {Object.keys(resolved.fields).some((f) => f !== "near") ? (
          <div className="alert alert--error" role="alert">
            <p>
              <strong>Please check your search.</strong>
            </p>
            <ul>
              {Object.entries(resolved.fields)
                .filter(([field]) => field !== "near")
                .map(([field, message]) => (
                  <li key={field}>{message}</li>
                ))}
            </ul>
          </div>
        ) : null}
        <SearchBox
          near={nearText}
          radius={resolved.query?.radius ?? 25}
          error={resolved.fields.near}
          choices={resolved.choices}
          filterParams={resolved.query ? filterString(resolved.query) : ""}
        />
      </div>
    );
  }

  const { query, origin } = resolved;
  const page = await searchProviders({ origin, query, withFacets: true });
  const results = page.results.map((r) => ({ ...r, why: whyMatched(r, query, origin.label) }));
  const canonical = searchQueryToParams(query);
  const pastTheEnd = page.results.length === 0 && page.total > 0;
  const widen = query.radius < 100 ? [5, 10, 25, 50, 100].find((r) => r > query.radius) : undefined;

  const emptyState = pastTheEnd ? (
    <div className="alert alert--info">
      <p>Page {query.page} is past the last page of results.</p>
      <Link href={`/search?${searchQueryToParams({ ...query, page: 1 }).toString()}`}>Go to the first page</Link>
    </div>
  ) : (
    <div className={styles.empty}>
      <h2>No doctors match here yet</h2>
      <p>
        No listed doctor within {query.radius} miles of {origin.label} matches every filter. Try one of these:
      </p>
      <ul>
        {widen ? (
          <li>
            <Link href={`/search?${searchQueryToParams({ ...query, radius: widen, page: 1 }).toString()}`}>Widen the search to {widen} miles</Link>
          </li>
        ) : null}
        {relaxations(query).map((r) => (
          <li key={r.href}>
            <Link href={r.href}>
              Remove the filter “{r.label}”
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <div className={`container ${styles.page}`}>
      <h1 className={styles.title}>Doctors near {origin.label}</h1>
      <SearchBox near={query.near} radius={query.radius} filterParams={filterString(query)} />
      <a href="#filters" className={styles.jumpToFilters}>
        Filters by the five steps
      </a>
      <div className={styles.layout}>
        <aside id="filters" className={styles.sidebar} aria-label="Filters" tabIndex={-1}>
          <SearchFilters query={query} facets={page.facets} />
          <p className={styles.ratingNote}>{RATING_EXPLANATION}</p>
        </aside>
        <ResultsView
          results={results}
          total={page.total}
          page={page.page}
          pageSize={page.pageSize}
          sort={query.sort}
          nearLabel={origin.label}
          radius={query.radius}
          origin={{ lat: origin.lat, lng: origin.lng }}
          queryString={canonical.toString()}
          emptyState={emptyState}
        />
      </div>
    </div>
  );
}
