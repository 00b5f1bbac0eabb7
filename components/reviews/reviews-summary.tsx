import { useLocale, useTranslations } from "next-intl";
import { StarRating } from "@/components/provider/star-rating";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { TReviewSummary } from "@/lib/reviews/types";
import { PRIOR_MEAN, PRIOR_WEIGHT } from "@/lib/ratings";
import styles from "./reviews.module.css";

type Props = {
  summary: TReviewSummary;
  /** With it, each star row links to that rating's reviews (e.g. `${path}/reviews?rating=5`). */
  hrefFor?: (rating: number) => string;
};

/**
 * The average of approved reviews, their number, and how many gave each number of stars, as a table
 * (a screen reader reads "5 stars, 40%, 12"), with the one line on how ratings are computed.
 */
export function ReviewsSummary({ summary, hrefFor }: Props) {
  const t = useTranslations("reviews");
  const locale = useLocale();
  const fmt = (n: number) => formatNumber(n, locale);
  const explanation = t("summary.explanation", { weight: fmt(PRIOR_WEIGHT), mean: fmt(PRIOR_MEAN) });
  const { count, average, distribution } = summary;
  if (count === 0 || average === null) {
    return (
      <>
        <p>{t("summary.none")}</p>
        <p className={styles.note}>{explanation}</p>
      </>
    );
  }
  return (
    <>
      <div className={styles.summary}>
        <p className={styles.average}>
          <span className={styles.averageNumber}>
            {formatNumber(average, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </span>
          <StarRating value={average} size="large" />
          <span>{t("summary.from", { count })}</span>
        </p>
        <table className={styles.dist}>
          <caption className="visually-hidden">{t("summary.caption")}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t("summary.stars")}</th>
              <th scope="col">{t("summary.share")}</th>
              <th scope="col">{t("summary.number")}</th>
            </tr>
          </thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((stars) => {
              const n = distribution[stars - 1] ?? 0;
              const pct = Math.round((n / count) * 100);
              const label = t("stars.count", { stars });
              return (
                <tr key={stars}>
                  <th scope="row">{hrefFor && n > 0 ? <Link href={hrefFor(stars)}>{label}</Link> : label}</th>
                  <td className={styles.barCell}>
                    <span className={styles.bar} aria-hidden="true">
                      <span style={{ width: `${pct}%` }} />
                    </span>
                    <span className="visually-hidden">{pct}%</span>
                  </td>
                  <td>{fmt(n)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={styles.note}>{explanation}</p>
    </>
  );
}
