"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { checkPasswordPause, clearPasswordFailures, recordPasswordFailure } from "@/lib/data/sign-in-guard";
import { isAppError } from "@/lib/errors";
import { fieldErrors, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { requireFormData } from "@/lib/action-args";

const ZModeratorSignIn = z.object({
  email: z.email("Enter your e-mail address."),
  password: z.string().min(1, "Enter your password."),
});

const WRONG = "That e-mail and password do not match a moderator account.";

export async function moderatorSignIn(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const values = { email: String(data.get("email") ?? "") };
  const parsed = ZModeratorSignIn.safeParse({
    email: values.email.trim().toLowerCase(),
    password: String(data.get("password") ?? ""),
  });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await consumeRateLimit(LIMITS.signInEmail, keyedHash(`password:${await clientNetwork()}`));
    // Per account too, whichever networks the tries come from (lib/data/sign-in-guard.ts).
    await checkPasswordPause(parsed.data.email);
    const result = await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
    const role = (result.user as { role?: string }).role;
    if (role !== "MODERATOR") {
      await getAuth().api.signOut({ headers: await headers() });
      await recordPasswordFailure(parsed.data.email);
      return { status: "error", message: WRONG, values };
    }
    await clearPasswordFailures(parsed.data.email);
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, values };
    if (
      (e as { statusCode?: number }).statusCode === 401 ||
      (e as { status?: string }).status === "UNAUTHORIZED"
    ) {
      await recordPasswordFailure(parsed.data.email);
      return { status: "error", message: WRONG, values };
    }
    throw e;
  }
  redirect("/admin");
}
