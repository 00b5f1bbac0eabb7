import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { listPendingRecommendations, RECOMMENDATION_PAGE_SIZE } from "@/lib/data/recommendations";
import { countReviewQueues } from "@/lib/data/review-moderation";
import { parseReviewsQuery } from "@/lib/validation/review";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";
import { decideRecommendationAction } from "../reviews/actions";
import { DecisionForm } from "../reviews/decision-form";
import { ProviderFilter, providerFilter, QueueNav, RECOMMENDATIONS_SECTION } from "../reviews/queue-nav";
import { ownEntry } from "@/lib/forms";

export const metadata: Metadata = { title: "Recommendations" };

const DONE: Record<string, string> = {
  approved: "Recommendation approved: it shows on the profile and counts in the “recommended” filter.",
  rejected: "Recommendation rejected.",
};

export default async function AdminRecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const params = await searchParams;
  const { page } = parseReviewsQuery(params);
  const providerId = providerFilter(params);
  const [{ total, items }, counts] = await Promise.all([
    listPendingRecommendations({ page, providerId }),
    countReviewQueues(),
  ]);
  const pages = Math.max(1, Math.ceil(total / RECOMMENDATION_PAGE_SIZE));
  const pageHref = (p: number) =>
    `/admin/recommendations?${new URLSearchParams({ ...(providerId ? { provider: String(providerId) } : {}), page: String(p) }).toString()}`;
  return (
    <AdminShell moderator={moderator} section={RECOMMENDATIONS_SECTION}>
      <h1>Recommendations waiting for moderation</h1>
      <QueueNav current="recommendations" counts={counts} />
      <Flash message={ownEntry(DONE, params.done)} />
      <p className="muted">
        One listed clinician recommending another, oldest first. Approve a professional reason; reject
        anything that names patients, reads as an advertisement, or looks like a trade between two practices.
      </p>
      <ProviderFilter
        path="/admin/recommendations"
        providerId={providerId}
        label="Show this provider’s recommendations"
      />
      {items.length === 0 ? <p>No recommendations are waiting.</p> : null}
      <div className={styles.stack}>
        {items.map((r) => (
          <article key={r.id} className="card" aria-labelledby={`rec-${r.id}-title`}>
            <h2 id={`rec-${r.id}-title`}>
              <Link href={r.from.path}>{r.from.name}</Link> recommends{" "}
              <Link href={r.to.path}>{r.to.name}</Link>
            </h2>
            <dl className={styles.details}>
              <dt>Sent</dt>
              <dd>{formatDateTime(r.createdAt)}</dd>
              <dt>Reason</dt>
              <dd>
                <p className={styles.quote}>{r.reason}</p>
              </dd>
            </dl>
            <DecisionForm
              action={decideRecommendationAction}
              id={r.id}
              kind="recommendation"
              back={providerId ? `provider=${providerId}` : undefined}
            />
          </article>
        ))}
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages of the recommendation queue" className={styles.pager}>
          {page > 1 ? <Link href={pageHref(page - 1)}>Previous page</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </AdminShell>
  );
}
