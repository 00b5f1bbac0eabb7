import NextLink from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ShortlistLink } from "@/components/shortlist/shortlist-link";
import { Link } from "@/lib/i18n/navigation";

export function SiteHeader() {
  const t = useTranslations("common.header");
  const locale = useLocale();
  // The provider area is in English only: on a Spanish page its links say so.
  const englishOnly = locale === "en" ? null : <span className="muted"> {t("englishOnly")}</span>;
  return (
    <header className="site-header no-print">
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <div className="container site-header__inner">
        <Link href="/" className="brand" aria-label={t("home")}>
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28">
            <circle cx="14" cy="14" r="13" fill="var(--brand)" />
            <path
              d="M9 19c2-6 8-6 10 0M14 7v6"
              stroke="#fff"
              strokeWidth="2.2"
              fill="none"
              strokeLinecap="round"
            />
          </svg>
          <span>NeckCare Finder</span>
        </Link>
        <nav aria-label={t("nav")}>
          <ul className="nav-list">
            <li>
              <Link href="/search">{t("find")}</Link>
            </li>
            <li>
              <Link href="/checklist">{t("checklist")}</Link>
            </li>
            <ShortlistLink />
            <li>
              <NextLink href="/providers/new" hrefLang="en">
                {t("forProviders")}
                {englishOnly}
              </NextLink>
            </li>
            <li>
              <NextLink href="/sign-in" hrefLang="en">
                {t("providerSignIn")}
                {englishOnly}
              </NextLink>
            </li>
            <LanguageSwitcher />
          </ul>
        </nav>
      </div>
    </header>
  );
}
