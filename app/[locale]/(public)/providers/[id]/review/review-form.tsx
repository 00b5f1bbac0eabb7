"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/reviews/reviews.module.css";
import { fieldErrors } from "@/lib/forms";
import { formInput, REVIEW_FIELDS, REVIEW_LIMITS, ZReview } from "@/lib/validation/review";
import { sendReview, type TReviewFormState } from "./actions";

const RATINGS = [
  "1 star (poor)",
  "2 stars (fair)",
  "3 stars (good)",
  "4 stars (very good)",
  "5 stars (excellent)",
];
const ORDER = ["displayName", "email", "rating", "body", "attestation"];
const NOTICE =
  "Please don't include personal health details (diagnoses, medications) or anyone's contact details.";

/**
 * The review form. The browser runs the same schema as the server first (mistakes show at once);
 * the server's answer wins. Works as a plain form post without JavaScript.
 */
export function ReviewForm({ providerId }: { providerId: number }) {
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
        <p>
          If you reviewed this provider before from this address, your earlier review is replaced by this one
          once confirmed and approved.
        </p>
        <p className="muted">
          No e-mail after a few minutes? Check your spam folder, or send the review again.
        </p>
      </div>
    );
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const parsed = ZReview.safeParse(formInput(new FormData(e.currentTarget), REVIEW_FIELDS));
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
      <div role="alert">
        {state.status === "error" && state.message && !clientErrors ? (
          <p className="alert alert--error">{state.message}</p>
        ) : Object.keys(errors).length ? (
          <p className="alert alert--error">Please correct the fields marked below.</p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor="rv-displayName">Name to show with your review</label>
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
          Shown publicly. Your first name and last initial is plenty, e.g. “Maria G.”.
        </p>
        {err("displayName") ? (
          <p id="rv-displayName-error" className="field-error">
            {err("displayName")}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor="rv-email">Your e-mail address</label>
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
          For the confirmation link only. Never shown, and not stored: we keep a fingerprint of it so that one
          address writes one review per provider.
        </p>
        {err("email") ? (
          <p id="rv-email-error" className="field-error">
            {err("email")}
          </p>
        ) : null}
      </div>

      <fieldset className={styles.rating} aria-describedby={err("rating") ? "rv-rating-error" : undefined}>
        <legend>Your rating</legend>
        <div className={styles.ratingOptions}>
          {RATINGS.map((label, i) => (
            <label key={label}>
              <input
                type="radio"
                name="rating"
                value={i + 1}
                defaultChecked={values.rating === String(i + 1)}
              />
              {label}
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
        <label htmlFor="rv-body">Your review</label>
        <p id="rv-body-notice" className={styles.notice}>
          {NOTICE}
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
        <label htmlFor="rv-attestation">I was treated by this provider for neck injections</label>
      </div>
      {err("attestation") ? (
        <p id="rv-attestation-error" className="field-error">
          {err("attestation")}
        </p>
      ) : null}

      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Sending…" : "Send review"}
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
