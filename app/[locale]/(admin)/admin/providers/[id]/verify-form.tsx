"use client";

import { useActionState } from "react";
import styles from "@/components/admin/admin.module.css";
import { FieldError, FormMessage } from "@/components/admin/form-message";
import { VERIFICATION_METHOD_LABELS, VERIFICATION_METHODS } from "@/lib/validation/moderation";
import type { TAdminFormState } from "../../guard";
import { verifyCertificationAction } from "../actions";

/** Records one check of one certification: the outcome, how it was checked and against what. */
export function VerifyCertificationForm({
  certificationId,
  label,
}: {
  certificationId: number;
  label: string;
}) {
  const [state, action, pending] = useActionState(verifyCertificationAction, {
    status: "idle",
  } as TAdminFormState);
  const err = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const id = (name: string) => `cert-${certificationId}-${name}`;
  const describedBy = (name: string, hint?: string) =>
    [err[name] ? `${id(name)}-error` : null, hint].filter(Boolean).join(" ") || undefined;
  return (
    <form action={action} noValidate aria-label={`Record a check of ${label}`}>
      <input type="hidden" name="certificationId" value={certificationId} />
      <fieldset className={styles.radios} aria-describedby={describedBy("state")}>
        <legend>Outcome</legend>
        <label>
          <input type="radio" name="state" value="VERIFIED" defaultChecked={v.state !== "REJECTED"} />{" "}
          Verified: the board confirms it
        </label>
        <label>
          <input type="radio" name="state" value="REJECTED" defaultChecked={v.state === "REJECTED"} />{" "}
          Rejected: not found, lapsed or not as listed
        </label>
        <FieldError id={id("state")} message={err.state} />
      </fieldset>
      <div className="field">
        <label htmlFor={id("method")}>How you checked it</label>
        <select
          id={id("method")}
          name="method"
          defaultValue={v.method ?? ""}
          aria-invalid={err.method ? true : undefined}
          aria-describedby={describedBy("method")}
        >
          <option value="" disabled>
            Choose a method
          </option>
          {VERIFICATION_METHODS.map((m) => (
            <option key={m} value={m}>
              {VERIFICATION_METHOD_LABELS[m]}
            </option>
          ))}
        </select>
        <FieldError id={id("method")} message={err.method} />
      </div>
      <div className="field">
        <label htmlFor={id("source")}>Source</label>
        <input
          id={id("source")}
          name="source"
          type="text"
          required
          maxLength={300}
          defaultValue={v.source ?? ""}
          aria-invalid={err.source ? true : undefined}
          aria-describedby={describedBy("source", id("source-hint"))}
        />
        <p id={id("source-hint")} className="field-hint">
          What you checked it against, e.g. “ABPN Verify Certification, abpn.org”. Shown with the
          certification.
        </p>
        <FieldError id={id("source")} message={err.source} />
      </div>
      <div className="field">
        <label htmlFor={id("note")}>Note (optional, for moderators)</label>
        <textarea
          id={id("note")}
          name="note"
          rows={2}
          maxLength={1000}
          defaultValue={v.note ?? ""}
          aria-invalid={err.note ? true : undefined}
          aria-describedby={describedBy("note")}
        />
        <FieldError id={id("note")} message={err.note} />
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Record the check"}
      </button>
    </form>
  );
}
