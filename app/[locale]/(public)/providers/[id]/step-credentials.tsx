import { CertificationItem } from "@/components/provider/certification-badge";
import { FactMark } from "@/components/provider/fact-mark";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import type { TCareCompareFacts } from "@/lib/data/medicare-evidence";
import type { TPublicProfile } from "@/lib/data/profiles";
import { CareCompareCredentials } from "./care-compare";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** Step 2: board certifications, each with how (and whether) a moderator verified it. */
export function StepCredentials({
  profile: p,
  careCompare,
}: {
  profile: TPublicProfile;
  careCompare: TCareCompareFacts | null;
}) {
  const verified = p.certifications.filter((c) => c.verified).length;
  return (
    <StepSection id="credentials">
      {p.certifications.length === 0 ? (
        <p>No board certification is listed for this doctor.</p>
      ) : (
        <>
          <p className={styles.muted}>
            {verified} of {p.certifications.length} certification{p.certifications.length === 1 ? "" : "s"}{" "}
            verified by a NeckCare Finder moderator.
            {verified < p.certifications.length
              ? " “Reported by the practice” means the doctor or their office told us and we have not checked it yet."
              : ""}
          </p>
          <ul className={styles.certList} aria-label="Board certifications">
            {p.certifications.map((c) => (
              <li key={c.id}>
                <CertificationItem
                  c={c}
                  practiceConfirmedAt={isUnclaimedImport(p) ? null : p.lastConfirmedAt}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {p.registeredSpecialty ? (
        <dl className={styles.facts}>
          <div>
            <dt>Registered specialty (NPPES taxonomy, not board certification)</dt>
            <dd>
              {p.registeredSpecialty}{" "}
              <FactMark
                kind="public"
                source="NPI registry"
                date={isUnclaimedImport(p) ? p.lastConfirmedAt : null}
              />
            </dd>
          </div>
        </dl>
      ) : null}
      {careCompare ? <CareCompareCredentials facts={careCompare} isDemo={p.source === "DEMO"} /> : null}
      <p className={styles.note}>
        Board certification is voluntary and separate from a state medical licence. “Movement disorders
        specialist” describes fellowship training, not a board certificate.
      </p>
    </StepSection>
  );
}
