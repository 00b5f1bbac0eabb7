import Link from "next/link";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewTools } from "./reviews/review-tools";
import { ReviewsSummary } from "@/components/reviews/reviews-summary";
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
          <ReviewsSummary summary={r} hrefFor={(n) => `${p.path}/reviews?rating=${n}`} />
          {r.newest.length ? (
            <>
              <h3 className={styles.sub}>Newest reviews</h3>
              <ReviewList reviews={r.newest} tools={(review) => <ReviewTools review={review} />} />
            </>
          ) : null}
          {r.count > r.newest.length ? (
            <p>
              <Link href={`${p.path}/reviews`}>Read all {r.count} reviews, or filter them by stars</Link>
            </p>
          ) : null}
        </>
      )}
      <p>
        <Link href={`${p.path}/review`}>Write a review</Link>
      </p>
      <p className={styles.note}>
        Reviews describe one patient’s experience. Reviewers confirm their e-mail address and a moderator
        reads every review before it appears.
      </p>
    </StepSection>
  );
}
