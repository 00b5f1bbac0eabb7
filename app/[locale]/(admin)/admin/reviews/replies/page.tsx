import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { countReviewQueues, listPendingReplies, QUEUE_PAGE_SIZE } from "@/lib/data/review-moderation";
import { parseReviewsQuery } from "@/lib/validation/review";
import { AdminShell } from "../../admin-shell";
import { moderatorForPage } from "../../guard";
import { decideReplyAction } from "../actions";
import { DecisionForm } from "../decision-form";
import { QueueNav, REVIEWS_SECTION } from "../queue-nav";
import { ownEntry } from "@/lib/forms";

export const metadata: Metadata = { title: "Provider replies" };

const DONE: Record<string, string> = {
  approved: "Reply approved: it shows under the review now.",
  rejected: "Reply rejected.",
};

export default async function AdminRepliesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const params = await searchParams;
  const { page } = parseReviewsQuery(params);
  const [{ total, items }, counts] = await Promise.all([listPendingReplies({ page }), countReviewQueues()]);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  return (
    <AdminShell moderator={moderator} section={REVIEWS_SECTION}>
      <h1>Provider replies waiting for moderation</h1>
      <QueueNav current="replies" counts={counts} />
      <Flash message={ownEntry(DONE, params.done)} />
      <p className="muted">
        Each provider may answer each review once, publicly. Reject replies that reveal anything about the
        patient’s health or treatment, or that argue with or threaten the reviewer.
      </p>
      {items.length === 0 ? <p>No replies are waiting.</p> : null}
      <div className={styles.stack}>
        {items.map((r) => (
          <article key={r.id} className="card" aria-labelledby={`reply-${r.id}-title`}>
            <h2 id={`reply-${r.id}-title`}>
              Reply #{r.id} from <Link href={r.provider.path}>{r.provider.name}</Link>
            </h2>
            <dl className={styles.details}>
              <dt>Sent</dt>
              <dd>{formatDateTime(r.createdAt)}</dd>
              <dt>To the review</dt>
              <dd>
                {r.review.rating} of 5 stars by {r.review.displayName}
                <p className={styles.quote}>{r.review.body}</p>
              </dd>
              <dt>Reply</dt>
              <dd>
                <p className={styles.quote}>{r.body}</p>
              </dd>
            </dl>
            <DecisionForm action={decideReplyAction} id={r.id} kind="reply" />
          </article>
        ))}
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages of the reply queue" className={styles.pager}>
          {page > 1 ? <Link href={`/admin/reviews/replies?page=${page - 1}`}>Previous page</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/admin/reviews/replies?page=${page + 1}`}>Next page</Link> : null}
        </nav>
      ) : null}
    </AdminShell>
  );
}
