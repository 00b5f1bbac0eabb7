"use server";

import { getSessionUser } from "@/lib/auth/session";
import { createRecommendation } from "@/lib/data/recommendations";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { RECOMMENDATION_FIELDS, ZRecommendation } from "@/lib/validation/recommendation";
import { formInput } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";

/** Thin: parse, identify the signed-in user, and let the data layer apply every rule. */
export async function sendRecommendation(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const values = formValues(data, ["fromProviderId", "reason"]);
  const parsed = ZRecommendation.safeParse(formInput(data, RECOMMENDATION_FIELDS));
  if (!parsed.success)
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  const user = await getSessionUser();
  if (!user)
    return {
      status: "error",
      message: "Your session has ended: sign in again to recommend a colleague.",
      values,
    };
  try {
    const { toName } = await createRecommendation({ userId: user.id, input: parsed.data });
    return {
      status: "ok",
      message: `Thank you. Your recommendation of ${toName} went to our moderators, and appears on the profile once approved.`,
    };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
    console.error("recommendation failed", e);
    return {
      status: "error",
      message:
        "Sorry, something went wrong on our side and nothing was saved. Please try again in a few minutes.",
      values,
    };
  }
}
