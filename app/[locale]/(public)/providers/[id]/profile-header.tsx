import NextLink from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { FactMark } from "@/components/provider/fact-mark";
import { SaveButton } from "@/components/shortlist/save-button";
import { formatDate } from "@/components/provider/format";
import { factMarksFor } from "@/lib/content/fact-marks";
import { listingFor } from "@/lib/content/listing";
import { medicalFor } from "@/lib/content/medical";
import type { TPublicProfile } from "@/lib/data/profiles";
import { Link } from "@/lib/i18n/navigation";
import { LanguageAndGenderRows } from "./profile-facts";
import styles from "./profile.module.css";

const YEAR_MS = 365 * 86_400_000;

/** Name, what kind of listing this is (demo, registry import), when it was last confirmed, and the main actions. */
export function ProfileHeader({ profile: p }: { profile: TPublicProfile }) {
  const t = useTranslations("profile");
  const locale = useLocale();
  const { UNCLAIMED_INJECTIONS_NOTE } = listingFor(locale);
  const { DEMO_PROVIDER_LABEL } = medicalFor(locale);
  const { PUBLIC_SOURCES } = factMarksFor(locale);
  const primary = p.locations[0];
  const specialties = [
    ...new Set(p.certifications.flatMap((c) => [c.specialty, ...(c.subspecialty ? [c.subspecialty] : [])])),
  ].map((s) => t(`names.specialty.${s}`));
  const unclaimedImport = p.source === "NPPES_IMPORT" && !p.claimed;
  // The page is cached (ISR), so render time is not request time; the page asks to be rendered
  // again when this turns true (tagProfilePage in page.tsx), so the remark is never late.
  // eslint-disable-next-line react-hooks/purity
  const stale = p.lastConfirmedAt !== null && Date.now() - new Date(p.lastConfirmedAt).getTime() > YEAR_MS;

  return (
    <header className={`card ${styles.header}`}>
      {p.source === "DEMO" ? (
        <p className={styles.flags}>
          <span className="badge badge--demo">{DEMO_PROVIDER_LABEL}</span>
        </p>
      ) : null}
      <h1 className={styles.name} data-provider-text>
        {p.name}
      </h1>
      {specialties.length ? <p className={styles.specialties}>{specialties.join(" · ")}</p> : null}
      {primary ? (
        <p className={styles.practice}>
          <span data-provider-text>
            {primary.practiceName} · {primary.city}, {primary.state}
          </span>
          {p.locations.length > 1 ? ` · ${t("header.locations", { count: p.locations.length })}` : ""}
        </p>
      ) : null}

      {unclaimedImport ? (
        <p className="alert alert--info">
          <strong>{t("header.unclaimedTitle")}</strong> {UNCLAIMED_INJECTIONS_NOTE} {t("header.unclaimedBody")}{" "}
          {/* The claim page is English only (lib/i18n/routing.ts). */}
          <NextLink href={`/providers/${p.id}/claim`} hrefLang={locale === "en" ? undefined : "en"}>
            {t("header.claim")}
          </NextLink>
        </p>
      ) : null}
      <dl className={styles.meta}>
        <div>
          {/* An unclaimed import's date is the registry's, not a confirmation by the practice. */}
          <dt>{unclaimedImport ? t("header.registryUpdated") : t("header.lastConfirmed")}</dt>
          <dd>
            {p.lastConfirmedAt ? (
              <>
                <time dateTime={p.lastConfirmedAt}>{formatDate(p.lastConfirmedAt, locale)}</time>
                {stale ? t("header.stale") : ""}
                {unclaimedImport ? (
                  <>
                    {" "}
                    <FactMark kind="public" source={PUBLIC_SOURCES.npiRegistry} date={null} />
                  </>
                ) : null}
              </>
            ) : (
              t("header.notConfirmed")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("header.npi")}</dt>
          <dd>{p.npi}</dd>
        </div>
        <LanguageAndGenderRows profile={p} />
      </dl>
      {p.bio ? (
        <p className={styles.bio} data-provider-text>
          {p.bio}
        </p>
      ) : null}

      <div className={styles.actions}>
        <a className="button" href="#request">
          {t("header.request")}
        </a>
        <Link className="button button--secondary" href={`/checklist?provider=${p.id}`}>
          {t("header.prepare")}
        </Link>
        <SaveButton id={p.id} name={p.name} className="button button--secondary" />
        <a className={styles.reportLink} href="#report-form">
          {t("header.report")}
        </a>
      </div>
    </header>
  );
}
