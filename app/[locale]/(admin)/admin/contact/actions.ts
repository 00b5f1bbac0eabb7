"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireFormData } from "@/lib/action-args";
import { closeContactMessage } from "@/lib/data/contact-messages";
import { carryOutDeletionRequest } from "@/lib/data/data-deletion";
import { fieldErrors, formValues } from "@/lib/forms";
import { ZContactMessageAction } from "@/lib/validation/contact";
import { errorState, moderatorOrError, type TAdminFormState } from "../guard";

/**
 * A moderator's decision on one message to the moderators: checked, carried out by the data layer
 * (which audits it), then back to the list with what was done.
 */
async function decideContactMessage(
  data: FormData,
  decide: (opts: { id: number; moderatorId: string }) => Promise<unknown>,
  done: "deleted" | "closed",
): Promise<TAdminFormState> {
  requireFormData(data);
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["contactMessageId"]);
  const parsed = ZContactMessageAction.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await decide({ id: parsed.data.contactMessageId, moderatorId: gate.moderator.id });
  } catch (e) {
    return errorState(e, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/contact?done=${done}`);
}

/** Carries out a "delete my data" request: the data layer deletes, audits and e-mails in one go. */
export async function carryOutDeletionAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  return decideContactMessage(data, carryOutDeletionRequest, "deleted");
}

export async function closeContactMessageAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  return decideContactMessage(data, closeContactMessage, "closed");
}
