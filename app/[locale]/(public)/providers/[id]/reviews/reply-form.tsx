"use client";

import { useActionState, useState } from "react";
import { replyToReview } from "./actions";
import { IDLE } from "@/lib/forms";
import { REVIEW_LIMITS } from "@/lib/validation/review";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/reviews/reviews.module.css";

/** The provider's one public reply to a review (shown to the provider's own account only). */
export function ReplyForm({ reviewId }: { reviewId: number }) {
  const [state, action, pending] = useActionState(replyToReview, IDLE);
  const [length, setLength] = useState(0);
  const id = `reply-${reviewId}`;
  const error = state.fieldErrors?.body;
  if (state.status === "ok") {
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <details>
      <summary>Reply publicly as the practice</summary>
      <form action={action} className={styles.smallForm} noValidate>
        <input type="hidden" name="reviewId" value={reviewId} />
        <div className="field">
          <label htmlFor={id}>Your reply</label>
          <textarea
            id={id}
            name="body"
            rows={4}
            defaultValue={state.values?.body ?? ""}
            onChange={(e) => setLength(e.currentTarget.value.length)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-hint`, `${id}-count`, error ? `${id}-error` : ""]
              .filter(Boolean)
              .join(" ")}
          />
          <p id={`${id}-hint`} className="field-hint">
            One reply per review, shown under it once a moderator approves it. Do not confirm that the
            reviewer is your patient or mention their treatment: that is private health information.
          </p>
          <CharacterCount
            id={`${id}-count`}
            length={length}
            min={REVIEW_LIMITS.replyMin}
            max={REVIEW_LIMITS.replyMax}
          />
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message ? (
            <p className="alert alert--error">{state.message}</p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Sending…" : "Send reply"}
        </button>
      </form>
    </details>
  );
}
