import { formatDate } from "@/components/provider/format";
import { StarDistribution } from "@/components/provider/star-distribution";
import { StarRating } from "@/components/provider/star-rating";
import type { TPublicProfile } from "@/lib/data/profiles";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** Step 4: the average, the spread of stars and the newest approved reviews (approved only). */
export function StepReviews({ profile: p }: { profile: TPublicProfile }) {
  const r = p.reviews;
  return (
    <StepSection id="reviews">
      {r.count === 0 || r.average === null ? (
        <p>No approved patient reviews yet.</p>
      ) : (
        <>
          <div className={styles.reviewSummary}>
            <p className={styles.average}>
              <span className={styles.averageNumber}>{r.average.toFixed(1)}</span>
              <StarRating value={r.average} size="large" />
              <span className={styles.muted}>
                from {r.count} approved review{r.count === 1 ? "" : "s"}
              </span>
            </p>
            <StarDistribution distribution={r.distribution} />
          </div>
          <h3 className={styles.sub}>Newest reviews</h3>
          <ul className={styles.reviews}>
            {r.newest.map((rv) => (
              <li key={rv.id} className={styles.review}>
                <p className={styles.reviewHead}>
                  <StarRating value={rv.rating} />
                  <span>
                    <strong>{rv.displayName}</strong> ·{" "}
                    <time dateTime={rv.createdAt}>{formatDate(rv.createdAt)}</time>
                  </span>
                </p>
                <p className={styles.reviewBody}>{rv.body}</p>
                {rv.reply ? (
                  <div className={styles.reply}>
                    <p className={styles.replyHead}>
                      Reply from the practice ·{" "}
                      <time dateTime={rv.reply.createdAt}>{formatDate(rv.reply.createdAt)}</time>
                    </p>
                    <p className={styles.reviewBody}>{rv.reply.body}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {r.count > r.newest.length ? (
            <p className={styles.muted}>
              Showing the newest {r.newest.length} of {r.count} reviews.
            </p>
          ) : null}
        </>
      )}
      <p className={styles.note}>
        Reviews describe one patient’s experience. Reviewers confirm their e-mail address and a moderator
        reads every review before it appears.
      </p>
    </StepSection>
  );
}
