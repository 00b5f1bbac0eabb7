import { formatDate } from "@/components/provider/format";
import type { TPublicProfile } from "@/lib/data/profiles";
import { GENDER_LABELS } from "@/lib/providers/gender";
import { INSURANCE_NAMES, INSURANCE_REPORTED_NOTE, type TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_NAMES, type TLanguageCode } from "@/lib/providers/languages";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import styles from "./profile.module.css";

// The profile's facts from issue 13 (languages, gender, insurance), kept apart from the header and
// the consultation step so those files stay about their layout.

const languageName = (code: string) => LANGUAGE_NAMES[code as TLanguageCode] ?? code;

/** Header rows: languages by their English names (typed ones as written), and gender only if stated. */
export function LanguageAndGenderRows({ profile: p }: { profile: TPublicProfile }) {
  return (
    <>
      {p.languages.length || p.languagesOther.length ? (
        <div>
          <dt>Languages</dt>
          <dd>
            {p.languages.map(languageName).join(", ")}
            {p.languagesOther.length ? (
              <>
                {p.languages.length ? ", " : ""}
                {p.languagesOther.join(", ")}{" "}
                <span className={styles.muted}>(as written by the practice)</span>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {p.gender ? (
        <div>
          <dt>Gender</dt>
          <dd>
            {GENDER_LABELS[p.gender]}
            {isUnclaimedImport(p) ? <span className={styles.muted}> (as in the NPI registry)</span> : null}
          </dd>
        </div>
      ) : null}
    </>
  );
}

/** Insurance in the consultation step: the practice's word, dated, and never "none" when unknown. */
export function InsurancePlans({ profile: p }: { profile: TPublicProfile }) {
  const insurance = p.insurance;
  return (
    <section aria-labelledby="insurance-title">
      <h3 id="insurance-title" className={styles.sub}>
        Insurance plans
      </h3>
      {!insurance ? (
        <p className={styles.muted}>
          Not known: the public NPI registry does not say which plans the practice accepts. Call the practice
          and your plan to ask.
        </p>
      ) : insurance.plans.length === 0 ? (
        <p className={styles.muted}>
          The practice has not listed the plans it accepts. Call the practice and your plan to ask.
        </p>
      ) : (
        <>
          <ul aria-label="Insurance plans reported by the practice">
            {insurance.plans.map((slug) => (
              <li key={slug}>{INSURANCE_NAMES[slug as TInsurancePlan] ?? slug}</li>
            ))}
          </ul>
          <p>
            {INSURANCE_REPORTED_NOTE}
            {insurance.confirmedAt ? (
              <>
                {" "}
                Last confirmed{" "}
                <time dateTime={insurance.confirmedAt}>{formatDate(insurance.confirmedAt)}</time>.
              </>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
