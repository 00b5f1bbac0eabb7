"use server";

import { getSessionUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/data/rate-limit";
import { CONFIRM_HOURS, submitReview } from "@/lib/data/reviews";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { formInput, REVIEW_FIELDS, ZReview } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";

export type TReviewFormState = TFormState & { email?: string };

/**
 * Parses the review, then hands it to the data layer (rate limits, save, confirmation e-mail, in
 * that order). Bad input never reaches the rate limit: a typo should not cost an attempt. The
 * answer is the same for a first review and an edit (see submitReview).
 */
export async function sendReview(_prev: TReviewFormState, data: FormData): Promise<TReviewFormState> {
  requireFormData(data);
  const values = formValues(data, ["displayName", "email", "rating", "body", "attestation"]);
  const parsed = ZReview.safeParse(formInput(data, REVIEW_FIELDS));
  if (!parsed.success)
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  try {
    const viewer = await getSessionUser();
    await submitReview({
      input: parsed.data,
      networkHash: keyedHash(await clientNetwork()),
      userId: viewer?.id ?? null,
    });
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
    console.error("review submission failed", e);
    return {
      status: "error",
      message:
        "Sorry, we could not send the confirmation e-mail, so your review was not saved. Please try again in a few minutes.",
      values,
    };
  }
  return {
    status: "ok",
    email: parsed.data.email,
    message: `Check your e-mail: we sent a confirmation link to ${parsed.data.email}. Your review is held until you open it (within ${CONFIRM_HOURS} hours); then a moderator reads it before it appears.`,
  };
}
