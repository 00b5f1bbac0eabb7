import Link from "next/link";
import { StarRating } from "@/components/provider/star-rating";
import type { TReviewSummary } from "@/lib/reviews/types";
import { RATING_EXPLANATION } from "@/lib/ratings";
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
  const { count, average, distribution } = summary;
  if (count === 0 || average === null) {
    return (
      <>
        <p>No approved patient reviews yet.</p>
        <p className={styles.note}>{RATING_EXPLANATION}</p>
      </>
    );
  }
  return (
    <>
      <div className={styles.summary}>
        <p className={styles.average}>
          <span className={styles.averageNumber}>{average.toFixed(1)}</span>
          <StarRating value={average} size="large" />
          <span>
            from {count.toLocaleString("en-US")} approved review{count === 1 ? "" : "s"}
          </span>
        </p>
        <table className={styles.dist}>
          <caption className="visually-hidden">Approved reviews by number of stars</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Stars</th>
              <th scope="col">Share of reviews</th>
              <th scope="col">Number of reviews</th>
            </tr>
          </thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((stars) => {
              const n = distribution[stars - 1] ?? 0;
              const pct = Math.round((n / count) * 100);
              const label = `${stars} star${stars === 1 ? "" : "s"}`;
              return (
                <tr key={stars}>
                  <th scope="row">{hrefFor && n > 0 ? <Link href={hrefFor(stars)}>{label}</Link> : label}</th>
                  <td className={styles.barCell}>
                    <span className={styles.bar} aria-hidden="true">
                      <span style={{ width: `${pct}%` }} />
                    </span>
                    <span className="visually-hidden">{pct}%</span>
                  </td>
                  <td>{n.toLocaleString("en-US")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={styles.note}>{RATING_EXPLANATION}</p>
    </>
  );
}
