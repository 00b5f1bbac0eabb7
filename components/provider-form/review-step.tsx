"use client";

import Link from "next/link";
import { flattenProviderForm } from "@/lib/providers/profile-diff";
import { toProviderForm, type TSubmissionStep } from "@/lib/validation/provider-form";
import { ZProviderSubmission } from "@/lib/validation/provider-submission";
import { Checkbox, FieldError } from "./fields";
import { fieldId, STEP_TITLES, stepOfPath } from "./form-steps";
import styles from "./provider-form.module.css";
import type { TStepProps } from "./step-props";

const SECTIONS: TSubmissionStep[] = ["identity", "locations", "certifications", "experience", "consultation"];

export const ATTESTATION_TEXT =
  "I attest that this information is true and that I am the provider or authorised by them.";

export function ReviewStep({
  form,
  errors,
  update,
  goTo,
}: TStepProps & { goTo: (step: TSubmissionStep) => void }) {
  // Shown as it will be stored (phone formatted, languages split), once every step is valid.
  const parsed = ZProviderSubmission.safeParse({ ...form, attestation: true });
  const entries = flattenProviderForm(parsed.success ? toProviderForm(parsed.data) : form);
  const attestationId = fieldId("attestation");
  return (
    <>
      <p className="muted">Check your answers. A moderator reviews them before anything is published.</p>
      {SECTIONS.map((section) => {
        const rows = entries.filter((e) => stepOfPath(e.field) === section);
        return (
          <section key={section} className={styles.review} aria-labelledby={`review-${section}`}>
            <div className={styles.reviewHead}>
              <h3 id={`review-${section}`}>{STEP_TITLES[section]}</h3>
              <button type="button" className="button button--secondary" onClick={() => goTo(section)}>
                Change<span className="visually-hidden"> {STEP_TITLES[section].toLowerCase()}</span>
              </button>
            </div>
            {rows.length === 0 ? (
              <p className="muted">None given.</p>
            ) : (
              <dl className={styles.reviewList}>
                {rows.map((r) => (
                  <div key={r.field}>
                    <dt>{r.label}</dt>
                    <dd>{r.value ?? <span className="muted">Not given</span>}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      <div className={styles.attest}>
        <FieldError id={attestationId} message={errors.attestation} />
        <Checkbox
          id={attestationId}
          label={ATTESTATION_TEXT}
          checked={form.attestation}
          invalid={Boolean(errors.attestation)}
          describedBy={errors.attestation ? `${attestationId}-error` : undefined}
          onChange={(on) => update((f) => ({ ...f, attestation: on }))}
        />
        <p className="field-hint">
          How we keep your account and contact details: <Link href="/privacy">privacy</Link> ·{" "}
          <Link href="/terms">terms of use</Link>
        </p>
      </div>
    </>
  );
}
