"use server";

import { createConsultRequest, type TConsultResult } from "@/lib/data/consult-requests";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { createProviderReport } from "@/lib/data/reports";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { localeOrDefault } from "@/lib/i18n/routing";
import { CONSULT_FIELDS, consultInput, consultSchema } from "@/lib/validation/consult-request";
import { reportInput, reportSchema } from "@/lib/validation/report";
import { requireFormData } from "@/lib/action-args";
import { actionText, appErrorText } from "./action-messages";

// Thin actions: parse, rate limit, call the data layer, and hand the form its state. Bad input never
// reaches the rate limit (a typo should not cost an attempt). Every answer is in the language of the
// form that posted (its hidden `locale` field).

export type TConsultFormState = TFormState & {
  /** Random (lib/reference.ts), never the row's id. */
  reference?: string;
  /** The practice's usual reply time in working days; null: not stated. */
  replyDays?: number | null;
  /** A copy went to the e-mail address the patient gave. */
  copySent?: boolean;
};

function successMessage(t: ReturnType<typeof actionText>, r: TConsultResult): string {
  return t(`consult.${r.delivery}`, { name: r.providerName });
}

export async function requestConsultation(
  _prev: TConsultFormState,
  data: FormData,
): Promise<TConsultFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = actionText(locale);
  const values = formValues(data, [...CONSULT_FIELDS]);
  const parsed = consultSchema(locale).safeParse(consultInput(data));
  if (!parsed.success) {
    return { status: "error", message: t("correct"), fieldErrors: fieldErrors(parsed.error), values };
  }
  try {
    const network = keyedHash(await clientNetwork());
    await consumeRateLimit(LIMITS.consultRequest, network);
    await consumeRateLimit(LIMITS.consultRequestPerProvider, String(parsed.data.providerId));
    const result = await createConsultRequest({ input: parsed.data, networkHash: network, locale });
    return {
      status: "ok",
      message: successMessage(t, result),
      reference: result.reference,
      replyDays: result.replyDays,
      copySent: result.copySent,
    };
  } catch (e) {
    if (isAppError(e)) {
      const { message, fields } = appErrorText(e, locale, t);
      return { status: "error", message, fieldErrors: fields, values };
    }
    console.error("consult request failed", e);
    return { status: "error", message: t("unavailable"), values };
  }
}

export type TReportFormState = TFormState & { reference?: number };

export async function reportIncorrectInformation(
  _prev: TReportFormState,
  data: FormData,
): Promise<TReportFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = actionText(locale);
  const values = formValues(data, ["reason", "details"]);
  const parsed = reportSchema(locale).safeParse(reportInput(data));
  if (!parsed.success) {
    return { status: "error", message: t("correct"), fieldErrors: fieldErrors(parsed.error), values };
  }
  try {
    const network = keyedHash(await clientNetwork());
    await consumeRateLimit(LIMITS.report, network);
    const { id } = await createProviderReport({ input: parsed.data, networkHash: network });
    return { status: "ok", message: t("report.thanks"), reference: id };
  } catch (e) {
    if (isAppError(e)) {
      const { message, fields } = appErrorText(e, locale, t);
      return { status: "error", message, fieldErrors: fields, values };
    }
    console.error("provider report failed", e);
    return { status: "error", message: t("unavailable"), values };
  }
}
