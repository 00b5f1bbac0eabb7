import Link from "next/link";
import { relaxations } from "@/lib/search/relax";
import { searchQueryToParams, type TSearchQuery } from "@/lib/validation/search-params";
import styles from "./search.module.css";

/** The filters in force as removable chips above the results, on every screen size. */
export function ActiveFilters({ query }: { query: TSearchQuery }) {
  const chips = relaxations(query);
  if (!chips.length) return null;
  return (
    <nav className={styles.chips} aria-label="Filters in force" data-inert-when-filtering data-active-filters>
      <ul>
        {chips.map((c) => (
          <li key={c.label}>
            <Link
              href={`/search?${searchQueryToParams(c.query).toString()}`}
              className={styles.chip}
              scroll={false}
            >
              {c.label}
              <span aria-hidden="true"> ✕</span>
              <span className="visually-hidden"> (remove this filter)</span>
            </Link>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <Link
              href={`/search?${searchQueryToParams(clearAll(query)).toString()}`}
              className={styles.clearAll}
              scroll={false}
            >
              Clear all filters
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The search without any filter: place, radius, name and order kept. */
function clearAll(q: TSearchQuery): Partial<TSearchQuery> {
  return { near: q.near, radius: q.radius, q: q.q, sort: q.sort };
}
