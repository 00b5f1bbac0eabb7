"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { resolveReport } from "@/lib/data/moderation-reports";
import { expireProfiles } from "@/lib/profile-cache";
import { fieldErrors, formValues } from "@/lib/forms";
import { ZResolveReport } from "@/lib/validation/moderation";
import { errorState, moderatorOrError, type TAdminFormState } from "../guard";
import { requireFormData } from "@/lib/action-args";

export async function resolveReportAction(_prev: TAdminFormState, data: FormData): Promise<TAdminFormState> {
  requireFormData(data);
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["reportId", "outcome", "note", "hideReview"]);
  const parsed = ZResolveReport.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await resolveReport({ ...parsed.data, moderatorId: gate.moderator.id });
  } catch (e) {
    return errorState(e, values);
  }
  // Hiding a review changes a public profile (every cached profile is expired: the report does not
  // say whose) and its rating in search (read from the database).
  if (parsed.data.hideReview) expireProfiles();
  revalidatePath("/admin", "layout");
  redirect(`/admin/reports?done=${parsed.data.outcome === "RESOLVED" ? "resolved" : "dismissed"}`);
}
