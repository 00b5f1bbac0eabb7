import type { TPublicReview } from "@/lib/reviews/types";
import { ReplyForm } from "./reply-form";
import { ReportReviewButton } from "./report-review-button";

/** The tools under a review: the provider's reply form (own account, not yet replied) and "report this review". */
export function ReviewTools({ review }: { review: TPublicReview }) {
  return (
    <>
      {review.ownReply === "none" ? <ReplyForm reviewId={review.id} /> : null}
      <ReportReviewButton reviewId={review.id} />
    </>
  );
}
