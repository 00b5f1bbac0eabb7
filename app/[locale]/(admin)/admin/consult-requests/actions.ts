"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { markConsultRequestSpam } from "@/lib/data/moderation-consults";
import { fieldErrors, formValues } from "@/lib/forms";
import { ZConsultSpam } from "@/lib/validation/moderation";
import { errorState, moderatorOrError, type TAdminFormState } from "../guard";
import { requireFormData } from "@/lib/action-args";

export async function markSpamAction(_prev: TAdminFormState, data: FormData): Promise<TAdminFormState> {
  requireFormData(data);
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["consultRequestId"]);
  const parsed = ZConsultSpam.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await markConsultRequestSpam({ id: parsed.data.consultRequestId, moderatorId: gate.moderator.id });
  } catch (e) {
    return errorState(e, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/consult-requests?done=spam`);
}
