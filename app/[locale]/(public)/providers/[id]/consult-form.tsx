"use client";

import { CharacterCount } from "@/components/ui/character-count";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { replyTimeText } from "@/lib/content/consult";
import { fieldErrors as zodFieldErrors } from "@/lib/forms";
import {
  CONSULT_LIMITS,
  consultInput,
  REFERRAL_ANSWERS,
  REFERRAL_LABELS,
  REFERRAL_MISSING,
  ZConsultRequest,
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
    const parsed = ZConsultRequest.safeParse(input);
    // Whether a referral is needed depends on the location: the schema cannot know, the form can.
    const referralMissing = needsReferral && !input.referral;
    if (parsed.success && !referralMissing) {
      setClientErrors(null);
      return;
    }
    e.preventDefault();
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (referralMissing) found.referral ??= REFERRAL_MISSING;
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
          Your reference: <strong data-testid="consult-reference">{state.reference}</strong>. Keep it if you
          need to ask us about this request.
        </p>
        <p>{replyTimeText(state.replyDays ?? null)}</p>
        {state.copySent ? <p>We e-mailed you a copy of your request.</p> : null}
        <button type="button" className="button button--secondary" onClick={() => setAnother(true)}>
          Send another request
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
        Your request goes by e-mail to {providerName}’s practice, which contacts you directly. We never show
        your contact details on the site.
      </p>
      <p className={styles.emergency}>
        <strong>Not for emergencies.</strong> In an emergency, or if you have trouble swallowing, speaking or
        breathing, call 911.
      </p>
      {isDemo ? (
        <p className={styles.muted}>
          This is a fictional demo provider: requests go to a test mailbox, not to a real practice.
        </p>
      ) : null}
      <div role="alert" className={styles.formAlert}>
        {state.status === "error" && state.message && !clientErrors ? (
          <p className="alert alert--error">{state.message}</p>
        ) : hasErrors ? (
          <p className="alert alert--error">Please correct the fields marked below.</p>
        ) : null}
      </div>

      <input type="hidden" name="providerId" value={providerId} />
      {locations.length > 1 ? (
        <div className="field">
          <label htmlFor="cr-locationId">Location</label>
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
        label="Your name"
        autoComplete="name"
        maxLength={CONSULT_LIMITS.name}
        defaultValue={values.name}
        error={e("name")}
      />

      <fieldset
        className={styles.contact}
        aria-describedby={describedBy("cr-contact-hint", e("contact") && "cr-contact-error")}
      >
        <legend>How can the practice reach you?</legend>
        <p id="cr-contact-hint" className="field-hint">
          An e-mail address, a phone number, or both.
        </p>
        <FieldError id="cr-contact-error" error={e("contact")} />
        <div className={styles.contactFields}>
          <TextField
            prefix="cr"
            name="email"
            type="email"
            label="E-mail"
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
            label="Phone"
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
            Preferred days and times <span className={styles.optional}>(optional)</span>
          </>
        }
        hint="For example: weekday mornings, or Tuesdays after 3 pm."
        defaultValue={values.preferredTimes}
        error={e("preferredTimes")}
      />

      <div className="field">
        <label htmlFor="cr-message">Message</label>
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
          What you would like to discuss. Leave out details you would not put in an e-mail.
        </p>
        <CharacterCount id="cr-message-count" length={messageLength} max={CONSULT_LIMITS.message} />
        <FieldError id="cr-message-error" error={e("message")} />
      </div>

      {needsReferral ? (
        <fieldset
          className={styles.contact}
          aria-describedby={describedBy("cr-referral-hint", e("referral") && "cr-referral-error")}
        >
          <legend>Do you have a referral?</legend>
          <p id="cr-referral-hint" className="field-hint">
            {chosen?.label ?? "This practice"} needs a referral from another doctor. You can still ask: the
            practice will tell you what it needs.
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
                {REFERRAL_LABELS[answer]}
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
        <label htmlFor="cr-consent">
          I agree that NeckCare Finder stores this request and e-mails my name, contact details and message to
          this practice so that it can contact me.
        </label>
      </div>
      <FieldError id="cr-consent-error" error={e("consent")} />
      <p className={styles.formLinks}>
        How we keep your request, for how long, and how to have it deleted:{" "}
        <Link href="/privacy">Privacy</Link> · <Link href="/terms">Terms of use</Link> ·{" "}
        <Link href="/about">About NeckCare Finder</Link> · <Link href="/contact">Contact the moderators</Link>
      </p>

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send request"}
      </button>
    </form>
  );
}
