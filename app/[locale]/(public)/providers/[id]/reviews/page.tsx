import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewTools } from "./review-tools";
import { ReviewsSummary } from "@/components/reviews/reviews-summary";
import styles from "@/components/reviews/reviews.module.css";
import { ScopedMessages } from "@/components/ui/scoped-messages";
import { getSessionUser } from "@/lib/auth/session";
import { getReviewsPage } from "@/lib/data/review-public";
import { getReviewTarget } from "@/lib/data/reviews";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";
import { parseProviderParam, parseReviewsQuery, REVIEWS_PAGE_SIZE } from "@/lib/validation/review";

type TProps = {
  params: Promise<{ id: string; locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { id: param, locale } = await params;
  const t = await getTranslations({ locale: localeOrDefault(locale), namespace: "reviews" });
  const id = parseProviderParam(param);
  const target = id === null ? null : await getReviewTarget({ id });
  // The profile is the page for search engines; this list (and its filters) is for people.
  return {
    title: target ? t("page.title", { name: target.name }) : t("notFound"),
    robots: { index: false, follow: true },
    alternates: id === null ? undefined : alternatesFor(`/providers/${id}/reviews`, localeOrDefault(locale)),
  };
}

export default async function ReviewsPage({ params, searchParams }: TProps) {
  const { id: param, locale: raw } = await params;
  const locale = localeOrDefault(raw);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "reviews" });
  const id = parseProviderParam(param);
  if (id === null) notFound();
  const { rating, page } = parseReviewsQuery(await searchParams);
  const viewer = await getSessionUser();
  const data = await getReviewsPage({
    providerId: id,
    rating,
    page,
    pageSize: REVIEWS_PAGE_SIZE,
    viewerId: viewer?.id ?? null,
  });
  if (!data) notFound();

  const { provider, summary, reviews, total, isOwner } = data;
  const base = `${provider.path}/reviews`;
  const href = (r: number | null, p = 1) => {
    const q = new URLSearchParams();
    if (r) q.set("rating", String(r));
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const pages = Math.max(1, Math.ceil(total / REVIEWS_PAGE_SIZE));
  const filters = [
    { r: null, label: t("page.all", { count: formatNumber(summary.count, locale) }) },
    ...[5, 4, 3, 2, 1].map((r) => ({
      r,
      label: t("page.starFilter", { stars: r, count: formatNumber(summary.distribution[r - 1] ?? 0, locale) }),
    })),
  ];

  return (
    <div className="container section">
      <p>
        <Link href={provider.path}>{t("back", { name: provider.name })}</Link>
      </p>
      <h1>{t("page.title", { name: provider.name })}</h1>
      <ReviewsSummary summary={summary} hrefFor={(r) => href(r)} />
      <p>
        <Link className="button" href={`${provider.path}/review`}>
          {t("page.write")}
        </Link>
      </p>
      {isOwner ? <p className="alert alert--info">{t("page.owner")}</p> : null}

      <nav aria-label={t("page.filter")}>
        <ul className={styles.filters}>
          {filters.map((f) => (
            <li key={f.r ?? "all"}>
              <Link href={href(f.r)} aria-current={f.r === rating ? "page" : undefined}>
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <h2>
        {rating ? t("page.headingStars", { stars: rating }) : t("page.headingAll")}
        {t("page.newestFirst")}
        {pages > 1 ? (
          <span className="muted">
            {" "}
            {t("page.pageOf", { page: String(page), pages: String(pages) })}
          </span>
        ) : null}
      </h2>
      {reviews.length === 0 ? (
        page > pages ? (
          <p>
            {t("page.pastLast", { page: String(page) })} <Link href={href(rating)}>{t("page.firstPage")}</Link>
          </p>
        ) : (
          <p>{rating ? t("page.noneStars", { stars: rating }) : t("page.none")}</p>
        )
      ) : (
        <ScopedMessages locale={locale} namespaces={["profileForms"]}>
          <ReviewList reviews={reviews} tools={(review) => <ReviewTools review={review} />} />
        </ScopedMessages>
      )}

      {pages > 1 && page <= pages ? (
        <nav aria-label={t("page.pages")} className={styles.pager}>
          {page > 1 ? <Link href={href(rating, page - 1)}>{t("page.newer")}</Link> : null}
          <span>{t("page.pagerPage", { page: String(page), pages: String(pages) })}</span>
          {page < pages ? <Link href={href(rating, page + 1)}>{t("page.older")}</Link> : null}
        </nav>
      ) : null}
      <p className={styles.note}>{t("page.note")}</p>
    </div>
  );
}
