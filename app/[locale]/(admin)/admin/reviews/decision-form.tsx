"use client";

import { useActionState } from "react";
import styles from "@/components/admin/admin.module.css";
import { FieldError, FormMessage } from "@/components/admin/form-message";
import { REVIEW_LIMITS } from "@/lib/validation/review";
import type { TAdminFormState } from "../guard";

type TAction = (prev: TAdminFormState, data: FormData) => Promise<TAdminFormState>;

/**
 * Approve, or reject with a reason, one pending item (review, reply or recommendation). `back` is the
 * queue's own filter, kept across the redirect.
 */
export function DecisionForm({
  action,
  id,
  kind,
  back,
}: {
  action: TAction;
  id: number;
  kind: string;
  back?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as TAdminFormState);
  const err = state.fieldErrors ?? {};
  const fid = `${kind}-${id}-reason`;
  return (
    <form action={formAction} noValidate aria-label={`Approve or reject ${kind} #${id}`}>
      <input type="hidden" name="id" value={id} />
      {back ? <input type="hidden" name="back" value={back} /> : null}
      <div className="field">
        <label htmlFor={fid}>Reason, if you reject it (kept in the audit log)</label>
        <textarea
          id={fid}
          name="reason"
          rows={2}
          maxLength={REVIEW_LIMITS.reasonMax}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={err.reason ? true : undefined}
          aria-describedby={err.reason ? `${fid}-error` : undefined}
        />
        <FieldError id={fid} message={err.reason} />
      </div>
      <FormMessage state={state} />
      <div className={styles.inlineForm}>
        <button type="submit" name="decision" value="APPROVE" className="button" disabled={pending}>
          Approve
        </button>
        <button
          type="submit"
          name="decision"
          value="REJECT"
          className="button button--secondary"
          disabled={pending}
        >
          Reject
        </button>
      </div>
    </form>
  );
}
