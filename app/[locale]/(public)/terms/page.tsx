import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrustPage } from "@/components/trust/trust-page";
import { medicalFor } from "@/lib/content/medical";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "trust" });
  return { title: t("pages.terms"), description: t("terms.description"), alternates: alternatesFor("/terms", locale) };
}

export default async function TermsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "trust.terms" });
  const pages = await getTranslations({ locale, namespace: "trust.pages" });
  const { DIRECTORY_NOTICE } = medicalFor(locale);
  return (
    <TrustPage title={pages("terms")} updated="2026-12-03" current="/terms" lead={t("lead")}>
      <h2>{t("adviceTitle")}</h2>
      <p>{t("advice", { notice: DIRECTORY_NOTICE })}</p>

      <h2>{t("accuracyTitle")}</h2>
      <p>{t.rich("accuracy", { about: (chunks) => <Link href="/about">{chunks}</Link> })}</p>

      <h2>{t("requestsTitle")}</h2>
      <p>{t("requests")}</p>

      <h2>{t("reviewsTitle")}</h2>
      <ul>
        <li>{t("reviews.own")}</li>
        <li>{t("reviews.private")}</li>
        <li>{t("reviews.moderated")}</li>
      </ul>

      <h2>{t("practicesTitle")}</h2>
      <ul>
        <li>{t("practices.own")}</li>
        <li>{t("practices.current")}</li>
        <li>{t("practices.free")}</li>
      </ul>

      <h2>{t("fairTitle")}</h2>
      <p>{t("fair")}</p>

      <h2>{t("dataTitle")}</h2>
      <p>{t.rich("data", { privacy: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>

      <h2>{t("changesTitle")}</h2>
      <p>{t.rich("changes", { contact: (chunks) => <Link href="/contact">{chunks}</Link> })}</p>
    </TrustPage>
  );
}
