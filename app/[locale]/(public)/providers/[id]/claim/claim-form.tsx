"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE } from "@/lib/forms";
import { submitClaim } from "./actions";

export function ClaimForm({ providerId, npiLast4 }: { providerId: number; npiLast4: string }) {
  const [state, action, pending] = useActionState(submitClaim.bind(null, providerId), IDLE);
  const err = state.fieldErrors ?? {};
  if (state.status === "ok") {
    return (
      <div className="alert alert--info" role="status">
        <p>{state.message}</p>
        <p>
          <Link href="/account">Go to your account</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="card" noValidate>
      <div className="field">
        <label htmlFor="npi">Your NPI</label>
        <input
          id="npi"
          name="npi"
          inputMode="numeric"
          autoComplete="off"
          maxLength={14}
          defaultValue={state.values?.npi ?? ""}
          aria-invalid={err.npi ? true : undefined}
          aria-describedby={err.npi ? "npi-hint npi-error" : "npi-hint"}
        />
        <p id="npi-hint" className="field-hint">
          The 10-digit NPI of this listing (it ends in {npiLast4}).
        </p>
        {err.npi ? (
          <p id="npi-error" className="field-error">
            {err.npi}
          </p>
        ) : null}
      </div>
      <div className="field">
        <div style={{ display: "flex", gap: "0.5rem", alignItems: "flex-start" }}>
          <input
            id="attest"
            name="attest"
            type="checkbox"
            style={{ width: "1.2rem", height: "1.2rem", marginTop: "0.25rem" }}
            aria-invalid={err.attest ? true : undefined}
            aria-describedby={err.attest ? "attest-error" : undefined}
          />
          <label htmlFor="attest" style={{ fontWeight: 400 }}>
            I am this provider, or I am authorised by them to manage this listing, and what I will publish is
            true.
          </label>
        </div>
        {err.attest ? (
          <p id="attest-error" className="field-error">
            {err.attest}
          </p>
        ) : null}
      </div>
      <p className="field-hint">
        How we keep your account and contact details: <Link href="/privacy">privacy</Link> ·{" "}
        <Link href="/terms">terms of use</Link>
      </p>
      <div role="status" aria-live="polite">
        {state.message ? <p className="alert alert--error">{state.message}</p> : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send my claim for review"}
      </button>
    </form>
  );
}
