"use client";

import { CharacterCount } from "@/components/ui/character-count";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { REPORT_DETAILS_MAX, REPORT_REASON_TEXT, REPORT_REASONS } from "@/lib/validation/report";
import { reportIncorrectInformation, type TReportFormState } from "./actions";
import { describedBy, FieldError, focusFirstError } from "./form-bits";
import styles from "./profile.module.css";

const IDLE: TReportFormState = { status: "idle" };

/** What is wrong (a reason) and, optionally, what it should say. Goes to the moderation queue. */
export function ReportForm({ providerId }: { providerId: number }) {
  const t = useTranslations("profileForms");
  const locale = useLocale();
  const [state, action, pending] = useActionState(reportIncorrectInformation, IDLE);
  const [length, setLength] = useState(0);
  const [seen, setSeen] = useState(state);
  const doneRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  if (seen !== state) {
    setSeen(state);
    setLength(state.values?.details?.length ?? 0);
  }

  useEffect(() => {
    if (state.status === "ok") doneRef.current?.focus();
    if (state.status === "error")
      focusFirstError(formRef.current, ["reason", "details"], state.fieldErrors ?? {});
  }, [state]);

  if (state.status === "ok") {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="alert alert--info">
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>{t("report.number", { reference: String(state.reference) })}</p>
      </div>
    );
  }

  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form ref={formRef} action={action} noValidate className={styles.reportForm} id="report-form">
      <input type="hidden" name="providerId" value={providerId} />
      <input type="hidden" name="locale" value={locale} />
      <div role="alert">
        {state.status === "error" && state.message ? (
          <p className="alert alert--error">{state.message}</p>
        ) : null}
      </div>
      <fieldset className={styles.reasons} aria-describedby={describedBy(errors.reason && "rp-reason-error")}>
        <legend>{t("report.what")}</legend>
        <FieldError id="rp-reason-error" error={errors.reason} />
        {REPORT_REASONS.map((r) => (
          <div key={r} className={styles.radio}>
            <input
              id={`rp-reason-${r}`}
              type="radio"
              name="reason"
              value={r}
              defaultChecked={values.reason === r}
            />
            <label htmlFor={`rp-reason-${r}`}>{REPORT_REASON_TEXT[r][locale]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="rp-details">
          {t("report.details")} <span className={styles.optional}>{t("report.detailsOptional")}</span>
        </label>
        <textarea
          id="rp-details"
          name="details"
          rows={3}
          defaultValue={values.details ?? ""}
          onChange={(ev) => setLength(ev.currentTarget.value.length)}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={describedBy(
            "rp-details-hint",
            "rp-details-count",
            errors.details && "rp-details-error",
          )}
        />
        <p id="rp-details-hint" className="field-hint">
          {t("report.detailsHint")}
        </p>
        <CharacterCount id="rp-details-count" length={length} max={REPORT_DETAILS_MAX} />
        <FieldError id="rp-details-error" error={errors.details} />
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? t("sending") : t("report.send")}
      </button>
    </form>
  );
}
