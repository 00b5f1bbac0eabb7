import { useTranslations } from "next-intl";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewTools } from "./reviews/review-tools";
import { ReviewsSummary } from "@/components/reviews/reviews-summary";
import type { TPublicProfile } from "@/lib/data/profiles";
import { Link } from "@/lib/i18n/navigation";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** Step 4: the average, the spread of stars and the newest approved reviews (approved only). */
export function StepReviews({ profile: p }: { profile: TPublicProfile }) {
  const t = useTranslations("profile.reviews");
  const r = p.reviews;
  return (
    <StepSection id="reviews">
      {r.count === 0 || r.average === null ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <ReviewsSummary summary={r} hrefFor={(n) => `${p.path}/reviews?rating=${n}`} />
          {r.newest.length ? (
            <>
              <h3 className={styles.sub}>{t("newest")}</h3>
              <ReviewList reviews={r.newest} tools={(review) => <ReviewTools review={review} />} />
            </>
          ) : null}
          {r.count > r.newest.length ? (
            <p>
              <Link href={`${p.path}/reviews`}>{t("readAll", { count: r.count })}</Link>
            </p>
          ) : null}
        </>
      )}
      <p>
        <Link href={`${p.path}/review`}>{t("write")}</Link>
      </p>
      <p className={styles.note}>{t("note")}</p>
    </StepSection>
  );
}
