"use server";

import { getSessionUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/data/rate-limit";
import { createReply, createReviewReport } from "@/lib/data/review-public";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { formInput, ZReviewReply, ZReviewReport } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";

// The two small forms under each published review: the provider's reply and "report this review".
// Thin: parse, identify, call the data layer (which checks ownership and rate limits).

const UNAVAILABLE =
  "Sorry, something went wrong on our side and nothing was sent. Please try again in a few minutes.";

function failed(e: unknown, what: string, values: Record<string, string>): TFormState {
  if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
  console.error(`${what} failed`, e);
  return { status: "error", message: UNAVAILABLE, values };
}

export async function replyToReview(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const values = formValues(data, ["body"]);
  const parsed = ZReviewReply.safeParse(formInput(data, ["reviewId", "body"]));
  if (!parsed.success)
    return {
      status: "error",
      message: "Please correct your reply.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  const user = await getSessionUser();
  if (!user) return { status: "error", message: "Your session has ended: sign in again to reply.", values };
  try {
    await createReply({ userId: user.id, reviewId: parsed.data.reviewId, body: parsed.data.body });
  } catch (e) {
    return failed(e, "review reply", values);
  }
  return {
    status: "ok",
    message: "Thank you. Your reply went to our moderators and appears under the review once approved.",
  };
}

export async function reportReview(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const values = formValues(data, ["reason", "details"]);
  const parsed = ZReviewReport.safeParse(formInput(data, ["reviewId", "reason", "details"]));
  if (!parsed.success)
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  try {
    await createReviewReport({ ...parsed.data, networkHash: keyedHash(await clientNetwork()) });
  } catch (e) {
    return failed(e, "review report", values);
  }
  return { status: "ok", message: "Thank you. A moderator will look at this review." };
}
