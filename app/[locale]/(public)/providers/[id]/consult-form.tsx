"use client";

import { CharacterCount } from "@/components/ui/character-count";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { consultFor } from "@/lib/content/consult";
import { fieldErrors as zodFieldErrors } from "@/lib/forms";
import { Link } from "@/lib/i18n/navigation";
import {
  CONSULT_LIMITS,
  consultInput,
  consultSchema,
  REFERRAL_ANSWERS,
  REFERRAL_MISSING_TEXT,
  referralLabels,
} from "@/lib/validation/consult-request";
import { requestConsultation, type TConsultFormState } from "./actions";
import { describedBy, FieldError, focusFirstError, TextField } from "./form-bits";
import styles from "./profile.module.css";

type Props = {
  providerId: number;
  providerName: string;
  isDemo: boolean;
  /** Only the locations accepting new patients: the page shows no form without one. */
  locations: Array<{ id: number; label: string; referralRequired: boolean }>;
};

const IDLE: TConsultFormState = { status: "idle" };
// Page order; the shared "contact" error belongs to the e-mail field.
const FOCUS_ORDER = [
  "locationId",
  "name",
  ["contact", "email"],
  "email",
  "phone",
  "preferredTimes",
  "message",
  "referral",
  "consent",
] as const;

/**
 * The consultation request. The same zod schema as the server checks the input before sending (so
 * mistakes show at once); the server checks again and its answer wins. The submit button is disabled
 * while a request is on its way, so a double click sends once (the server also folds an identical
 * resubmission into the first request). Works without JavaScript as a plain form post.
 */
export function ConsultForm({ providerId, providerName, isDemo, locations }: Props) {
  const t = useTranslations("profileForms");
  const locale = useLocale();
  const [state, action, pending] = useActionState(requestConsultation, IDLE);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [messageLength, setMessageLength] = useState(0);
  const [seen, setSeen] = useState(state);
  const [another, setAnother] = useState(false);
  const [locationId, setLocationId] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  // A new answer from the server: its errors replace the browser's, and the counter follows the text
  // the form is reset to.
  if (seen !== state) {
    setSeen(state);
    setClientErrors(null);
    setAnother(false);
    setMessageLength(state.values?.message?.length ?? 0);
    setLocationId(null);
  }

  const errors = clientErrors ?? (state.status === "error" ? (state.fieldErrors ?? {}) : {});
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const done = state.status === "ok" && !another;
  const chosenId = locationId ?? values.locationId ?? String(locations[0]?.id ?? "");
  const chosen = locations.find((l) => String(l.id) === chosenId) ?? locations[0];
  const needsReferral = chosen?.referralRequired ?? false;

  useEffect(() => {
    if (done) doneRef.current?.focus();
    else if (state.status === "error") focusFirstError(formRef.current, FOCUS_ORDER, state.fieldErrors ?? {});
  }, [state, done]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const input = consultInput(new FormData(e.currentTarget));
    const parsed = consultSchema(locale).safeParse(input);
    // Whether a referral is needed depends on the location: the schema cannot know, the form can.
    const referralMissing = needsReferral && !input.referral;
    if (parsed.success && !referralMissing) {
      setClientErrors(null);
      return;
    }
    e.preventDefault();
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (referralMissing) found.referral ??= REFERRAL_MISSING_TEXT[locale];
    setClientErrors(found);
    focusFirstError(e.currentTarget, FOCUS_ORDER, found);
  }

  if (done) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className={`alert alert--info ${styles.done}`}>
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>
          {t.rich("consult.reference", {
            reference: state.reference ?? "",
            strong: (c) => <strong data-testid="consult-reference">{c}</strong>,
          })}
        </p>
        <p>{consultFor(locale).replyTimeText(state.replyDays ?? null)}</p>
        {state.copySent ? <p>{t("consult.copySent")}</p> : null}
        <button type="button" className="button button--secondary" onClick={() => setAnother(true)}>
          {t("consult.another")}
        </button>
      </div>
    );
  }

  const e = (k: string) => errors[k];
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      noValidate
      className={styles.form}
      aria-describedby="request-intro"
    >
      <p id="request-intro" className={styles.formIntro}>
        {t("consult.intro", { name: providerName })}
      </p>
      <p className={styles.emergency}>
        <strong>{t("consult.emergencyTitle")}</strong> {t("consult.emergency")}
      </p>
      {isDemo ? <p className={styles.muted}>{t("consult.demo")}</p> : null}
      <div role="alert" className={styles.formAlert}>
        {state.status === "error" && state.message && !clientErrors ? (
          <p className="alert alert--error">{state.message}</p>
        ) : hasErrors ? (
          <p className="alert alert--error">{t("correct")}</p>
        ) : null}
      </div>

      <input type="hidden" name="providerId" value={providerId} />
      <input type="hidden" name="locale" value={locale} />
      {locations.length > 1 ? (
        <div className="field">
          <label htmlFor="cr-locationId">{t("consult.location")}</label>
          <select
            id="cr-locationId"
            name="locationId"
            defaultValue={values.locationId ?? String(locations[0]?.id ?? "")}
            onChange={(ev) => setLocationId(ev.currentTarget.value)}
            aria-invalid={e("locationId") ? true : undefined}
            aria-describedby={describedBy(e("locationId") && "cr-locationId-error")}
          >
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
          <FieldError id="cr-locationId-error" error={e("locationId")} />
        </div>
      ) : (
        <input type="hidden" name="locationId" value={locations[0]?.id ?? ""} />
      )}

      <TextField
        prefix="cr"
        name="name"
        label={t("consult.name")}
        autoComplete="name"
        maxLength={CONSULT_LIMITS.name}
        defaultValue={values.name}
        error={e("name")}
      />

      <fieldset
        className={styles.contact}
        aria-describedby={describedBy("cr-contact-hint", e("contact") && "cr-contact-error")}
      >
        <legend>{t("consult.contact")}</legend>
        <p id="cr-contact-hint" className="field-hint">
          {t("consult.contactHint")}
        </p>
        <FieldError id="cr-contact-error" error={e("contact")} />
        <div className={styles.contactFields}>
          <TextField
            prefix="cr"
            name="email"
            type="email"
            label={t("consult.email")}
            autoComplete="email"
            maxLength={CONSULT_LIMITS.email}
            defaultValue={values.email}
            error={e("email")}
            invalid={Boolean(e("contact"))}
            alsoDescribedBy={e("contact") && "cr-contact-error"}
          />
          <TextField
            prefix="cr"
            name="phone"
            type="tel"
            label={t("consult.phone")}
            autoComplete="tel"
            maxLength={CONSULT_LIMITS.phone}
            defaultValue={values.phone}
            error={e("phone")}
            invalid={Boolean(e("contact"))}
            alsoDescribedBy={e("contact") && "cr-contact-error"}
          />
        </div>
      </fieldset>

      <TextField
        prefix="cr"
        name="preferredTimes"
        maxLength={CONSULT_LIMITS.preferredTimes}
        label={
          <>
            {t("consult.times")} <span className={styles.optional}>{t("optional")}</span>
          </>
        }
        hint={t("consult.timesHint")}
        defaultValue={values.preferredTimes}
        error={e("preferredTimes")}
      />

      <div className="field">
        <label htmlFor="cr-message">{t("consult.message")}</label>
        <textarea
          id="cr-message"
          name="message"
          rows={5}
          defaultValue={values.message ?? ""}
          onChange={(ev) => setMessageLength(ev.currentTarget.value.length)}
          aria-invalid={e("message") ? true : undefined}
          aria-describedby={describedBy(
            "cr-message-hint",
            "cr-message-count",
            e("message") && "cr-message-error",
          )}
        />
        <p id="cr-message-hint" className="field-hint">
          {t("consult.messageHint")}
        </p>
        <CharacterCount id="cr-message-count" length={messageLength} max={CONSULT_LIMITS.message} />
        <FieldError id="cr-message-error" error={e("message")} />
      </div>

      {needsReferral ? (
        <fieldset
          className={styles.contact}
          aria-describedby={describedBy("cr-referral-hint", e("referral") && "cr-referral-error")}
        >
          <legend>{t("consult.referral")}</legend>
          <p id="cr-referral-hint" className="field-hint">
            {t("consult.referralHint", { place: chosen?.label ?? t("consult.thisPractice") })}
          </p>
          <FieldError id="cr-referral-error" error={e("referral")} />
          <div className={styles.choices}>
            {REFERRAL_ANSWERS.map((answer) => (
              <label key={answer} className={styles.choice}>
                <input
                  type="radio"
                  name="referral"
                  value={answer}
                  defaultChecked={values.referral === answer}
                />
                {referralLabels(locale)[answer]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div className={styles.consent}>
        <input
          id="cr-consent"
          name="consent"
          type="checkbox"
          defaultChecked={values.consent === "on"}
          aria-invalid={e("consent") ? true : undefined}
          aria-describedby={describedBy(e("consent") && "cr-consent-error")}
        />
        <label htmlFor="cr-consent">{t("consult.consent")}</label>
      </div>
      <FieldError id="cr-consent-error" error={e("consent")} />
      <p className={styles.formLinks}>
        {t("consult.links")} <Link href="/privacy">{t("consult.privacy")}</Link> ·{" "}
        <Link href="/terms">{t("consult.terms")}</Link> · <Link href="/about">{t("consult.about")}</Link> ·{" "}
        <Link href="/contact">{t("consult.contactModerators")}</Link>
      </p>

      <button type="submit" className="button" disabled={pending}>
        {pending ? t("sending") : t("consult.send")}
      </button>
    </form>
  );
}
