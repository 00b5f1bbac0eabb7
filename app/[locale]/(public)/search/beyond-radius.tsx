import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { stateName } from "@/lib/geo/state-names";
import type { TSearchResult } from "@/lib/search/types";
import { ResultCard, type TListedResult } from "./result-card";
import styles from "./search.module.css";

type Props = {
  radius: number;
  nearLabel: string;
  nearestBeyond: TSearchResult[];
  state: string | null;
  telehealthInState: TSearchResult[];
  why: (r: TSearchResult) => string[];
};

function Cards({ results, why, prefix }: { results: TSearchResult[]; why: Props["why"]; prefix: string }) {
  return (
    <ol className={styles.list}>
      {results.map((r) => {
        const listed: TListedResult = { ...r, why: why(r) };
        return (
          <li
            key={r.id}
            className={styles.card}
            {...{ [`data-${prefix}-id`]: r.id }}
            aria-labelledby={`${prefix}-${r.id}-name`}
          >
            <ResultCard r={listed} headingId={`${prefix}-${r.id}-name`} />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * For a search with few results: the nearest matching doctors beyond its radius, and doctors with a
 * practice in the same state who consult by telehealth, so a rural search never ends at "nothing".
 */
export function BeyondRadius({ radius, nearLabel, nearestBeyond, state, telehealthInState, why }: Props) {
  const t = useTranslations("search.beyond");
  const locale = useLocale();
  if (!nearestBeyond.length && !telehealthInState.length) return null;
  const nearest = nearestBeyond[0]?.distanceMiles;
  const stateLabel = state ? (stateName(state, locale) ?? state) : null;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <section className={styles.beyond} aria-labelledby="beyond-title">
      <h2 id="beyond-title">{t("title", { radius })}</h2>
      {nearest != null ? (
        <p>
          {t.rich("nearest", {
            distance: formatNumber(nearest, locale, { maximumFractionDigits: 0 }),
            place: nearLabel,
            strong,
          })}
          {nearestBeyond.length > 1 ? t("nearestMore", { count: nearestBeyond.length }) : ""}
        </p>
      ) : null}
      {nearestBeyond.length ? <Cards results={nearestBeyond} why={why} prefix="beyond" /> : null}
      {telehealthInState.length && stateLabel ? (
        <>
          <h3>{t("teleTitle", { state: stateLabel })}</h3>
          <p>{t.rich("teleBody", { state: stateLabel, strong })}</p>
          <Cards results={telehealthInState} why={why} prefix="tele" />
        </>
      ) : null}
    </section>
  );
}
