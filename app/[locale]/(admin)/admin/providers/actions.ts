"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { verifyCertification } from "@/lib/data/certifications";
import { expireProfiles } from "@/lib/profile-cache";
import { suspendProvider, unsuspendProvider } from "@/lib/data/moderation";
import { fieldErrors, formValues } from "@/lib/forms";
import { ZProviderStatusChange, ZVerifyCertification } from "@/lib/validation/moderation";
import { errorState, moderatorOrError, type TAdminFormState } from "../guard";
import { requireFormData } from "@/lib/action-args";

// Thin actions: gate, parse, call the data layer (which writes change + audit + search columns in one
// transaction), revalidate, redirect. A certification or status change alters what the public pages
// show: the cached profiles concerned are expired (search reads the database, so it follows at once).

export async function verifyCertificationAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  requireFormData(data);
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["certificationId", "state", "method", "source", "note"]);
  const parsed = ZVerifyCertification.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  let providerId: number;
  try {
    ({ providerId } = await verifyCertification({ ...parsed.data, moderatorId: gate.moderator.id }));
  } catch (e) {
    return errorState(e, values);
  }
  expireProfiles([providerId]);
  revalidatePath("/admin", "layout");
  redirect(
    `/admin/providers/${providerId}?done=${parsed.data.state === "VERIFIED" ? "verified" : "rejected"}&cert=${parsed.data.certificationId}`,
  );
}

export async function suspendProviderAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  requireFormData(data);
  return changeStatus(data, "suspend");
}

export async function unsuspendProviderAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  requireFormData(data);
  return changeStatus(data, "unsuspend");
}

async function changeStatus(data: FormData, change: "suspend" | "unsuspend"): Promise<TAdminFormState> {
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["providerId", "reason"]);
  const parsed = ZProviderStatusChange.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  let mailed: boolean;
  try {
    const input = { ...parsed.data, moderatorId: gate.moderator.id };
    ({ mailed } = change === "suspend" ? await suspendProvider(input) : await unsuspendProvider(input));
  } catch (e) {
    return errorState(e, values);
  }
  // Every profile: a suspended doctor's recommendations also leave the profiles they were on.
  expireProfiles();
  revalidatePath("/admin", "layout");
  redirect(
    `/admin/providers/${parsed.data.providerId}?done=${change === "suspend" ? "suspended" : "unsuspended"}${mailed ? "&mailed=1" : ""}`,
  );
}
