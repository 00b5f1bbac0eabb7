import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewTools } from "./review-tools";
import { ReviewsSummary } from "@/components/reviews/reviews-summary";
import styles from "@/components/reviews/reviews.module.css";
import { getSessionUser } from "@/lib/auth/session";
import { getReviewsPage } from "@/lib/data/review-public";
import { getReviewTarget } from "@/lib/data/reviews";
import { parseProviderParam, parseReviewsQuery, REVIEWS_PAGE_SIZE } from "@/lib/validation/review";

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const id = parseProviderParam((await params).id);
  const target = id === null ? null : await getReviewTarget({ id });
  // The profile is the page for search engines; this list (and its filters) is for people.
  return {
    title: target ? `Patient reviews of ${target.name}` : "Provider not found",
    robots: { index: false, follow: true },
  };
}

export default async function ReviewsPage({ params, searchParams }: TProps) {
  const id = parseProviderParam((await params).id);
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
    { r: null, label: `All (${summary.count.toLocaleString("en-US")})` },
    ...[5, 4, 3, 2, 1].map((r) => ({
      r,
      label: `${r} star${r === 1 ? "" : "s"} (${(summary.distribution[r - 1] ?? 0).toLocaleString("en-US")})`,
    })),
  ];

  return (
    <div className="container section">
      <p>
        <Link href={provider.path}>Back to the profile of {provider.name}</Link>
      </p>
      <h1>Patient reviews of {provider.name}</h1>
      <ReviewsSummary summary={summary} hrefFor={(r) => href(r)} />
      <p>
        <Link className="button" href={`${provider.path}/review`}>
          Write a review
        </Link>
      </p>
      {isOwner ? (
        <p className="alert alert--info">
          You manage this profile: you can reply once, publicly, to each review.
        </p>
      ) : null}

      <nav aria-label="Filter reviews by rating">
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
        {rating ? `${rating}-star reviews` : "All reviews"}, newest first
        {pages > 1 ? (
          <span className="muted">
            {" "}
            (page {page} of {pages})
          </span>
        ) : null}
      </h2>
      {reviews.length === 0 ? (
        page > pages ? (
          <p>
            Page {page} is past the last page. <Link href={href(rating)}>Go to the first page</Link>
          </p>
        ) : (
          <p>{rating ? `No approved ${rating}-star reviews.` : "No approved reviews yet."}</p>
        )
      ) : (
        <ReviewList reviews={reviews} tools={(review) => <ReviewTools review={review} />} />
      )}

      {pages > 1 && page <= pages ? (
        <nav aria-label="Pages of reviews" className={styles.pager}>
          {page > 1 ? <Link href={href(rating, page - 1)}>Newer reviews</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={href(rating, page + 1)}>Older reviews</Link> : null}
        </nav>
      ) : null}
      <p className={styles.note}>
        Reviews describe one patient’s experience and are not medical advice. Reviewers confirm their e-mail
        address, and a moderator reads every review before it appears.
      </p>
    </div>
  );
}
