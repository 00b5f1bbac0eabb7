import { useLocale, useTranslations } from "next-intl";
import { CertificationItem } from "@/components/provider/certification-badge";
import { FactMark } from "@/components/provider/fact-mark";
import { factMarksFor } from "@/lib/content/fact-marks";
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
  const t = useTranslations("profile.credentials");
  const { PUBLIC_SOURCES } = factMarksFor(useLocale());
  const verified = p.certifications.filter((c) => c.verified).length;
  return (
    <StepSection id="credentials">
      {p.certifications.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className={styles.muted}>
            {t("verifiedCount", { verified, total: p.certifications.length })}
            {verified < p.certifications.length ? t("reportedMeans") : ""}
          </p>
          <ul className={styles.certList} aria-label={t("list")}>
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
            <dt>{t("registered")}</dt>
            <dd>
              {/* The NPPES taxonomy's own (English) words, as the registry has them. */}
              <span lang="en">{p.registeredSpecialty}</span>{" "}
              <FactMark
                kind="public"
                source={PUBLIC_SOURCES.npiRegistry}
                date={isUnclaimedImport(p) ? p.lastConfirmedAt : null}
              />
            </dd>
          </div>
        </dl>
      ) : null}
      {careCompare ? <CareCompareCredentials facts={careCompare} isDemo={p.source === "DEMO"} /> : null}
      <p className={styles.note}>{t("note")}</p>
    </StepSection>
  );
}
