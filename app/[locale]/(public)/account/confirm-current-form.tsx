"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/forms";
import styles from "./account.module.css";
import { confirmCurrent } from "./actions";

/** The button sits in the card's row of actions; its answer gets a row of its own below them. */
export function ConfirmCurrentForm({ providerId, name }: { providerId: number; name: string }) {
  const [state, action, pending] = useActionState(confirmCurrent, IDLE);
  return (
    <>
      <form action={action}>
        <input type="hidden" name="providerId" value={providerId} />
        <button type="submit" className="button button--secondary" aria-disabled={pending} disabled={pending}>
          Confirm my information is current<span className="visually-hidden"> ({name})</span>
        </button>
      </form>
      <div role="status" aria-live="polite" className={styles.fullRow}>
        {state.message ? (
          <p className={state.status === "ok" ? "alert alert--info" : "alert alert--error"}>
            {state.message}
          </p>
        ) : null}
      </div>
    </>
  );
}
