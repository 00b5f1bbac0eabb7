import { useLocale, useTranslations } from "next-intl";
import { FactMark } from "@/components/provider/fact-mark";
import { SaveButton } from "@/components/shortlist/save-button";
import { listingFor } from "@/lib/content/listing";
import { medicalFor } from "@/lib/content/medical";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { INSURANCE_OPTIONS, LANGUAGE_OPTIONS, optionLabel } from "@/lib/search/filters";
import type { TSearchResult } from "@/lib/search/types";
import styles from "./search.module.css";

export type TListedResult = TSearchResult & { why: string[] };

const oneDecimal = (n: number, locale: TLocale) =>
  formatNumber(n, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function Stars({ rating, count }: { rating: number | null; count: number }) {
  const t = useTranslations("search.card");
  const locale = useLocale();
  if (rating === null || count === 0) return <span className={styles.muted}>{t("noReviews")}</span>;
  return (
    <span>
      <span aria-hidden="true" className={styles.star}>
        ★
      </span>{" "}
      {oneDecimal(rating, locale)}
      <span className="visually-hidden">{t("outOf5")}</span> {t("reviewCount", { count })}
    </span>
  );
}

/**
 * One result, compact: the whole card opens the profile (the name is the one link, stretched over the
 * card), "Save" is its one other tab stop; the facts of the five steps, each with its mark. Names,
 * practice names and places are the provider's own words (data-provider-text).
 */
export function ResultCard({ r, headingId }: { r: TListedResult; headingId: string }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const date = (iso: string) => formatDate(iso, locale);
  const ev = r.medicareEvidence;
  const practiceReport = r.insurance?.find((x) => x.source === "practice");
  const assignment = r.insurance?.find((x) => x.source === "care-compare");
  const guidance = r.guidance.filter((g) => g !== "NONE");
  return (
    <>
      <div className={styles.cardHead}>
        <h3 id={headingId} className={styles.cardTitle}>
          <Link href={r.profileUrl} className={styles.cardLink} data-provider-text>
            {r.name}
          </Link>
        </h3>
        {r.distanceMiles !== null ? (
          <span className={styles.distance}>{oneDecimal(r.distanceMiles, locale)} mi</span>
        ) : null}
      </div>
      <p className={styles.practice}>
        <span data-provider-text>
          {r.practiceName} · {r.city}, {r.state}
        </span>
        {r.isDemo ? (
          <>
            {" "}
            <span className="badge badge--demo">{medicalFor(locale).DEMO_PROVIDER_LABEL}</span>
          </>
        ) : null}
        {r.isUnclaimedImport ? (
          <>
            {" "}
            <FactMark kind="public" date={null} text={t("card.unclaimedLabel")} />
          </>
        ) : null}
        {r.lastConfirmedAt ? (
          <span className={styles.confirmed}>
            {" "}
            ·{" "}
            {r.isUnclaimedImport
              ? t("card.recordUpdated", { date: date(r.lastConfirmedAt) })
              : t("card.lastConfirmed", { date: date(r.lastConfirmedAt) })}
          </span>
        ) : null}
      </p>
      {r.isUnclaimedImport ? (
        <p className={styles.muted}>{listingFor(locale).UNCLAIMED_INJECTIONS_NOTE}</p>
      ) : null}
      <ul className={styles.badges} aria-label={t("card.boards")}>
        {r.boards.length === 0 ? (
          <li className={styles.muted}>
            {r.registeredSpecialty ? (
              <FactMark
                kind="public"
                date={null}
                text={t("card.registeredSpecialty", { specialty: r.registeredSpecialty })}
              />
            ) : (
              t("card.noBoard")
            )}
          </li>
        ) : null}
        {r.boards.map((b, i) => (
          <li key={i}>
            <FactMark
              kind={b.verification === "verified" ? "verified" : "reported"}
              date={b.verification === "verified" ? b.verifiedAt : r.lastConfirmedAt}
              title={t(`boardName.${b.board}`)}
            >
              {b.board === "OTHER" ? t("card.otherBoard") : b.board} · {t(`specialty.${b.specialty}`)}
              {b.subspecialty ? ` (${t(`specialty.${b.subspecialty}`)})` : ""}
            </FactMark>
          </li>
        ))}
      </ul>
      <dl className={styles.facts}>
        <div>
          <dt>{t("card.experience")}</dt>
          <dd>
            {r.yearsInjecting !== null
              ? t("card.years", { count: r.yearsInjecting })
              : t("card.yearsUnknown")}
            {r.yearlyVolume !== null ? t("card.volume", { count: r.yearlyVolume }) : ""}
            {r.guidance.length && !r.guidance.includes("NONE")
              ? t("card.guidance", { words: guidance.map((g) => t(`card.guidance${g}`)).join(" + ") })
              : ""}
            {r.cervicalDystoniaFocus ? t("card.dystonia") : ""}
            <span className={styles.muted}>{t("card.reported")}</span>
          </dd>
        </div>
        {ev ? (
          <div>
            <dt>{t("card.claims")}</dt>
            <dd>
              {ev.patients !== null
                ? t("card.claimsPatients", { count: ev.patients })
                : t("card.claimsPatientsUnknown")}
              {ev.visits !== null ? t("card.claimsVisits", { count: ev.visits }) : ""}
              {t("card.claimsYear", { year: ev.year })}{" "}
              <FactMark kind="public" date={null} text={t("card.claimsMark", { year: ev.year })} />
              <span className={styles.muted}>{t("card.claimsPartB")}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("card.reviews")}</dt>
          <dd>
            <Stars rating={r.averageRating} count={r.reviewCount} />
          </dd>
        </div>
        <div>
          <dt>{t("card.consultations")}</dt>
          <dd>
            {r.isUnclaimedImport ? (
              t("card.unconfirmed")
            ) : (
              <>
                {r.acceptingNewPatients ? t("card.accepting") : t("card.notAccepting")}
                {r.telehealth ? t("card.telehealth") : ""}
                {r.referralNeeded ? t("card.referral") : t("card.noReferral")}
              </>
            )}
            {r.languages ? (
              <span className={styles.factLine}>
                {t("card.languages")}
                {r.languages.map((code) => optionLabel(LANGUAGE_OPTIONS, code, locale)).join(", ")}
                <span className={styles.muted}>{t("card.doctorOrStaff")}</span>
              </span>
            ) : null}
            {practiceReport ? (
              <span className={styles.factLine}>
                {t("card.insurance")}
                {practiceReport.plans.map((p) => optionLabel(INSURANCE_OPTIONS, p, locale)).join(", ")}
                <span className={styles.muted}>
                  {" "}
                  ({t("card.insuranceNote")}
                  {practiceReport.confirmedAt
                    ? t("card.insuranceConfirmed", { date: date(practiceReport.confirmedAt) })
                    : ""}
                  )
                </span>
              </span>
            ) : null}
            {assignment ? (
              <span className={styles.factLine}>
                {t("card.assignment")}{" "}
                <FactMark
                  kind="public"
                  date={null}
                  text={`Medicare Care Compare${assignment.confirmedAt ? `, ${date(assignment.confirmedAt)}` : ""}`}
                />
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      <p className={styles.matched}>
        <span className={styles.matchedLabel}>{t("card.why")}</span> {r.why.join("; ")}.
      </p>
      <div className={styles.cardActions}>
        <SaveButton id={r.id} name={r.name} />
      </div>
    </>
  );
}
