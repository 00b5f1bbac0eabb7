import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import NextLink from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrustPage } from "@/components/trust/trust-page";
import { factMarksFor } from "@/lib/content/fact-marks";
import { listingFor } from "@/lib/content/listing";
import { medicalFor } from "@/lib/content/medical";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "trust" });
  return { title: t("pages.about"), description: t("about.description"), alternates: alternatesFor("/about", locale) };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "trust" });
  const { FACT_KINDS, FACT_MARKS } = factMarksFor(locale);
  const { DIRECTORY_PROMISE, UNCLAIMED_SCOPE_NOTE } = listingFor(locale);
  const { DIRECTORY_NOTICE } = medicalFor(locale);
  return (
    <TrustPage title={t("pages.about")} updated="2026-12-03" current="/about" lead={DIRECTORY_PROMISE}>
      <p>{t("about.intro", { notice: DIRECTORY_NOTICE })}</p>

      <h2>{t("about.listedTitle")}</h2>
      <ul>
        <li>{t.rich("about.registry", { strong, label: t("about.registryLabel"), scope: UNCLAIMED_SCOPE_NOTE })}</li>
        <li>
          {t.rich("about.submitted", {
            strong,
            // The provider area is in English only (lib/i18n/routing.ts).
            link: (chunks) => (
              <NextLink href="/providers/new" hrefLang="en">
                {chunks}
              </NextLink>
            ),
          })}
        </li>
        <li>{t.rich("about.claimed", { strong })}</li>
        <li>{t.rich("about.checked", { strong })}</li>
      </ul>

      <h2>{t("about.marksTitle")}</h2>
      <p>{t("about.marksIntro")}</p>
      <dl>
        {FACT_KINDS.map((kind) => (
          <div key={kind}>
            <dt>
              <span className={`badge badge--${kind}`} data-fact={kind}>
                <span aria-hidden="true" className="badge__icon">
                  {FACT_MARKS[kind].icon}
                </span>
                {FACT_MARKS[kind].label}
              </span>
            </dt>
            <dd>
              {FACT_MARKS[kind].explain.charAt(0).toUpperCase()}
              {FACT_MARKS[kind].explain.slice(1)}
            </dd>
          </div>
        ))}
      </dl>
      <p>{t("about.marksMore", { reported: FACT_MARKS.reported.label })}</p>

      <h2>{t("about.fundingTitle")}</h2>
      <p>{t("about.funding")}</p>

      <h2>{t("about.demoTitle")}</h2>
      <p>{t("about.demo")}</p>

      <h2>{t("about.questionsTitle")}</h2>
      <p>
        {t.rich("about.questions", {
          contact: (chunks) => <Link href="/contact">{chunks}</Link>,
          privacy: (chunks) => <Link href="/privacy">{chunks}</Link>,
        })}
      </p>
    </TrustPage>
  );
}
