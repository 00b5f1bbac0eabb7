"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/forms";
import { sendSignInLink } from "./actions";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(sendSignInLink, IDLE);
  const emailError = state.fieldErrors?.email;
  return (
    <form action={action} className="card" noValidate>
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="email">E-mail address</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email ?? ""}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : "email-hint"}
        />
        <p id="email-hint" className="field-hint">
          We e-mail you a link. No password needed.
        </p>
        {emailError ? (
          <p id="email-error" className="field-error">
            {emailError}
          </p>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {state.message ? (
          <p className={state.status === "ok" ? "alert alert--info" : "alert alert--error"}>
            {state.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "E-mail me a sign-in link"}
      </button>
    </form>
  );
}
