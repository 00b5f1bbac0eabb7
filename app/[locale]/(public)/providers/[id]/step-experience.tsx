import { useLocale, useTranslations } from "next-intl";
import { FactMark } from "@/components/provider/fact-mark";
import { formatDate, productText } from "@/components/provider/format";
import type { Guidance } from "@/lib/generated/prisma/enums";
import { formatNumber } from "@/lib/i18n/format";
import type { TMedicareEvidence } from "@/lib/data/medicare-evidence";
import type { TPublicProfile } from "@/lib/data/profiles";
import { MedicareClaims } from "./medicare-claims";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

/** The later of two ISO dates (a confirmation never predates the answers it confirmed). */
function latest(a: string | null, b: string): string {
  return a && a > b ? a : b;
}

/** The guidance the doctor reports, or null when they said nothing about it. */
function guidanceKey(guidance: Guidance[]) {
  const emg = guidance.includes("EMG");
  const ultrasound = guidance.includes("ULTRASOUND");
  if (emg && ultrasound) return "guidanceBoth" as const;
  if (emg) return "guidanceEmg" as const;
  if (ultrasound) return "guidanceUltrasound" as const;
  return guidance.includes("NONE") ? ("guidanceNone" as const) : null;
}

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
  const t = useTranslations("profile.experience");
  const locale = useLocale();
  const NOT_REPORTED = <span className={styles.muted}>{t("notReported")}</span>;
  const e = p.experience;
  const guidance = e ? guidanceKey(e.guidance) : null;
  return (
    <StepSection id="experience">
      {!e ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className={styles.selfLine}>
            {/* The mark's date is the practice's last confirmation of its profile; "last updated" is
                when these answers last changed (NeckExperience.updatedAt, written only on a change). */}
            <FactMark kind="reported" date={latest(p.lastConfirmedAt, e.updatedAt)} />
            <span>
              {t.rich("told", {
                date: formatDate(e.updatedAt, locale),
                time: (c) => <time dateTime={e.updatedAt}>{c}</time>,
              })}
            </span>
          </p>
          <dl className={styles.facts}>
            <div>
              <dt>{t("years")}</dt>
              <dd>{e.yearsInjecting !== null ? t("yearsValue", { count: e.yearsInjecting }) : NOT_REPORTED}</dd>
            </div>
            <div>
              <dt>{t("procedures")}</dt>
              <dd>
                {e.yearlyNeckProcedures !== null
                  ? t("proceduresValue", { count: formatNumber(e.yearlyNeckProcedures, locale) })
                  : NOT_REPORTED}
              </dd>
            </div>
            <div>
              <dt>{t("focus")}</dt>
              <dd>{e.cervicalDystoniaFocus ? t("focusYes") : t("notStated")}</dd>
            </div>
            <div>
              <dt>{t("guidance")}</dt>
              <dd>{guidance ? t(guidance) : NOT_REPORTED}</dd>
            </div>
            <div>
              <dt>{t("products")}</dt>
              <dd>
                {e.products.length ? (
                  <>
                    {e.products.map(productText).join(", ")}
                    <span className={styles.hint}>{t("doses")}</span>
                  </>
                ) : (
                  NOT_REPORTED
                )}
              </dd>
            </div>
            <div>
              <dt>{t("fellowship")}</dt>
              <dd>{e.fellowship !== null ? <span data-provider-text>{e.fellowship}</span> : NOT_REPORTED}</dd>
            </div>
          </dl>
        </>
      )}
      {medicare ? <MedicareClaims evidence={medicare} isDemo={p.source === "DEMO"} /> : null}
    </StepSection>
  );
}
