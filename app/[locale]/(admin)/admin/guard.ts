import "server-only";
import { redirect } from "next/navigation";
import { requireModerator, type TSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { TAdminFormState } from "@/lib/forms";

// The role gate of every /admin page and server action. A layout check is not enough: a server action
// is a public POST endpoint that anyone can call with its id, and pages render without the layout's
// permission, so each page and each action calls one of these itself, first.

export const SIGN_IN_PATH = "/admin/sign-in";

export type { TAdminFormState };

export type TGate = { ok: true; moderator: TSessionUser } | { ok: false; state: TAdminFormState };

/** For server actions: the moderator, or the refusal to return to the form (nothing was changed). */
export async function moderatorOrError(): Promise<TGate> {
  try {
    return { ok: true, moderator: await requireModerator() };
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "UNAUTHORIZED") {
      return {
        ok: false,
        state: {
          status: "error",
          needsSignIn: true,
          message: "Your moderator session has ended. Sign in again to continue.",
        },
      };
    }
    return { ok: false, state: { status: "error", message: "Only moderators can do this." } };
  }
}

/**
 * For pages: the moderator; or a redirect to the sign-in page when nobody is signed in; or null for a
 * signed-in non-moderator (a provider), to whom the page shows "Only moderators can see this".
 */
export async function moderatorForPage(): Promise<TSessionUser | null> {
  let code: string;
  try {
    return await requireModerator();
  } catch (e) {
    if (!isAppError(e)) throw e;
    code = e.code;
  }
  // redirect() works by throwing, so it stays outside the try block.
  if (code === "UNAUTHORIZED") redirect(SIGN_IN_PATH);
  return null;
}

/** An expected error from the data layer (CONFLICT, NOT_FOUND, ...) as the form's message; others rethrow. */
export function errorState(e: unknown, values?: Record<string, string>): TAdminFormState {
  if (!isAppError(e)) throw e;
  return { status: "error", message: e.message, fieldErrors: e.fields, values };
}
