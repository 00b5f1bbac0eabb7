import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/components/provider/format";
import { StarRating } from "@/components/provider/star-rating";
import type { TPublicReview } from "@/lib/reviews/types";
import styles from "./reviews.module.css";

/**
 * Approved reviews as plain text (React escapes it: a review containing HTML shows the HTML as
 * text), as written: reviews and replies are in whatever language their writer used. Each has
 * "report this review"; the provider's own account also gets the reply form for reviews it has not
 * answered (`ownReply` is set only for that account).
 */
export function ReviewList({ reviews, tools }: { reviews: TPublicReview[]; tools?: (review: TPublicReview) => React.ReactNode }) {
  const t = useTranslations("reviews.list");
  const locale = useLocale();
  const ownNote = (status: TPublicReview["ownReply"]) =>
    status === "PENDING" ? t("ownPending") : status === "REJECTED" ? t("ownRejected") : null;
  return (
    <ul className={styles.list}>
      {reviews.map((r) => (
        <li key={r.id} className={styles.review} id={`review-${r.id}`}>
          <p className={styles.head}>
            <StarRating value={r.rating} />
            <span>
              <strong data-provider-text>{r.displayName}</strong> ·{" "}
              <time dateTime={r.createdAt}>{formatDate(r.createdAt, locale)}</time>
            </span>
          </p>
          <p className={styles.body} data-provider-text>
            {r.body}
          </p>
          {r.reply ? (
            <div className={styles.reply}>
              <p className={styles.replyHead}>
                {t("reply")} <time dateTime={r.reply.createdAt}>{formatDate(r.reply.createdAt, locale)}</time>
              </p>
              <p className={styles.body} data-provider-text>
                {r.reply.body}
              </p>
            </div>
          ) : null}
          {ownNote(r.ownReply) ? <p className="muted">{ownNote(r.ownReply)}</p> : null}
          {tools ? <div className={styles.tools}>{tools(r)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
