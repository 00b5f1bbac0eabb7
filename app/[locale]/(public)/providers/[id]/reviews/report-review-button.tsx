"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { reportReview } from "./actions";
import { IDLE } from "@/lib/forms";
import { REVIEW_LIMITS, REVIEW_REPORT_REASON_TEXT } from "@/lib/validation/review";
import styles from "@/components/reviews/reviews.module.css";

/** "Report this review": a reason and optional details, for the moderators' reports queue. */
export function ReportReviewButton({ reviewId }: { reviewId: number }) {
  const t = useTranslations("profileForms");
  const locale = useLocale();
  const [state, action, pending] = useActionState(reportReview, IDLE);
  const id = (name: string) => `report-${reviewId}-${name}`;
  const err = state.fieldErrors ?? {};
  if (state.status === "ok") {
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <details>
      <summary>{t("reportReview.summary")}</summary>
      <form action={action} className={styles.smallForm} noValidate>
        <input type="hidden" name="reviewId" value={reviewId} />
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor={id("reason")}>{t("reportReview.what")}</label>
          <select
            id={id("reason")}
            name="reason"
            defaultValue={state.values?.reason ?? ""}
            aria-invalid={err.reason ? true : undefined}
            aria-describedby={err.reason ? `${id("reason")}-error` : undefined}
          >
            <option value="">{t("reportReview.choose")}</option>
            {Object.entries(REVIEW_REPORT_REASON_TEXT).map(([value, label]) => (
              <option key={value} value={value}>
                {label[locale]}
              </option>
            ))}
          </select>
          {err.reason ? (
            <p id={`${id("reason")}-error`} className="field-error">
              {err.reason}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={id("details")}>{t("reportReview.details")}</label>
          <textarea
            id={id("details")}
            name="details"
            rows={3}
            maxLength={REVIEW_LIMITS.reportDetails}
            defaultValue={state.values?.details ?? ""}
            aria-invalid={err.details ? true : undefined}
            aria-describedby={err.details ? `${id("details")}-error` : undefined}
          />
          {err.details ? (
            <p id={`${id("details")}-error`} className="field-error">
              {err.details}
            </p>
          ) : null}
        </div>
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message ? (
            <p className="alert alert--error">{state.message}</p>
          ) : null}
        </div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          {pending ? t("sending") : t("reportReview.send")}
        </button>
      </form>
    </details>
  );
}
