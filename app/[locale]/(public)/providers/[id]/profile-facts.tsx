import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/components/provider/format";
import type { TPublicProfile } from "@/lib/data/profiles";
import { INSURANCE_NAMES, type TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_CODES, type TLanguageCode } from "@/lib/providers/languages";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import styles from "./profile.module.css";

// The profile's facts from issue 13 (languages, gender, insurance), kept apart from the header and
// the consultation step so those files stay about their layout.

const isLanguageCode = (code: string): code is TLanguageCode => (LANGUAGE_CODES as readonly string[]).includes(code);

/** Header rows: languages by their names in the page's language (typed ones as written), and gender only if stated. */
export function LanguageAndGenderRows({ profile: p }: { profile: TPublicProfile }) {
  const t = useTranslations("profile");
  const locale = useLocale();
  const names = p.languages.map((code) => (isLanguageCode(code) ? t(`names.languages.${code}`) : code));
  // Spanish writes language names in lower case; the list starts with a capital all the same.
  const list = names.join(", ");
  const shown = locale === "en" ? list : `${list.charAt(0).toUpperCase()}${list.slice(1)}`;
  return (
    <>
      {p.languages.length || p.languagesOther.length ? (
        <div>
          <dt>{t("facts.languages")}</dt>
          <dd>
            {shown}
            {p.languagesOther.length ? (
              <>
                {p.languages.length ? ", " : ""}
                <span data-provider-text>{p.languagesOther.join(", ")}</span>{" "}
                <span className={styles.muted}>{t("facts.asWritten")}</span>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {p.gender ? (
        <div>
          <dt>{t("facts.gender")}</dt>
          <dd>
            {t(`names.gender.${p.gender}`)}
            {isUnclaimedImport(p) ? <span className={styles.muted}>{t("facts.asInRegistry")}</span> : null}
          </dd>
        </div>
      ) : null}
    </>
  );
}

/** Insurance in the consultation step: the practice's word, dated, and never "none" when unknown. */
export function InsurancePlans({ profile: p }: { profile: TPublicProfile }) {
  const t = useTranslations("profile.facts");
  const locale = useLocale();
  const insurance = p.insurance;
  return (
    <section aria-labelledby="insurance-title">
      <h3 id="insurance-title" className={styles.sub}>
        {t("insurance")}
      </h3>
      {!insurance ? (
        <p className={styles.muted}>{t("insuranceUnknown")}</p>
      ) : insurance.plans.length === 0 ? (
        <p className={styles.muted}>{t("insuranceNone")}</p>
      ) : (
        <>
          <ul aria-label={t("insuranceList")}>
            {insurance.plans.map((slug) => (
              <li key={slug}>{INSURANCE_NAMES[slug as TInsurancePlan] ?? slug}</li>
            ))}
          </ul>
          <p>
            {t("insuranceNote")}
            {insurance.confirmedAt ? (
              <>
                {" "}
                {t.rich("insuranceConfirmed", {
                  date: formatDate(insurance.confirmedAt, locale),
                  time: (c) => <time dateTime={insurance.confirmedAt!}>{c}</time>,
                })}
              </>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
