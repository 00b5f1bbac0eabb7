import type { z } from "zod";

/** What a server action returns to its form: a message, one error per field, and what was typed. */
export type TFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const IDLE: TFormState = { status: "idle" };

/** An admin form's state: also says when the session is gone, so the form can offer the sign-in link. */
export type TAdminFormState = TFormState & { needsSignIn?: boolean };

/** The first message of each field of a failed zod parse, keyed by the field's path ("a.0.b"). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** FormData as plain strings (files ignored), to echo back what the user typed. */
export function formValues(data: FormData, keys?: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) {
    if (typeof v === "string" && (!keys || keys.includes(k)) && !k.startsWith("$ACTION")) out[k] = v;
  }
  return out;
}

/** A same-site path to go to after sign-in; anything else falls back. */
export function safeNextPath(value: unknown, fallback: string): string {
  return typeof value === "string" && /^\/(?!\/)[\w\-./?=&%]*$/.test(value) ? value : fallback;
}

/**
 * `table[key]` for a key from the query string, own entries only: `?done=__proto__` or
 * `?done=constructor` must find nothing, not Object.prototype's members.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
