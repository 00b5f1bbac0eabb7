"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decideRecommendation } from "@/lib/data/recommendations";
import { expireProfiles } from "@/lib/profile-cache";
import { decideReply, decideReview } from "@/lib/data/review-moderation";
import { fieldErrors, formValues } from "@/lib/forms";
import { ZDecision, type TDecision } from "@/lib/validation/review";
import { errorState, moderatorOrError, type TAdminFormState } from "../guard";
import { requireFormData } from "@/lib/action-args";

// Approve / reject for the three queues. Each action checks the moderator role itself, first: a
// server action is a public endpoint.

type TDecide = (opts: { decision: TDecision; moderatorId: string }) => Promise<{ providerIds: number[] }>;

async function decide(data: FormData, run: TDecide, queue: string): Promise<TAdminFormState> {
  const gate = await moderatorOrError();
  if (!gate.ok) return gate.state;
  const values = formValues(data, ["id", "decision", "reason"]);
  const parsed = ZDecision.safeParse(values);
  if (!parsed.success)
    return {
      status: "error",
      fieldErrors: fieldErrors(parsed.error),
      message: "Nothing was changed.",
      values,
    };
  let providerIds: number[];
  try {
    ({ providerIds } = await run({ decision: parsed.data, moderatorId: gate.moderator.id }));
  } catch (e) {
    return errorState(e, values);
  }
  // A decision changes a public profile (its cached page is expired) and search results (read from
  // the database), not only this queue.
  expireProfiles(providerIds);
  revalidatePath("/admin", "layout");
  const back = /^provider=\d{1,9}$/.test(String(data.get("back") ?? ""))
    ? `&${String(data.get("back"))}`
    : "";
  redirect(`${queue}?done=${parsed.data.decision === "APPROVE" ? "approved" : "rejected"}${back}`);
}

export async function decideReviewAction(_prev: TAdminFormState, data: FormData): Promise<TAdminFormState> {
  requireFormData(data);
  return decide(data, decideReview, "/admin/reviews");
}

export async function decideReplyAction(_prev: TAdminFormState, data: FormData): Promise<TAdminFormState> {
  requireFormData(data);
  return decide(data, decideReply, "/admin/reviews/replies");
}

export async function decideRecommendationAction(
  _prev: TAdminFormState,
  data: FormData,
): Promise<TAdminFormState> {
  requireFormData(data);
  return decide(data, decideRecommendation, "/admin/recommendations");
}
