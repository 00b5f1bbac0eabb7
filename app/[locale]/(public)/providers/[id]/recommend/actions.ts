"use server";

import { getSessionUser } from "@/lib/auth/session";
import { createRecommendation } from "@/lib/data/recommendations";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { localeOrDefault } from "@/lib/i18n/routing";
import { RECOMMENDATION_FIELDS, recommendationSchema } from "@/lib/validation/recommendation";
import { formInput } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";
import { actionText, appErrorText } from "../action-messages";

/** Thin: parse, identify the signed-in user, and let the data layer apply every rule. */
export async function sendRecommendation(_prev: TFormState, data: FormData): Promise<TFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = actionText(locale);
  const values = formValues(data, ["fromProviderId", "reason"]);
  const parsed = recommendationSchema(locale).safeParse(formInput(data, RECOMMENDATION_FIELDS));
  if (!parsed.success)
    return { status: "error", message: t("correct"), fieldErrors: fieldErrors(parsed.error), values };
  const user = await getSessionUser();
  if (!user) return { status: "error", message: t("recommend.session"), values };
  try {
    const { toName } = await createRecommendation({ userId: user.id, input: parsed.data });
    return { status: "ok", message: t("recommend.thanks", { name: toName }) };
  } catch (e) {
    if (isAppError(e)) {
      const { message, fields } = appErrorText(e, locale, t);
      return { status: "error", message, fieldErrors: fields, values };
    }
    console.error("recommendation failed", e);
    return { status: "error", message: t("unavailableSaved"), values };
  }
}
