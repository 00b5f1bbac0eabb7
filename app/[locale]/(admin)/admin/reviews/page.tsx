import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import rs from "@/components/reviews/reviews.module.css";
import {
  countReviewQueues,
  listPendingReviews,
  QUEUE_PAGE_SIZE,
  type TPendingReview,
} from "@/lib/data/review-moderation";
import { parseReviewsQuery } from "@/lib/validation/review";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";
import { decideReviewAction } from "./actions";
import { DecisionForm } from "./decision-form";
import { ProviderFilter, providerFilter, QueueNav, REVIEWS_SECTION } from "./queue-nav";
import { ownEntry } from "@/lib/forms";

export const metadata: Metadata = { title: "Reviews" };

const DONE: Record<string, string> = {
  approved: "Review approved: it is on the profile now.",
  rejected: "Review rejected.",
};
type TParams = Record<string, string | string[] | undefined>;

export default async function AdminReviewsPage({ searchParams }: { searchParams: Promise<TParams> }) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const params = await searchParams;
  const { page } = parseReviewsQuery(params);
  const providerId = providerFilter(params);
  const done = ownEntry(DONE, params.done);
  const [{ total, items }, counts] = await Promise.all([
    listPendingReviews({ providerId, page }),
    countReviewQueues(),
  ]);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const pageHref = (p: number) =>
    `/admin/reviews?${new URLSearchParams({ ...(providerId ? { provider: String(providerId) } : {}), page: String(p) }).toString()}`;

  return (
    <AdminShell moderator={moderator} section={REVIEWS_SECTION}>
      <h1>Reviews waiting for moderation</h1>
      <QueueNav current="reviews" counts={counts} />
      <Flash message={done} />
      <p className="muted">
        Reviews whose writers confirmed their e-mail address, longest waiting first. Approve a patient’s own
        experience of this provider; reject reviews with someone’s health or contact details, abuse, or signs
        of being fake. Reports about published reviews are under <Link href="/admin/reports">Reports</Link>.
      </p>
      <ProviderFilter path="/admin/reviews" providerId={providerId} label="Show this provider’s reviews" />
      {items.length === 0 ? (
        <p>{page > pages ? "This page is past the end of the queue." : "No reviews are waiting."}</p>
      ) : null}
      <div className={styles.stack}>
        {items.map((r) => (
          <ReviewCard key={r.id} r={r} back={providerId ? `provider=${providerId}` : undefined} />
        ))}
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages of the review queue" className={styles.pager}>
          {page > 1 ? <Link href={pageHref(page - 1)}>Previous page</Link> : null}
          <span>
            Page {page} of {pages} ({total.toLocaleString("en-US")} reviews)
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </AdminShell>
  );
}

function ReviewCard({ r, back }: { r: TPendingReview; back?: string }) {
  const titleId = `review-${r.id}-title`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Review #{r.id} of <Link href={r.provider.path}>{r.provider.name}</Link>
      </h2>
      <ul className={rs.signals} aria-label="Signals">
        {r.isEdit ? (
          <li className="badge badge--self">Edit of a {r.replaces ? "published" : "earlier"} review</li>
        ) : null}
        {r.openReports > 0 ? (
          <li className="badge badge--demo">
            <Link href="/admin/reports">
              {r.openReports} open report{r.openReports === 1 ? "" : "s"}
            </Link>
          </li>
        ) : null}
        {r.signals.map((s) => (
          <li key={s.text} className={s.level === "warn" ? "badge badge--demo" : "badge"}>
            {s.level === "warn" ? "Check: " : ""}
            {s.text}
          </li>
        ))}
      </ul>
      <dl className={styles.details}>
        <dt>Rating</dt>
        <dd>{r.rating} of 5 stars</dd>
        <dt>Name shown</dt>
        <dd>{r.displayName}</dd>
        <dt>Written</dt>
        <dd>{formatDateTime(r.createdAt)}</dd>
        <dt>Confirmed</dt>
        <dd>{formatDateTime(r.confirmedAt)}</dd>
        <dt>Network</dt>
        <dd>
          {r.networkFingerprint ? (
            <code title="First characters of a keyed hash, not the address">#{r.networkFingerprint}</code>
          ) : (
            "not recorded"
          )}
        </dd>
      </dl>
      <p className={styles.quote}>{r.body}</p>
      {r.replaces ? (
        <details>
          <summary>The published version this edit replaces ({r.replaces.rating} of 5 stars)</summary>
          <p className={styles.quote}>{r.replaces.body}</p>
        </details>
      ) : null}
      <DecisionForm action={decideReviewAction} id={r.id} kind="review" back={back} />
    </article>
  );
}
