import { useTranslations } from "next-intl";
import styles from "./provider.module.css";

/**
 * How many approved reviews gave each number of stars, 5 down to 1. The bars are decoration; each row
 * reads as text ("5 stars: 12 reviews"), so nothing depends on seeing the bar.
 */
export function StarDistribution({ distribution }: { distribution: readonly number[] }) {
  const t = useTranslations("reviews.stars");
  const total = distribution.reduce((a, b) => a + b, 0);
  const rows = [5, 4, 3, 2, 1].map((stars) => ({ stars, n: distribution[stars - 1] ?? 0 }));
  return (
    <ul className={styles.dist} aria-label={t("reviewsBy")}>
      {rows.map(({ stars, n }) => (
        <li key={stars} className={styles.distRow}>
          <span className={styles.distLabel}>
            {t("count", { stars })}
            <span className="visually-hidden">:</span>
          </span>
          <span className={styles.distBar} aria-hidden="true">
            <span style={{ width: total ? `${(n / total) * 100}%` : 0 }} />
          </span>
          <span className={styles.distCount}>
            {n}
            <span className="visually-hidden">{t("reviewCount", { count: n })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
