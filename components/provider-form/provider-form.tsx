"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { TNpiListing } from "@/lib/providers/npi-listing";
import { SUBMISSION_STEPS, type TProviderForm, type TSubmissionStep } from "@/lib/validation/provider-form";
import { CertificationsStep } from "./certifications-step";
import { ConsultationStep } from "./consultation-step";
import { ErrorSummary } from "./error-summary";
import { ExperienceStep } from "./experience-step";
import { firstStepWithError, STEP_TITLES, stepOfPath, validateStep, type TErrors } from "./form-steps";
import { IdentityStep } from "./identity-step";
import { LocationsStep } from "./locations-step";
import { NpiListingNotice } from "./npi-listing-notice";
import styles from "./provider-form.module.css";
import { ReviewStep } from "./review-step";
import type { TFormMode, TStepProps } from "./step-props";

/** What the server action answers when it does not redirect: errors keyed like the form's fields. */
export type TSubmitResult = { message?: string; fieldErrors?: TErrors; npiListing?: TNpiListing } | undefined;

type Props = {
  mode: TFormMode;
  initial: TProviderForm;
  signedInEmail: string | null;
  submit: (form: TProviderForm) => Promise<TSubmitResult>;
  checkNpi?: (npi: string) => Promise<TNpiListing | null>;
  checkZips?: (zips: string[]) => Promise<TErrors>;
  submitLabel: string;
};

const pick = (errors: TErrors, step: TSubmissionStep): TErrors =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) === step));

/**
 * The multi-step provider form. All steps' answers live here, so going back and forth (or a server
 * error) never loses what was typed; each step is checked by its part of ZProviderSubmission, and the
 * server checks the whole payload again with the same schema.
 */
export function ProviderForm({
  mode,
  initial,
  signedInEmail,
  submit,
  checkNpi,
  checkZips,
  submitLabel,
}: Props) {
  const [form, setForm] = useState(initial);
  const [index, setIndex] = useState(0);
  const [errors, setErrors] = useState<TErrors>({});
  const [message, setMessage] = useState<string>();
  const [listing, setListing] = useState<TNpiListing | null>(null);
  const [checking, setChecking] = useState(false);
  const [pending, startTransition] = useTransition();
  const [summaryFocus, setSummaryFocus] = useState(0);
  // A second click while the first is in flight must not send a second submission.
  const sending = useRef(false);
  const moved = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const step = SUBMISSION_STEPS[index] ?? "identity";

  // Focus follows the step (not on first load), then the error summary when there is one.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);
  useEffect(() => {
    if (summaryFocus) summaryRef.current?.focus();
  }, [summaryFocus]);

  const goTo = (target: TSubmissionStep, withErrors: TErrors = {}) => {
    moved.current = true;
    setIndex(SUBMISSION_STEPS.indexOf(target));
    setErrors(withErrors);
    if (Object.keys(withErrors).length) setSummaryFocus((n) => n + 1);
  };
  const fail = (errs: TErrors, msg?: string) => {
    const target = firstStepWithError(errs) ?? step;
    setMessage(msg);
    goTo(target, pick(errs, target));
    setSummaryFocus((n) => n + 1);
  };

  const send = () => {
    const all = validateStep("review", form);
    if (Object.keys(all).length) return fail(all);
    if (sending.current) return;
    sending.current = true;
    setMessage(undefined);
    startTransition(async () => {
      let result: TSubmitResult;
      try {
        result = await submit(form);
      } catch {
        result = {
          message:
            "We could not send your answers (connection problem?). Nothing was saved; please try again.",
        };
      }
      sending.current = false;
      if (!result) return;
      setListing(result.npiListing ?? null);
      fail(result.fieldErrors ?? {}, result.message);
    });
  };

  const next = async (e: FormEvent) => {
    e.preventDefault();
    // The button only looks disabled (aria-disabled keeps it focusable), so busy clicks stop here.
    if (pending || checking || sending.current) return;
    if (step === "review") return send();
    const errs = validateStep(step, form);
    if (Object.keys(errs).length) {
      setErrors(errs);
      setSummaryFocus((n) => n + 1);
      return;
    }
    // Checks only the server can make (listed NPIs, known ZIPs); if they fail to answer, the final submit checks again.
    if (step === "identity" && checkNpi) {
      setChecking(true);
      const found = await checkNpi(form.identity.npi).catch(() => null);
      setChecking(false);
      setListing(found);
      if (found && found.status !== "free") {
        const text =
          found.status === "listed"
            ? "This NPI is already listed."
            : "A new profile with this NPI is already waiting for review.";
        setErrors({ "identity.npi": text });
        setSummaryFocus((n) => n + 1);
        return;
      }
    }
    if (step === "locations" && checkZips) {
      setChecking(true);
      const zipErrors = await checkZips(form.locations.map((l) => l.zip.trim())).catch(() => ({}));
      setChecking(false);
      if (Object.keys(zipErrors).length) {
        setErrors(zipErrors);
        setSummaryFocus((n) => n + 1);
        return;
      }
    }
    setMessage(undefined);
    goTo(SUBMISSION_STEPS[index + 1] ?? "review");
  };

  const props: TStepProps = {
    form,
    errors,
    update: (change) => setForm((f) => change(f)),
    clearErrors: (prefix) =>
      setErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([p]) => !p.startsWith(prefix)))),
    mode,
    signedInEmail,
  };
  const busy = pending || checking;

  return (
    <form className={styles.form} onSubmit={next} noValidate aria-busy={busy}>
      <ol className={styles.progress} aria-label="Steps">
        {SUBMISSION_STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === index ? "step" : undefined}
            className={i < index ? styles.done : undefined}
          >
            {STEP_TITLES[s]}
          </li>
        ))}
      </ol>
      <div className="card">
        <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
          <span className={styles.stepCount}>
            Step {index + 1} of {SUBMISSION_STEPS.length}
          </span>{" "}
          {STEP_TITLES[step]}
        </h2>
        <ErrorSummary ref={summaryRef} errors={errors} message={message}>
          {listing && step === "identity" ? <NpiListingNotice listing={listing} /> : null}
        </ErrorSummary>
        {step === "identity" ? <IdentityStep {...props} /> : null}
        {step === "locations" ? <LocationsStep {...props} /> : null}
        {step === "certifications" ? <CertificationsStep {...props} /> : null}
        {step === "experience" ? <ExperienceStep {...props} /> : null}
        {step === "consultation" ? <ConsultationStep {...props} /> : null}
        {step === "review" ? <ReviewStep {...props} goTo={(s) => goTo(s)} /> : null}
        <div className={styles.nav}>
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => goTo(SUBMISSION_STEPS[index - 1] ?? "identity")}
              aria-disabled={pending}
            >
              Back
            </button>
          ) : null}
          <button type="submit" className="button" aria-disabled={busy}>
            {step === "review" ? (pending ? "Sending…" : submitLabel) : checking ? "Checking…" : "Next"}
          </button>
        </div>
      </div>
    </form>
  );
}
