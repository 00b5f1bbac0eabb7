"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";
import { isEnglishOnlyPath, localizedPath } from "@/lib/i18n/routing";

/**
 * "Español" on an English page, "English" on a Spanish one: the same page and query in the other
 * language. The link works without JavaScript (the page without its query); with it, the click
 * keeps the query (the search's place and filters). Not shown in the English-only areas.
 */
export function LanguageSwitcher() {
  const locale = useLocale();
  const t = useTranslations("common.language");
  const pathname = usePathname();
  const router = useRouter();
  if (isEnglishOnlyPath(pathname)) return null;
  const other = locale === "es" ? "en" : "es";
  const href = localizedPath(pathname, other);
  return (
    <li>
      <a
        href={href}
        hrefLang={other}
        lang={other}
        aria-label={t("switchToLabel")}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
          e.preventDefault();
          router.push(`${href}${window.location.search}${window.location.hash}`);
        }}
      >
        {t("switchTo")}
      </a>
    </li>
  );
}
