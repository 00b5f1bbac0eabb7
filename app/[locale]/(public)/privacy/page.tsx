import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/trust/trust.module.css";
import { TrustPage } from "@/components/trust/trust-page";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/auth";
import { DELETION_DAYS, RETENTION, SESSION_DAYS } from "@/lib/content/retention";
import { CONFIRM_HOURS } from "@/lib/data/reviews";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "trust" });
  return { title: t("pages.privacy"), description: t("privacy.description"), alternates: alternatesFor("/privacy", locale) };
}

// Every row says what the code does: the periods come from lib/content/retention.ts, which the hourly
// purge (lib/data/retention.ts) applies; the deletion request is lib/data/data-deletion.ts. Change
// this page (both languages: lib/i18n/messages/{en,es}/trust.json) in the same commit as any of them.

const ROWS = ["consult", "emails", "reviews", "contact", "accounts", "sessions", "rateLimits", "audit"] as const;

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "trust.privacy" });
  const pages = await getTranslations({ locale, namespace: "trust.pages" });
  const kept: Record<(typeof ROWS)[number], string> = {
    consult: t("rows.consult.kept", { days: RETENTION.consultRequestDays }),
    emails: t("rows.emails.kept", { days: RETENTION.sentEmailDays }),
    reviews: t("rows.reviews.kept", { hours: CONFIRM_HOURS, days: RETENTION.unconfirmedReviewDays }),
    contact: t("rows.contact.kept", { days: RETENTION.closedContactMessageDays }),
    accounts: t("rows.accounts.kept"),
    sessions: t("rows.sessions.kept", { sessionDays: SESSION_DAYS, linkMinutes: MAGIC_LINK_MINUTES }),
    rateLimits: t("rows.rateLimits.kept", { days: RETENTION.rateLimitDays, failureDays: RETENTION.signInFailureDays }),
    audit: t("rows.audit.kept"),
  };
  return (
    <TrustPage title={pages("privacy")} updated="2026-12-03" current="/privacy" lead={t("lead")}>
      <h2>{t("freeTitle")}</h2>
      <p>{t("free")}</p>

      <h2>{t("keptTitle")}</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colWhat")}</th>
              <th scope="col">{t("colWhy")}</th>
              <th scope="col">{t("colKept")}</th>
              <th scope="col">{t("colWho")}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{t(`rows.${row}.what`)}</th>
                {/* data-label: the column's name, shown before each cell on a phone (trust.module.css). */}
                <td data-label={t("colWhy")}>{t(`rows.${row}.why`)}</td>
                <td data-label={t("colKept")}>{kept[row]}</td>
                <td data-label={t("colWho")}>{t(`rows.${row}.who`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t("practices")}</p>

      <h2 id="deletion">{t("deletionTitle")}</h2>
      <p>
        {t.rich("deletion", {
          days: DELETION_DAYS,
          link: (chunks) => <Link href={{ pathname: "/contact", query: { topic: "delete" } }}>{chunks}</Link>,
        })}
      </p>
      <ul>
        <li>{t("deleted.consults")}</li>
        <li>{t("deleted.unconfirmed")}</li>
        <li>{t("deleted.published")}</li>
        <li>{t("deleted.emails")}</li>
      </ul>
      <p>{t.rich("phone", { link: (chunks) => <Link href="/about">{chunks}</Link> })}</p>

      <h2>{t("cookiesTitle")}</h2>
      <p>{t.rich("cookies", { days: SESSION_DAYS, code: (chunks) => <code>{chunks}</code> })}</p>
      <p>{t("maps")}</p>

      <h2>{t("questionsTitle")}</h2>
      <p>
        {t.rich("questions", {
          contact: (chunks) => <Link href="/contact">{chunks}</Link>,
          terms: (chunks) => <Link href="/terms">{chunks}</Link>,
        })}
      </p>
    </TrustPage>
  );
}
