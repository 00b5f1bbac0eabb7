"use server";

import { getSessionUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/data/rate-limit";
import { CONFIRM_HOURS, submitReview } from "@/lib/data/reviews";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { localeOrDefault } from "@/lib/i18n/routing";
import { formInput, REVIEW_FIELDS, reviewSchemas } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";
import { actionText, appErrorText } from "../action-messages";

export type TReviewFormState = TFormState & { email?: string };

/**
 * Parses the review, then hands it to the data layer (rate limits, save, confirmation e-mail, in
 * that order). Bad input never reaches the rate limit: a typo should not cost an attempt. The
 * answer is the same for a first review and an edit (see submitReview). The answer, the e-mail and
 * its link are in the language of the form (its hidden `locale` field).
 */
export async function sendReview(_prev: TReviewFormState, data: FormData): Promise<TReviewFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = actionText(locale);
  const values = formValues(data, ["displayName", "email", "rating", "body", "attestation"]);
  const parsed = reviewSchemas(locale).review.safeParse(formInput(data, REVIEW_FIELDS));
  if (!parsed.success)
    return { status: "error", message: t("correct"), fieldErrors: fieldErrors(parsed.error), values };
  try {
    const viewer = await getSessionUser();
    await submitReview({
      input: parsed.data,
      networkHash: keyedHash(await clientNetwork()),
      userId: viewer?.id ?? null,
      locale,
    });
  } catch (e) {
    if (isAppError(e)) {
      const { message, fields } = appErrorText(e, locale, t);
      return { status: "error", message, fieldErrors: fields, values };
    }
    console.error("review submission failed", e);
    return { status: "error", message: t("review.mailFailed"), values };
  }
  return {
    status: "ok",
    email: parsed.data.email,
    message: t("review.check", { email: parsed.data.email, hours: CONFIRM_HOURS }),
  };
}
