"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/forms";
import { moderatorSignIn } from "./actions";

export function ModeratorSignInForm() {
  const [state, action, pending] = useActionState(moderatorSignIn, IDLE);
  const err = state.fieldErrors ?? {};
  return (
    <form action={action} className="card" noValidate>
      <div className="field">
        <label htmlFor="email">E-mail address</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email ?? ""}
          aria-invalid={err.email ? true : undefined}
          aria-describedby={err.email ? "email-error" : undefined}
        />
        {err.email ? (
          <p id="email-error" className="field-error">
            {err.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={err.password ? true : undefined}
          aria-describedby={err.password ? "password-error" : undefined}
        />
        {err.password ? (
          <p id="password-error" className="field-error">
            {err.password}
          </p>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {state.message ? <p className="alert alert--error">{state.message}</p> : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
