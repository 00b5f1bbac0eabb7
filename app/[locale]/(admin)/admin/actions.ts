"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { SIGN_IN_PATH } from "./guard";

/**
 * Ends the current session. The one /admin action without the moderator gate, on purpose: signing
 * out needs no privilege and changes nothing but the caller's own session, and a provider who lands
 * on /admin must be able to leave it too.
 */
export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect(SIGN_IN_PATH);
}
