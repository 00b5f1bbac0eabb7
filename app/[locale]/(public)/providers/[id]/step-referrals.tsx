import { useTranslations } from "next-intl";
import { RecommendationsList } from "@/components/reviews/recommendations-list";
import type { TPublicProfile } from "@/lib/data/profiles";
import type { TPublicRecommendation } from "@/lib/data/recommendations";
import { Link } from "@/lib/i18n/navigation";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** Step 1: whether a physician's referral is needed, and which listed clinicians recommend this doctor. */
export function StepReferrals({ profile: p, recommendations }: { profile: TPublicProfile; recommendations: TPublicRecommendation[] }) {
  const t = useTranslations("profile.referrals");
  const strong = (c: React.ReactNode) => <strong>{c}</strong>;
  const needs = p.locations.filter((l) => l.referralRequired);
  let referral: React.ReactNode;
  if (isUnclaimedImport(p)) referral = t("unclaimed");
  else if (p.locations.length === 0) referral = t("notSaid");
  else if (needs.length === 0) referral = t.rich("none", { strong });
  else if (needs.length === p.locations.length) referral = t.rich("all", { strong });
  else {
    referral = (
      <>
        <strong>{t("someTitle")}</strong>{" "}
        <span data-provider-text>{needs.map((l) => `${l.practiceName}, ${l.city}`).join("; ")}</span>
        {t("someRest")}
      </>
    );
  }

  return (
    <StepSection id="referrals">
      <h3 className={styles.sub}>{t("title")}</h3>
      <p>{referral}</p>
      <h3 className={styles.sub}>{t("recommended")}</h3>
      <RecommendationsList recommendations={recommendations} />
      <p>
        <Link href={`${p.path}/recommend`}>{t("recommend")}</Link>
      </p>
    </StepSection>
  );
}
