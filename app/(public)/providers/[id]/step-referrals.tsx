import Link from "next/link";
import { formatDate } from "@/components/provider/format";
import type { TPublicProfile } from "@/lib/data/profiles";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** Step 1: whether a physician's referral is needed, and which listed clinicians recommend this doctor. */
export function StepReferrals({ profile: p }: { profile: TPublicProfile }) {
  const needs = p.locations.filter((l) => l.referralRequired);
  let referral: React.ReactNode;
  if (p.locations.length === 0) referral = "The practice has not said whether a referral is needed.";
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
      {p.recommendations.length === 0 ? (
        <p className={styles.muted}>No clinician on NeckCare Finder has recommended this doctor yet.</p>
      ) : (
        <>
          <p>
            Recommended by {p.recommendations.length} clinician{p.recommendations.length === 1 ? "" : "s"}{" "}
            listed on NeckCare Finder. Each recommendation was checked by a moderator.
          </p>
          <ul className={styles.recs}>
            {p.recommendations.map((r) => (
              <li key={r.fromId}>
                <Link href={r.fromPath}>{r.fromName}</Link>
                <span className={styles.muted}>
                  {" "}
                  · <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                </span>
                <blockquote className={styles.quote}>{r.reason}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </StepSection>
  );
}
