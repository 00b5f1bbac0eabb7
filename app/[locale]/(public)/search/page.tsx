import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { medicalFor } from "@/lib/content/medical";
import { FEW_RESULTS, searchBeyondRadius, searchProviders } from "@/lib/data/search";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";
import { PRIOR_MEAN, PRIOR_WEIGHT } from "@/lib/ratings";
import { placeLabel, resolveSearch } from "@/lib/search/resolve";
import { parseLocation } from "@/lib/geo/parse-location";
import { BOARD_OPTIONS, FILTERS } from "@/lib/search/filters";
import { relaxations } from "@/lib/search/relax";
import { whyMatched } from "@/lib/search/why";
import { searchQueryToParams, type TSearchQuery } from "@/lib/validation/search-params";
import { ActiveFilters } from "./active-filters";
import { BeyondRadius } from "./beyond-radius";
import { FilterFields } from "./filter-fields";
import { FiltersSheet } from "./filters-sheet";
import { ResultCard } from "./result-card";
import { ResultsView } from "./results-view";
import { SearchBox } from "./search-box";
import { SearchFilters } from "./search-filters";
import { SearchIntl } from "./search-intl";
import styles from "./search.module.css";

type TSearchParams = Record<string, string | string[] | undefined>;
type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "search.meta" });
  const query = await searchParams;
  const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 60);
  // The place as the heading names it (a town for coordinates), else as typed.
  const typed = text(query.near);
  const place = typed ? parseLocation(typed) : null;
  const near = place?.ok ? placeLabel(place.location, locale) : typed;
  const name = text(query.q);
  const title = near
    ? name
      ? t("nearNamed", { place: near, name })
      : t("near", { place: near })
    : name
      ? t("named", { name })
      : t("find");
  // The same search in the other language: its query as given (links keep the place and filters).
  const qs = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]])),
  ).toString();
  return { title, robots: { index: false }, alternates: alternatesFor(qs ? `/search?${qs}` : "/search", locale) };
}

const LIST_PARAMS = FILTERS.filter((f) => f.kind === "list").map((f) => f.param);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The filters other than place, radius, name and page, as a query string (kept when the place or name changes). */
function filterString(q: TSearchQuery): string {
  const p = searchQueryToParams(q);
  for (const key of ["near", "radius", "q", "page"]) p.delete(key);
  return p.toString();
}

/**
 * The search page. It shows only what its address asks and what the search read model holds: the
 * production server keeps its HTML per address and read-model version (scripts/lib/search-pages.mjs,
 * decision 0009). Reading a cookie, the session, the client's address or anything else the read
 * model's version does not cover here would serve one visitor's page to another: take such a part
 * out of this page (into a client component, or an API) or out of that store.
 */
export default async function SearchPage({ params, searchParams }: TProps) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const query_ = await searchParams;
  const nearText = first(query_.near)?.trim() ?? "";
  const nameText = first(query_.q)?.trim() ?? "";
  const radiusText = Number(first(query_.radius));

  if (!nearText && !nameText) {
    return (
      <SearchIntl locale={locale}>
        <div className="container section">
          <h1>{t("find")}</h1>
          <p className="muted">{t("intro")}</p>
          <SearchBox
            near=""
            radius={Number.isFinite(radiusText) && radiusText > 0 ? radiusText : 25}
            filterParams=""
          />
        </div>
      </SearchIntl>
    );
  }

  const resolved = resolveSearch(query_, locale);
  if (!resolved.ok) {
    return (
      <SearchIntl locale={locale}>
        <div className="container section">
          <h1>{t("find")}</h1>
          {/* The place's own message sits next to the search box; other bad parameters are listed here. */}
          {Object.keys(resolved.fields).some((f) => f !== "near" && f !== "q") ? (
            <div className="alert alert--error" role="alert">
              <p>
                <strong>{t("checkSearch")}</strong>
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
      </SearchIntl>
    );
  }

  const { query, origin } = resolved;
  const page = await searchProviders({ origin, query, withFacets: true });
  const nearLabel = origin?.label ?? null;
  const results = page.results.map((r) => ({ ...r, why: whyMatched(r, query, nearLabel, locale) }));
  const canonical = searchQueryToParams(query);
  const pastTheEnd = page.results.length === 0 && page.total > 0;
  const widen = origin && query.radius < 100 ? [5, 10, 25, 50, 100].find((r) => r > query.radius) : undefined;
  const scope = origin
    ? t("empty.scopeNear", { radius: query.radius, place: origin.label })
    : t("empty.scopeUs");
  // Few results near a place: the nearest beyond the radius, and telehealth in the state; an empty
  // result also says how many dropping each filter would give.
  const beyond =
    origin && page.total < FEW_RESULTS && !pastTheEnd ? await searchBeyondRadius({ origin, query }) : null;
  const active = relaxations(query, locale);
  const relaxed =
    page.total === 0
      ? await Promise.all(
          active.map(async (r) => ({
            ...r,
            total: (await searchProviders({ origin, query: r.query, withFacets: false })).total,
          })),
        )
      : [];
  // The map's popups name board areas in the API's English words (lib/data/search.ts): their words here.
  const boardWords =
    locale === "en" ? undefined : Object.fromEntries(BOARD_OPTIONS.map((o) => [o.label.en, o.label[locale]]));

  const emptyState = pastTheEnd ? (
    <div className="alert alert--info">
      <p>{t("pastEnd", { page: query.page })}</p>
      <Link href={`/search?${searchQueryToParams({ ...query, page: 1 }).toString()}`}>{t("firstPage")}</Link>
    </div>
  ) : (
    <div className={styles.empty}>
      <h2>{t("empty.title")}</h2>
      <p>{query.q ? t("empty.bodyNamed", { scope, name: query.q }) : t("empty.body", { scope })}</p>
      <ul>
        {widen ? (
          <li>
            <Link href={`/search?${searchQueryToParams({ ...query, radius: widen, page: 1 }).toString()}`}>
              {t("empty.widen", { radius: widen })}
            </Link>
          </li>
        ) : null}
        {relaxed.map((r) => {
          const href = `/search?${searchQueryToParams(r.query).toString()}`;
          return (
            <li key={href}>
              <Link href={href}>{t("empty.remove", { label: r.label })}</Link>{" "}
              {t("empty.relaxCount", { count: r.total })}
            </li>
          );
        })}
      </ul>
    </div>
  );

  return (
    <SearchIntl locale={locale}>
      <div className={`container ${styles.page}`}>
        <h1 className={styles.title} data-inert-when-filtering>
          {origin ? t("titleNear", { place: origin.label }) : t("titleUs")}
          {query.q ? t("titleNamed", { name: query.q }) : ""}
        </h1>
        <SearchBox
          near={query.near ?? ""}
          name={query.q ?? ""}
          radius={query.radius}
          filterParams={filterString(query)}
        />
        <ActiveFilters query={query} chips={active} />
        <div className={styles.layout}>
          <aside id="filters" className={styles.sidebar} aria-label={t("filtersRegion")} tabIndex={-1}>
            <FiltersSheet total={page.total} active={active.length}>
              <SearchFilters query={query} lists={LIST_PARAMS} applyLabel={t("form.apply")}>
                <FilterFields query={query} facets={page.facets} />
              </SearchFilters>
              <p className={styles.ratingNote}>
                {t("ratingNote", { weight: PRIOR_WEIGHT, mean: PRIOR_MEAN })}
              </p>
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
            boardWords={boardWords}
            listingLabels={{
              demo: medicalFor(locale).DEMO_PROVIDER_LABEL,
              unclaimed: t("card.unclaimedLabel"),
            }}
            emptyState={emptyState}
            beyond={
              beyond && origin ? (
                <BeyondRadius
                  radius={query.radius}
                  nearLabel={origin.label}
                  nearestBeyond={beyond.nearestBeyond}
                  state={beyond.state}
                  telehealthInState={beyond.telehealthInState}
                  why={(r) => whyMatched(r, query, origin.label, locale)}
                />
              ) : null
            }
          />
        </div>
      </div>
    </SearchIntl>
  );
}
