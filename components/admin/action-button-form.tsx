"use client";

import { useActionState } from "react";
import type { TAdminFormState } from "@/lib/forms";
import { FormMessage } from "./form-message";

type TAction = (prev: TAdminFormState, data: FormData) => Promise<TAdminFormState>;

/** A one-button form (e.g. "Mark as spam", "Approve") that posts fixed hidden fields to an action. */
export function ActionButtonForm(props: {
  action: TAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  describedBy?: string;
  danger?: boolean;
}) {
  const [state, action, pending] = useActionState(props.action, { status: "idle" } as TAdminFormState);
  return (
    <form action={action}>
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <button
        type="submit"
        className={props.danger ? "button button--secondary" : "button"}
        disabled={pending}
        aria-describedby={props.describedBy}
      >
        {pending ? props.pendingLabel : props.label}
      </button>
    </form>
  );
}
