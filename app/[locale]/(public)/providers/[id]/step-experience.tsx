import { FactMark } from "@/components/provider/fact-mark";
import { formatDate, guidanceText, productText } from "@/components/provider/format";
import type { TMedicareEvidence } from "@/lib/data/medicare-evidence";
import type { TPublicProfile } from "@/lib/data/profiles";
import { MedicareClaims } from "./medicare-claims";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** The later of two ISO dates (a confirmation never predates the answers it confirmed). */
function latest(a: string | null, b: string): string {
  return a && a > b ? a : b;
}

const NOT_REPORTED = <span className={styles.muted}>Not reported</span>;

/**
 * Step 3: neck injection experience: first what the doctor reports (and says so), then what Medicare's
 * public claims show, when a claims file has been imported.
 */
export function StepExperience({
  profile: p,
  medicare,
}: {
  profile: TPublicProfile;
  medicare: TMedicareEvidence | null;
}) {
  const e = p.experience;
  return (
    <StepSection id="experience">
      {!e ? (
        <p>The doctor has not reported their neck injection experience yet.</p>
      ) : (
        <>
          <p className={styles.selfLine}>
            {/* The mark's date is the practice's last confirmation of its profile; "last updated" is
                when these answers last changed (NeckExperience.updatedAt, written only on a change). */}
            <FactMark kind="reported" date={latest(p.lastConfirmedAt, e.updatedAt)} />
            <span>
              Told to us by the doctor or their office; a moderator has not checked it (last updated{" "}
              <time dateTime={e.updatedAt}>{formatDate(e.updatedAt)}</time>).
            </span>
          </p>
          <dl className={styles.facts}>
            <div>
              <dt>Years injecting botulinum toxin in the neck</dt>
              <dd>
                {e.yearsInjecting !== null
                  ? `${e.yearsInjecting} year${e.yearsInjecting === 1 ? "" : "s"}`
                  : NOT_REPORTED}
              </dd>
            </div>
            <div>
              <dt>Neck procedures a year</dt>
              <dd>
                {e.yearlyNeckProcedures !== null
                  ? `About ${e.yearlyNeckProcedures.toLocaleString("en-US")}`
                  : NOT_REPORTED}
              </dd>
            </div>
            <div>
              <dt>Cervical dystonia focus</dt>
              <dd>{e.cervicalDystoniaFocus ? "Yes, treats cervical dystonia as a focus" : "Not stated"}</dd>
            </div>
            <div>
              <dt>Injection guidance</dt>
              <dd>{guidanceText(e.guidance) ?? NOT_REPORTED}</dd>
            </div>
            <div>
              <dt>Products used</dt>
              <dd>
                {e.products.length ? (
                  <>
                    {e.products.map(productText).join(", ")}
                    <span className={styles.hint}>Doses of different products are not interchangeable.</span>
                  </>
                ) : (
                  NOT_REPORTED
                )}
              </dd>
            </div>
            <div>
              <dt>Fellowship training</dt>
              <dd>{e.fellowship ?? NOT_REPORTED}</dd>
            </div>
          </dl>
        </>
      )}
      {medicare ? <MedicareClaims evidence={medicare} isDemo={p.source === "DEMO"} /> : null}
    </StepSection>
  );
}
