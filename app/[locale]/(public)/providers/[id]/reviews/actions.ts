"use server";

import { getSessionUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/data/rate-limit";
import { createReply, createReviewReport } from "@/lib/data/review-public";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { localeOrDefault, type TLocale } from "@/lib/i18n/routing";
import { formInput, reviewSchemas } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";
import { actionText, appErrorText } from "../action-messages";

// The two small forms under each published review: the provider's reply and "report this review".
// Thin: parse, identify, call the data layer (which checks ownership and rate limits). Answers are
// in the language of the form (its hidden `locale` field).

function failed(e: unknown, what: string, values: Record<string, string>, locale: TLocale): TFormState {
  const t = actionText(locale);
  if (isAppError(e)) {
    const { message, fields } = appErrorText(e, locale, t);
    return { status: "error", message, fieldErrors: fields, values };
  }
  console.error(`${what} failed`, e);
  return { status: "error", message: t("unavailable"), values };
}

export async function replyToReview(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = actionText(locale);
  const values = formValues(data, ["body"]);
  const parsed = reviewSchemas(locale).reply.safeParse(formInput(data, ["reviewId", "body"]));
  if (!parsed.success)
    return { status: "error", message: t("correctReply"), fieldErrors: fieldErrors(parsed.error), values };
  const user = await getSessionUser();
  if (!user) return { status: "error", message: t("reply.session"), values };
  try {
    await createReply({ userId: user.id, reviewId: parsed.data.reviewId, body: parsed.data.body });
  } catch (e) {
    return failed(e, "review reply", values, locale);
  }
  return { status: "ok", message: t("reply.thanks") };
}

export async function reportReview(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = actionText(locale);
  const values = formValues(data, ["reason", "details"]);
  const parsed = reviewSchemas(locale).report.safeParse(formInput(data, ["reviewId", "reason", "details"]));
  if (!parsed.success)
    return { status: "error", message: t("correct"), fieldErrors: fieldErrors(parsed.error), values };
  try {
    await createReviewReport({ ...parsed.data, networkHash: keyedHash(await clientNetwork()) });
  } catch (e) {
    return failed(e, "review report", values, locale);
  }
  return { status: "ok", message: t("reportReview.thanks") };
}
