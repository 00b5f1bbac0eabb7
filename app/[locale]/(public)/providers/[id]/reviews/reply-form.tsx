"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { replyToReview } from "./actions";
import { IDLE } from "@/lib/forms";
import { REVIEW_LIMITS } from "@/lib/validation/review";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/reviews/reviews.module.css";

/** The provider's one public reply to a review (shown to the provider's own account only). */
export function ReplyForm({ reviewId }: { reviewId: number }) {
  const t = useTranslations("profileForms");
  const locale = useLocale();
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
      <summary>{t("reply.summary")}</summary>
      <form action={action} className={styles.smallForm} noValidate>
        <input type="hidden" name="reviewId" value={reviewId} />
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor={id}>{t("reply.label")}</label>
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
            {t("reply.hint")}
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
          {pending ? t("sending") : t("reply.send")}
        </button>
      </form>
    </details>
  );
}
