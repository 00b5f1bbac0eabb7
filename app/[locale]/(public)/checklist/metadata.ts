import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LOCALES, localizedPath, type TLocale } from "@/lib/i18n/routing";

/** The checklist's title and description in `locale`; one canonical address per language. */
export async function checklistMetadata(locale: TLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "checklist.meta" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      canonical: localizedPath("/checklist", locale),
      languages: Object.fromEntries(LOCALES.map((l) => [l, localizedPath("/checklist", l)])),
    },
  };
}
