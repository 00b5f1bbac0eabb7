import { formatDate } from "@/components/provider/format";
import { StarRating } from "@/components/provider/star-rating";
import type { TPublicReview } from "@/lib/reviews/types";
import styles from "./reviews.module.css";

const OWN_REPLY_NOTE: Record<string, string> = {
  PENDING: "Your reply is waiting for a moderator.",
  REJECTED: "Your reply was not approved by a moderator, so it is not shown.",
};

/**
 * Approved reviews as plain text (React escapes it: a review containing HTML shows the HTML as
 * text). Each has "report this review"; the provider's own account also gets the reply form for
 * reviews it has not answered (`ownReply` is set only for that account).
 */
export function ReviewList({ reviews, tools }: { reviews: TPublicReview[]; tools?: (review: TPublicReview) => React.ReactNode }) {
  return (
    <ul className={styles.list}>
      {reviews.map((r) => (
        <li key={r.id} className={styles.review} id={`review-${r.id}`}>
          <p className={styles.head}>
            <StarRating value={r.rating} />
            <span>
              <strong>{r.displayName}</strong> · <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
            </span>
          </p>
          <p className={styles.body}>{r.body}</p>
          {r.reply ? (
            <div className={styles.reply}>
              <p className={styles.replyHead}>
                Reply from the practice ·{" "}
                <time dateTime={r.reply.createdAt}>{formatDate(r.reply.createdAt)}</time>
              </p>
              <p className={styles.body}>{r.reply.body}</p>
            </div>
          ) : null}
          {r.ownReply && OWN_REPLY_NOTE[r.ownReply] ? (
            <p className="muted">{OWN_REPLY_NOTE[r.ownReply]}</p>
          ) : null}
          {tools ? <div className={styles.tools}>{tools(r)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
