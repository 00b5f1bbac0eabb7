import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { TRelaxation } from "@/lib/search/relax";
import { searchQueryToParams, type TSearchQuery } from "@/lib/validation/search-params";
import styles from "./search.module.css";

/** The filters in force as removable chips above the results, on every screen size. */
export function ActiveFilters({ query, chips }: { query: TSearchQuery; chips: TRelaxation[] }) {
  const t = useTranslations("search.chips");
  if (!chips.length) return null;
  return (
    <nav className={styles.chips} aria-label={t("label")} data-inert-when-filtering data-active-filters>
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
              <span className="visually-hidden"> {t("remove")}</span>
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
              {t("clearAll")}
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
