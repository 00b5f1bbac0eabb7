"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/reviews/reviews.module.css";
import { fieldErrors } from "@/lib/forms";
import { formInput, REVIEW_FIELDS, REVIEW_LIMITS, reviewSchemas } from "@/lib/validation/review";
import { sendReview, type TReviewFormState } from "./actions";

const RATINGS = ["1", "2", "3", "4", "5"] as const;
const ORDER = ["displayName", "email", "rating", "body", "attestation"];

/**
 * The review form. The browser runs the same schema as the server first (mistakes show at once);
 * the server's answer wins. Works as a plain form post without JavaScript.
 */
export function ReviewForm({ providerId }: { providerId: number }) {
  const t = useTranslations("profileForms");
  const locale = useLocale();
  const [state, action, pending] = useActionState(sendReview, { status: "idle" } as TReviewFormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [bodyLength, setBodyLength] = useState(0);
  const [seen, setSeen] = useState(state);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  // A new answer from the server replaces the browser's errors; the counter follows the restored text.
  if (seen !== state) {
    setSeen(state);
    setClientErrors(null);
    setBodyLength(state.values?.body?.length ?? 0);
  }
  const errors = clientErrors ?? (state.status === "error" ? (state.fieldErrors ?? {}) : {});
  const values = state.status === "error" ? (state.values ?? {}) : {};

  useEffect(() => {
    if (state.status === "ok") doneRef.current?.focus();
    else if (state.status === "error") focusFirst(formRef.current, state.fieldErrors ?? {});
  }, [state]);

  if (state.status === "ok") {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="alert alert--info">
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>{t("review.replaced")}</p>
        <p className="muted">{t("review.noMail")}</p>
      </div>
    );
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const parsed = reviewSchemas(locale).review.safeParse(formInput(new FormData(e.currentTarget), REVIEW_FIELDS));
    if (parsed.success) return setClientErrors(null);
    e.preventDefault();
    const found = fieldErrors(parsed.error);
    setClientErrors(found);
    focusFirst(e.currentTarget, found);
  }

  const err = (k: string) => errors[k];
  const describe = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(" ") || undefined;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className={`card ${styles.form}`}>
      <input type="hidden" name="providerId" value={providerId} />
      <input type="hidden" name="locale" value={locale} />
      <div role="alert">
        {state.status === "error" && state.message && !clientErrors ? (
          <p className="alert alert--error">{state.message}</p>
        ) : Object.keys(errors).length ? (
          <p className="alert alert--error">{t("correct")}</p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor="rv-displayName">{t("review.displayName")}</label>
        <input
          id="rv-displayName"
          name="displayName"
          type="text"
          autoComplete="given-name"
          maxLength={REVIEW_LIMITS.displayName}
          defaultValue={values.displayName ?? ""}
          aria-invalid={err("displayName") ? true : undefined}
          aria-describedby={describe("rv-displayName-hint", err("displayName") && "rv-displayName-error")}
        />
        <p id="rv-displayName-hint" className="field-hint">
          {t("review.displayNameHint")}
        </p>
        {err("displayName") ? (
          <p id="rv-displayName-error" className="field-error">
            {err("displayName")}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor="rv-email">{t("review.email")}</label>
        <input
          id="rv-email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={REVIEW_LIMITS.email}
          defaultValue={values.email ?? ""}
          aria-invalid={err("email") ? true : undefined}
          aria-describedby={describe("rv-email-hint", err("email") && "rv-email-error")}
        />
        <p id="rv-email-hint" className="field-hint">
          {t("review.emailHint")}
        </p>
        {err("email") ? (
          <p id="rv-email-error" className="field-error">
            {err("email")}
          </p>
        ) : null}
      </div>

      <fieldset className={styles.rating} aria-describedby={err("rating") ? "rv-rating-error" : undefined}>
        <legend>{t("review.rating")}</legend>
        <div className={styles.ratingOptions}>
          {RATINGS.map((rating) => (
            <label key={rating}>
              <input type="radio" name="rating" value={rating} defaultChecked={values.rating === rating} />
              {t(`review.ratings.${rating}`)}
            </label>
          ))}
        </div>
        {err("rating") ? (
          <p id="rv-rating-error" className="field-error">
            {err("rating")}
          </p>
        ) : null}
      </fieldset>

      <div className="field">
        <label htmlFor="rv-body">{t("review.body")}</label>
        <p id="rv-body-notice" className={styles.notice}>
          {t("review.notice")}
        </p>
        <textarea
          id="rv-body"
          name="body"
          rows={8}
          defaultValue={values.body ?? ""}
          onChange={(e) => setBodyLength(e.currentTarget.value.length)}
          aria-invalid={err("body") ? true : undefined}
          aria-describedby={describe("rv-body-notice", "rv-body-count", err("body") && "rv-body-error")}
        />
        <CharacterCount
          id="rv-body-count"
          length={bodyLength}
          min={REVIEW_LIMITS.bodyMin}
          max={REVIEW_LIMITS.bodyMax}
        />
        {err("body") ? (
          <p id="rv-body-error" className="field-error">
            {err("body")}
          </p>
        ) : null}
      </div>

      <div className={styles.check}>
        <input
          id="rv-attestation"
          name="attestation"
          type="checkbox"
          defaultChecked={values.attestation === "on"}
          aria-invalid={err("attestation") ? true : undefined}
          aria-describedby={err("attestation") ? "rv-attestation-error" : undefined}
        />
        <label htmlFor="rv-attestation">{t("review.attestation")}</label>
      </div>
      {err("attestation") ? (
        <p id="rv-attestation-error" className="field-error">
          {err("attestation")}
        </p>
      ) : null}

      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("sending") : t("review.send")}
        </button>
      </p>
    </form>
  );
}

/** Focus the first field with an error, in page order, so keyboard and screen reader users land on it. */
function focusFirst(form: HTMLFormElement | null, errors: Record<string, string>) {
  const first = ORDER.find((k) => errors[k]);
  if (form && first) form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}
