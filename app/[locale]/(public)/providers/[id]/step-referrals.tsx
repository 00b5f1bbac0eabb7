import Link from "next/link";
import { RecommendationsList } from "@/components/reviews/recommendations-list";
import type { TPublicProfile } from "@/lib/data/profiles";
import type { TPublicRecommendation } from "@/lib/data/recommendations";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** Step 1: whether a physician's referral is needed, and which listed clinicians recommend this doctor. */
export function StepReferrals({
  profile: p,
  recommendations,
}: {
  profile: TPublicProfile;
  recommendations: TPublicRecommendation[];
}) {
  const needs = p.locations.filter((l) => l.referralRequired);
  let referral: React.ReactNode;
  if (isUnclaimedImport(p))
    referral =
      "Not confirmed: the public NPI registry does not say whether a referral is needed. Ask the practice when you call.";
  else if (p.locations.length === 0) referral = "The practice has not said whether a referral is needed.";
  else if (needs.length === 0)
    referral = (
      <>
        <strong>No referral needed.</strong> You can ask for a first visit yourself.
      </>
    );
  else if (needs.length === p.locations.length) {
    referral = (
      <>
        <strong>Referral needed.</strong> Ask your physician for a referral before the first visit.
      </>
    );
  } else {
    referral = (
      <>
        <strong>Referral needed at some locations:</strong>{" "}
        {needs.map((l) => `${l.practiceName}, ${l.city}`).join("; ")}. The other locations see patients
        without one.
      </>
    );
  }

  return (
    <StepSection id="referrals">
      <h3 className={styles.sub}>Do you need a referral?</h3>
      <p>{referral}</p>
      <h3 className={styles.sub}>Recommended by clinicians</h3>
      <RecommendationsList recommendations={recommendations} />
      <p>
        <Link href={`${p.path}/recommend`}>Are you a clinician listed here? Recommend this doctor</Link>
      </p>
    </StepSection>
  );
}
