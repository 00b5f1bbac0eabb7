import Link from "next/link";
import { formatDate } from "@/components/provider/format";
import type { TPublicRecommendation } from "@/lib/reviews/types";
import styles from "./reviews.module.css";

/**
 * Approved recommendations by other listed clinicians: who (linked to their profile), their
 * specialty, when, and why, as plain text.
 */
export function RecommendationsList({ recommendations }: { recommendations: TPublicRecommendation[] }) {
  if (recommendations.length === 0) {
    return <p className="muted">No clinician on NeckCare Finder has recommended this doctor yet.</p>;
  }
  const n = recommendations.length;
  return (
    <>
      <p>
        Recommended by {n} clinician{n === 1 ? "" : "s"} listed on NeckCare Finder. A moderator checked each
        recommendation.
      </p>
      <ul className={styles.recs}>
        {recommendations.map((r) => (
          <li key={r.id}>
            <Link href={r.from.path}>{r.from.name}</Link>
            {r.from.specialty ? <span>, {r.from.specialty}</span> : null}
            <span className="muted">
              {" "}
              · <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
            </span>
            <blockquote className={styles.quote}>{r.reason}</blockquote>
          </li>
        ))}
      </ul>
    </>
  );
}
