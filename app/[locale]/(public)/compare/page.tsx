import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getComparison } from "@/lib/data/compare";
import { medicareFor } from "@/lib/content/medicare";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";
import { MAX_COMPARE } from "@/lib/shortlist";
import { ZCompareIds } from "@/lib/validation/compare";
import { SearchIntl } from "../search/search-intl";
import { CompareTable } from "./compare-table";
import { PrintButton } from "./print-button";
import { SavedShortlist } from "./saved-shortlist";
import styles from "./compare.module.css";

type TSearchParams = Record<string, string | string[] | undefined>;
type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("title"), robots: { index: false }, alternates: alternatesFor("/compare", locale) };
}

/**
 * /compare?ids=1,2,3: up to four doctors side by side, from the shortlist kept in this browser or a
 * shared link. Without ids it offers the saved shortlist.
 */
export default async function ComparePage({ params, searchParams }: TProps) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("compare");
  const raw = (await searchParams).ids;
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === undefined || text.trim() === "") {
    return (
      <SearchIntl locale={locale}>
        <div className="container section">
          <h1>{t("title")}</h1>
          <SavedShortlist />
        </div>
      </SearchIntl>
    );
  }
  const parsed = ZCompareIds.safeParse(text);
  if (!parsed.success) {
    // lib/validation/compare.ts words its messages in English: the same three, in the page's language.
    const english = parsed.error.issues[0]?.message ?? "";
    const messages: Record<string, string> = {
      "Choose doctors to compare.": t("invalidChoose"),
      "The link names a doctor that does not exist: doctor numbers are whole numbers.": t("invalidNumber"),
      [`Compare at most ${MAX_COMPARE} doctors at a time.`]: t("invalidTooMany", { max: MAX_COMPARE }),
    };
    return (
      <SearchIntl locale={locale}>
        <div className="container section">
          <h1>{t("title")}</h1>
          <div className="alert alert--error" role="alert">
            <p>{messages[english] ?? t("invalid")}</p>
          </div>
          <SavedShortlist />
        </div>
      </SearchIntl>
    );
  }
  const { found, missing } = await getComparison({ ids: parsed.data });
  return (
    <SearchIntl locale={locale}>
      <div className={`container section ${styles.page}`}>
        <h1>{t("heading", { count: found.length })}</h1>
        <p className={styles.intro}>{t("intro")}</p>
        {missing.length ? (
          <p className="alert alert--info" role="status">
            {t("missing", { count: missing.length })}
          </p>
        ) : null}
        {found.length ? <CompareTable doctors={found} /> : <SavedShortlist />}
        <p className={styles.notes}>{t("claims", { caveat: medicareFor(locale).CLAIMS_CAVEAT })}</p>
        <div className={styles.toolbar}>
          <PrintButton label={t("print")} />
          <Link href="/search">{t("back")}</Link>
        </div>
      </div>
    </SearchIntl>
  );
}
