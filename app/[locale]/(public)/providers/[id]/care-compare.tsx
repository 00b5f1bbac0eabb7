import { useLocale, useTranslations } from "next-intl";
import { FactMark } from "@/components/provider/fact-mark";
import { factMarksFor } from "@/lib/content/fact-marks";
import { CARE_COMPARE_DATASET } from "@/lib/cms/evidence";
import { medicareFor } from "@/lib/content/medicare";
import type { TCareCompareFacts } from "@/lib/data/medicare-evidence";
import type { TPublicProfile } from "@/lib/data/profiles";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import m from "./medicare.module.css";
import styles from "./profile.module.css";

// Facts from Medicare Care Compare's clinicians file (issue 14, point 2), each block under the
// public-record mark with the file's date. Graduation year is "in practice since", never experience
// with injections.

function Mark({ facts }: { facts: TCareCompareFacts }) {
  const { PUBLIC_SOURCES } = factMarksFor(useLocale());
  return <FactMark kind="public" source={PUBLIC_SOURCES.careCompare} date={facts.fileDate} />;
}

function Source({ isDemo }: { isDemo: boolean }) {
  const t = useTranslations("profile.careCompare");
  const { CARE_COMPARE_DEMO_NOTE } = medicareFor(useLocale());
  return (
    <p className={m.source}>
      {isDemo ? <>{CARE_COMPARE_DEMO_NOTE} </> : null}
      {t("source")}{" "}
      <a href={CARE_COMPARE_DATASET.url} hrefLang="en" lang="en">
        {CARE_COMPARE_DATASET.name}
      </a>
      .
    </p>
  );
}

/** Step 2: medical school and graduation year, affiliated hospitals. Nothing when the file says neither. */
export function CareCompareCredentials({ facts, isDemo }: { facts: TCareCompareFacts; isDemo: boolean }) {
  const t = useTranslations("profile.careCompare");
  const { GRADUATION_NOTE } = medicareFor(useLocale());
  if (facts.graduationYear === null && facts.hospitals.length === 0 && !facts.medicalSchool) return null;
  return (
    <section aria-labelledby="care-compare-credentials-title" className={m.block}>
      <h3 id="care-compare-credentials-title" className={styles.sub}>
        {t("credentialsTitle")}
      </h3>
      <p className={styles.selfLine}>
        <Mark facts={facts} />
      </p>
      <dl className={styles.facts}>
        {facts.graduationYear !== null || facts.medicalSchool ? (
          <div>
            <dt>{t("graduation")}</dt>
            <dd>
              {facts.graduationYear ?? t("noYear")}
              {/* Medicare's own record of the school, as CMS writes it. */}
              {facts.medicalSchool ? (
                <>
                  , <span data-provider-text>{facts.medicalSchool}</span>
                </>
              ) : (
                ""
              )}
              {facts.graduationYear !== null ? <span className={styles.hint}>{GRADUATION_NOTE}</span> : null}
            </dd>
          </div>
        ) : null}
        {facts.hospitals.length ? (
          <div>
            <dt>{t("hospitals")}</dt>
            <dd>
              <ul className={m.plainList}>
                {facts.hospitals.map((h) => (
                  <li key={`${h.ccn}-${h.name}`} data-provider-text>
                    {h.name}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <Source isDemo={isDemo} />
    </section>
  );
}

/**
 * Step 5: Medicare assignment and telehealth billed to Medicare. An unclaimed registry listing has no
 * answers of the practice's, so these are its only consultation facts; on a claimed listing the
 * practice's answers come first (the locations above) and the public fact stands beside them only
 * where it differs.
 */
export function CareCompareConsultation({
  facts,
  profile: p,
}: {
  facts: TCareCompareFacts;
  profile: TPublicProfile;
}) {
  const t = useTranslations("profile.careCompare");
  const { ASSIGNMENT_TEXT, TELEHEALTH_BILLED_TEXT } = medicareFor(useLocale());
  const unclaimed = isUnclaimedImport(p);
  const practiceTelehealth = p.locations.some((l) => l.telehealthConsults);
  const showTelehealth = facts.telehealth !== null && (unclaimed || facts.telehealth !== practiceTelehealth);
  if (!facts.acceptsAssignment && !showTelehealth) return null;
  return (
    <section aria-labelledby="care-compare-consult-title" className={m.block}>
      <h3 id="care-compare-consult-title" className={styles.sub}>
        {t("consultTitle")}
      </h3>
      <p className={styles.selfLine}>
        <Mark facts={facts} />
      </p>
      <dl className={styles.facts}>
        {facts.acceptsAssignment ? (
          <div>
            <dt>{t("assignment")}</dt>
            <dd>{ASSIGNMENT_TEXT[facts.acceptsAssignment]}</dd>
          </div>
        ) : null}
        {showTelehealth && facts.telehealth !== null ? (
          <div>
            <dt>{t("telehealth")}</dt>
            <dd>
              {facts.telehealth ? TELEHEALTH_BILLED_TEXT : t("noTelehealth")}
              {unclaimed ? null : (
                <span className={styles.hint}>
                  {t("differs", { answer: practiceTelehealth ? t("offered") : t("notOffered") })}
                </span>
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <Source isDemo={p.source === "DEMO"} />
    </section>
  );
}
