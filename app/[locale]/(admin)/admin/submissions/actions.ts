"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { listRecommendedProviderIds } from "@/lib/data/recommendations";
import { approveSubmission, rejectSubmission } from "@/lib/data/submissions";
import { expireProfiles } from "@/lib/profile-cache";
import { fieldErrors, formValues } from "@/lib/forms";
import { ZApproveSubmission, ZRejectSubmission } from "@/lib/validation/moderation";
import { errorState, moderatorOrError, type TAdminFormState } from "../guard";
import { requireFormData } from "@/lib/action-args";

// approveSubmission / rejectSubmission refuse anything that is not PENDING (CONFLICT "already
// reviewed"), so of two moderators clicking at once, one publishes and the other sees that message.

export async function approveSubmissionAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  requireFormData(data);
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["submissionId"]);
  const parsed = ZApproveSubmission.safeParse(values);
  if (!parsed.success)
    return {
      status: "error",
      fieldErrors: fieldErrors(parsed.error),
      message: "This submission could not be identified.",
      values,
    };
  let providerId: number;
  try {
    ({ providerId } = await approveSubmission({
      id: parsed.data.submissionId,
      moderatorId: gate.moderator.id,
    }));
  } catch (e) {
    return errorState(e, values);
  }
  // A published (or changed) listing shows in search (read from the database) and on its profile,
  // whose cached page is expired; its name also shows on the profiles it recommended, so those too.
  expireProfiles([providerId, ...(await listRecommendedProviderIds({ fromProviderId: providerId }))]);
  revalidatePath("/admin", "layout");
  redirect(`/admin/submissions/${parsed.data.submissionId}?done=approved`);
}

export async function rejectSubmissionAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  requireFormData(data);
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["submissionId", "reason"]);
  const parsed = ZRejectSubmission.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await rejectSubmission({
      id: parsed.data.submissionId,
      moderatorId: gate.moderator.id,
      reason: parsed.data.reason,
    });
  } catch (e) {
    return errorState(e, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/submissions/${parsed.data.submissionId}?done=rejected`);
}
