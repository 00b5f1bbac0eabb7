import { useLocale, useTranslations } from "next-intl";
import { FactMarksKey } from "@/components/provider/fact-mark";
import { TRUST_PAGES } from "@/components/trust/trust-page";
import { Link } from "@/lib/i18n/navigation";
import { medicalFor } from "@/lib/content/medical";

export function SiteFooter() {
  const t = useTranslations("common.footer");
  const pages = useTranslations("trust.pages");
  const { DIRECTORY_NOTICE, LABEL_STATUS_NOTICE } = medicalFor(useLocale());
  return (
    <footer className="site-footer">
      <div className="container">
        <section aria-labelledby="medical-notice-title" className="medical-notice">
          <h2 id="medical-notice-title">{t("medicalNotice")}</h2>
          <p>{DIRECTORY_NOTICE}</p>
          <p>{LABEL_STATUS_NOTICE}</p>
          <p>{t("emergency")}</p>
        </section>
        {/* Printed too: a printed profile or checklist carries the marks, so it carries their key. */}
        <FactMarksKey />
        <nav aria-label={t("aboutSite")} className="site-footer__links">
          <ul>
            {TRUST_PAGES.map((p) => (
              <li key={p.href}>
                <Link href={p.href}>{pages(p.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
