"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TSubmitResult } from "@/components/provider-form/provider-form";
import { getAuth } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/session";
import { confirmProviderCurrent, submitProviderEdit } from "@/lib/data/accounts";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { isAppError } from "@/lib/errors";
import type { TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { requireFormData } from "@/lib/action-args";
import { expireProfiles } from "@/lib/profile-cache";

// Every action takes the user from the session, never from its arguments; the provider id comes
// from the client and the data layer refuses (FORBIDDEN) a provider the user does not own.

const ZProviderIdArg = z.coerce.number().int().positive().max(2_147_483_647);

export async function submitEdit(providerId: number, input: unknown): Promise<TSubmitResult> {
  const user = await getSessionUser();
  if (!user)
    return {
      message:
        "Your session has ended. Sign in again in a new tab, then send again: your answers stay on this page.",
    };
  const id = ZProviderIdArg.safeParse(providerId);
  if (!id.success) return { message: "This profile does not exist." };
  let reference: string;
  try {
    await consumeRateLimit(LIMITS.submission, keyedHash(await clientNetwork()));
    ({ reference } = await submitProviderEdit({ userId: user.id, providerId: id.data, payload: input }));
  } catch (e) {
    if (isAppError(e)) return { message: e.message, fieldErrors: e.fields };
    throw e;
  }
  revalidatePath("/account");
  redirect(`/account?edited=${encodeURIComponent(reference)}`);
}

export async function confirmCurrent(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const user = await getSessionUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again." };
  const id = ZProviderIdArg.safeParse(data.get("providerId"));
  if (!id.success) return { status: "error", message: "This profile does not exist." };
  try {
    const { lastConfirmedAt } = await confirmProviderCurrent({ userId: user.id, providerId: id.data });
    // The profile shows the new "last confirmed" date at once.
    expireProfiles([id.data]);
    revalidatePath("/account");
    return {
      status: "ok",
      message: `Thank you. Confirmed as current on ${lastConfirmedAt.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" })}.`,
    };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message };
    throw e;
  }
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
