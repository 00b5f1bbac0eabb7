"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getAuth, MAGIC_LINK_MINUTES } from "@/lib/auth/auth";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, safeNextPath, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { requireFormData } from "@/lib/action-args";

const ZSignIn = z.object({ email: z.email("Enter your e-mail address, e.g. name@example.org.").max(254) });

export async function sendSignInLink(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const values = formValues(data, ["email", "next"]);
  const parsed = ZSignIn.safeParse({ email: String(data.get("email") ?? "").trim() });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await consumeRateLimit(LIMITS.signInEmail, keyedHash(await clientNetwork()));
    await getAuth().api.signInMagicLink({
      body: {
        email: parsed.data.email.toLowerCase(),
        callbackURL: safeNextPath(data.get("next"), "/account"),
        errorCallbackURL: "/sign-in?error=link",
      },
      headers: await headers(),
    });
  } catch (e) {
    const message = isAppError(e) ? e.message : (e as { body?: { message?: string } }).body?.message;
    if (message) return { status: "error", message, values };
    throw e;
  }
  return {
    status: "ok",
    // Worded the same whether or not the address can sign in (a moderator's, one past its limit):
    // the answer tells nobody which addresses exist here.
    message: `If ${parsed.data.email} can sign in here, a sign-in link is on its way to it. It works once and expires in ${MAGIC_LINK_MINUTES} minutes. Nothing after a few minutes? Check the spelling and your spam folder, then ask again.`,
    values,
  };
}
