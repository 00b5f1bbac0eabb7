"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { TNpiListing } from "@/lib/providers/npi-listing";
import { parseDraft, serializeDraft, stepIndexOf } from "@/lib/validation/provider-form-draft";
import { SUBMISSION_STEPS, type TProviderForm, type TSubmissionStep } from "@/lib/validation/provider-form";
import { CertificationsStep } from "./certifications-step";
import { ConsultationStep } from "./consultation-step";
import { ErrorSummary } from "./error-summary";
import { ExperienceStep } from "./experience-step";
import { firstStepWithError, STEP_TITLES, stepOfPath, validateStep, type TErrors } from "./form-steps";
import { IdentityStep } from "./identity-step";
import { LocationsStep } from "./locations-step";
import { NpiListingNotice } from "./npi-listing-notice";
import { NpiRegistryOffer } from "./npi-registry-offer";
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
  /**
   * Where the draft is kept in this browser tab (sessionStorage) so a reload or Back keeps the
   * answers; removed when the form is sent. Without it nothing is stored.
   */
  draftKey?: string;
};

const pick = (errors: TErrors, step: TSubmissionStep): TErrors =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) === step));

/** The value at an error's path ("locations.0.zip"), as JSON so lists and booleans compare too. */
function valueAt(form: TProviderForm, path: string): string | undefined {
  let v: unknown = form;
  for (const key of path.split(".")) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v === undefined ? undefined : JSON.stringify(v);
}

/**
 * The errors still true after an edit: a field whose value changed keeps an error only if the step's
 * check still finds one (with its new message); an untouched field keeps its error, so a server's
 * answer ("already listed") stays until that field is changed.
 */
function stillTrue(errors: TErrors, before: TProviderForm, now: TProviderForm, fresh: TErrors): TErrors {
  const out: TErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const value = valueAt(now, path);
    if (value !== undefined && value === valueAt(before, path)) out[path] = message;
    else if (fresh[path]) out[path] = fresh[path];
  }
  return out;
}

const sameErrors = (a: TErrors, b: TErrors) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

function readDraft(key: string): TProviderForm | null {
  try {
    return parseDraft(window.sessionStorage.getItem(key));
  } catch {
    return null; // storage turned off: the form still works, it just does not survive a reload
  }
}

export function forgetDraft(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}

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
  draftKey,
}: Props) {
  const [form, setForm] = useState(initial);
  const [errors, setErrorState] = useState<TErrors>({});
  const [message, setMessage] = useState<string>();
  const [listing, setListing] = useState<TNpiListing | null>(null);
  const [checking, setChecking] = useState(false);
  const [pending, startTransition] = useTransition();
  const [summaryFocus, setSummaryFocus] = useState(0);
  // The draft is read in the browser only, so the steps render once it has been (or there is none).
  const [ready, setReady] = useState(!draftKey);
  const [restored, setRestored] = useState(false);
  // A second click while the first is in flight must not send a second submission.
  const sending = useRef(false);
  const moved = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The form as it was when the errors were found: a field changed since then is checked again.
  const errorsFor = useRef(form);
  // The step is in the URL (?step=3), so a reload stays on it and the browser's Back goes one step back.
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const requested = stepIndexOf(searchParams.get("step"), SUBMISSION_STEPS.length);
  // A step is open only once the steps before it are complete (a bookmarked ?step=5 on an empty form
  // opens the first step with something missing).
  const reachable = SUBMISSION_STEPS.slice(0, requested).findIndex(
    (s) => Object.keys(validateStep(s, form)).length > 0,
  );
  const index = ready && reachable >= 0 ? reachable : requested;
  const step = SUBMISSION_STEPS[index] ?? "identity";
  const stepHref = (i: number) => {
    const params = new URLSearchParams(searchParams.toString());
    if (i === 0) params.delete("step");
    else params.set("step", String(i + 1));
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  const setErrors = (errs: TErrors) => {
    errorsFor.current = form;
    setErrorState(errs);
  };

  // Once, after hydration: the server cannot see the tab's storage, so reading it during the first
  // render would make the server's and the browser's HTML differ.
  useEffect(() => {
    if (!draftKey) return;
    const draft = readDraft(draftKey);
    if (draft) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring from external storage, once
      setForm(draft);
      errorsFor.current = draft;
      setRestored(true);
    }
    setReady(true);
  }, [draftKey]);
  useEffect(() => {
    if (!ready || !draftKey) return;
    try {
      window.sessionStorage.setItem(draftKey, serializeDraft(form));
    } catch {
      // storage full or off: the draft is a convenience
    }
  }, [form, ready, draftKey]);
  // The URL names a step that is not open yet: show the one that is, and say so in the URL too.
  useEffect(() => {
    if (ready && reachable >= 0) window.history.replaceState(null, "", stepHref(reachable));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, reachable]);
  // A corrected field's error goes at once (and a field still wrong shows its current message).
  useEffect(() => {
    setErrorState((errs) => {
      if (!Object.keys(errs).length) return errs;
      const next = stillTrue(errs, errorsFor.current, form, validateStep(step, form));
      return sameErrors(errs, next) ? errs : next;
    });
  }, [form, step]);

  // Focus follows the step (not on first load), then the error summary when there is one.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);
  useEffect(() => {
    if (summaryFocus) summaryRef.current?.focus();
  }, [summaryFocus]);

  const goTo = (target: TSubmissionStep, withErrors: TErrors = {}) => {
    moved.current = true;
    setRestored(false);
    const i = SUBMISSION_STEPS.indexOf(target);
    if (i !== index) window.history.pushState(null, "", stepHref(i));
    setErrors(withErrors);
    if (Object.keys(withErrors).length) setSummaryFocus((n) => n + 1);
  };
  // The browser's Back and Forward move between steps: focus follows as for the buttons.
  useEffect(() => {
    const onPop = () => {
      moved.current = true;
      setErrorState({});
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
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
      if (!result) {
        // Sent: the server is taking the browser to the confirmation; the draft has done its job.
        if (draftKey) forgetDraft(draftKey);
        return;
      }
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

  const shownErrors = pick(errors, step);
  const props: TStepProps = {
    form,
    errors: shownErrors,
    update: (change) => setForm((f) => change(f)),
    clearErrors: (prefix) =>
      setErrorState((errs) =>
        Object.fromEntries(Object.entries(errs).filter(([p]) => !p.startsWith(prefix))),
      ),
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
        <ErrorSummary ref={summaryRef} errors={shownErrors} message={message}>
          {listing && step === "identity" ? <NpiListingNotice listing={listing} /> : null}
        </ErrorSummary>
        {restored && index === requested ? (
          <p className={`alert alert--info ${styles.draftNote}`}>
            Your earlier answers are back: they were kept in this browser tab, never sent anywhere, and are
            cleared when you submit.
          </p>
        ) : null}
        {!ready ? <p className="muted">Loading your answers…</p> : null}
        {ready && step === "identity" ? (
          <IdentityStep
            {...props}
            npiOffer={
              mode === "new" ? <NpiRegistryOffer npi={form.identity.npi} update={props.update} /> : null
            }
          />
        ) : null}
        {ready && step === "locations" ? <LocationsStep {...props} /> : null}
        {ready && step === "certifications" ? <CertificationsStep {...props} /> : null}
        {ready && step === "experience" ? <ExperienceStep {...props} /> : null}
        {ready && step === "consultation" ? <ConsultationStep {...props} /> : null}
        {ready && step === "review" ? <ReviewStep {...props} goTo={(s) => goTo(s)} /> : null}
        <div className={styles.nav}>
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                // Back to the step before, as the browser's Back does (one history entry per step).
                if (pending) return;
                goTo(SUBMISSION_STEPS[index - 1] ?? "identity");
              }}
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
