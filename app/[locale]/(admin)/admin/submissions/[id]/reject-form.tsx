"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/admin/form-message";
import type { TAdminFormState } from "../../guard";
import { rejectSubmissionAction } from "../actions";

export function RejectSubmissionForm({ submissionId }: { submissionId: number }) {
  const [state, action, pending] = useActionState(rejectSubmissionAction, {
    status: "idle",
  } as TAdminFormState);
  const error = state.fieldErrors?.reason;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="submissionId" value={submissionId} />
      <div className="field">
        <label htmlFor="reject-reason">Reason for rejecting (e-mailed to the submitter)</label>
        <textarea
          id="reject-reason"
          name="reason"
          rows={4}
          required
          maxLength={1000}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reject-reason-error reject-reason-hint" : "reject-reason-hint"}
        />
        <p id="reject-reason-hint" className="field-hint">
          Say what is wrong and how to fix it, e.g. “The ABPN lists no certification under this name; send a
          copy of the certificate.”
        </p>
        <FieldError id="reject-reason" message={error} />
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Rejecting…" : "Reject with this reason"}
      </button>
    </form>
  );
}
