"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/admin/form-message";
import type { TAdminFormState } from "../../guard";
import { suspendProviderAction, unsuspendProviderAction } from "../actions";

/** Suspend a published provider, or reinstate a suspended one; both need a reason. */
export function ProviderStatusForm({
  providerId,
  change,
}: {
  providerId: number;
  change: "suspend" | "unsuspend";
}) {
  const [state, action, pending] = useActionState(
    change === "suspend" ? suspendProviderAction : unsuspendProviderAction,
    { status: "idle" } as TAdminFormState,
  );
  const error = state.fieldErrors?.reason;
  const suspend = change === "suspend";
  return (
    <form action={action} noValidate>
      <input type="hidden" name="providerId" value={providerId} />
      <div className="field">
        <label htmlFor="status-reason">
          {suspend
            ? "Reason for suspending (e-mailed to the provider)"
            : "Reason for reinstating (e-mailed to the provider)"}
        </label>
        <textarea
          id="status-reason"
          name="reason"
          rows={3}
          required
          maxLength={1000}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "status-reason-error" : undefined}
        />
        <FieldError id="status-reason" message={error} />
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : suspend ? "Suspend this provider" : "Reinstate this provider"}
      </button>
    </form>
  );
}
