import Link from "next/link";
import type { TAdminFormState } from "@/lib/forms";

/** The result of an admin form: announced politely to screen readers, with a sign-in link when needed. */
export function FormMessage({ state }: { state: TAdminFormState }) {
  return (
    <div role="status" aria-live="polite">
      {state.message ? (
        <p className={state.status === "ok" ? "alert alert--info" : "alert alert--error"}>
          {state.message}
          {state.needsSignIn ? (
            <>
              {" "}
              <Link href="/admin/sign-in">Sign in again</Link>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** One field's error, tied to its input by id (the input sets aria-describedby to `${id}-error`). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}
