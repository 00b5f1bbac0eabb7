"use server";

import { createConsultRequest, type TConsultResult } from "@/lib/data/consult-requests";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { createProviderReport } from "@/lib/data/reports";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { CONSULT_FIELDS, consultInput, ZConsultRequest } from "@/lib/validation/consult-request";
import { reportInput, ZProviderReport } from "@/lib/validation/report";
import { requireFormData } from "@/lib/action-args";

// Thin actions: parse, rate limit, call the data layer, and hand the form its state. Bad input never
// reaches the rate limit (a typo should not cost an attempt).

export type TConsultFormState = TFormState & {
  /** Random (lib/reference.ts), never the row's id. */
  reference?: string;
  /** The practice's usual reply time in working days; null: not stated. */
  replyDays?: number | null;
  /** A copy went to the e-mail address the patient gave. */
  copySent?: boolean;
};

const UNAVAILABLE =
  "Sorry, something went wrong on our side and nothing was sent. Please try again in a few minutes.";

function successMessage(r: TConsultResult): string {
  if (r.delivery === "sent")
    return `Your request was sent to ${r.providerName}. The practice will contact you directly.`;
  if (r.delivery === "saved") {
    return `Your request was saved. We could not e-mail it to ${r.providerName} just now, so our moderators will forward it to the practice.`;
  }
  return `Your request was saved. ${r.providerName} has not given us an e-mail address yet, so our moderators will forward it to the practice.`;
}

export async function requestConsultation(
  _prev: TConsultFormState,
  data: FormData,
): Promise<TConsultFormState> {
  requireFormData(data);
  const values = formValues(data, [...CONSULT_FIELDS]);
  const parsed = ZConsultRequest.safeParse(consultInput(data));
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  }
  try {
    const network = keyedHash(await clientNetwork());
    await consumeRateLimit(LIMITS.consultRequest, network);
    await consumeRateLimit(LIMITS.consultRequestPerProvider, String(parsed.data.providerId));
    const result = await createConsultRequest({ input: parsed.data, networkHash: network });
    return {
      status: "ok",
      message: successMessage(result),
      reference: result.reference,
      replyDays: result.replyDays,
      copySent: result.copySent,
    };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
    console.error("consult request failed", e);
    return { status: "error", message: UNAVAILABLE, values };
  }
}

export type TReportFormState = TFormState & { reference?: number };

export async function reportIncorrectInformation(
  _prev: TReportFormState,
  data: FormData,
): Promise<TReportFormState> {
  requireFormData(data);
  const values = formValues(data, ["reason", "details"]);
  const parsed = ZProviderReport.safeParse(reportInput(data));
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  }
  try {
    const network = keyedHash(await clientNetwork());
    await consumeRateLimit(LIMITS.report, network);
    const { id } = await createProviderReport({ input: parsed.data, networkHash: network });
    return {
      status: "ok",
      message: "Thank you. A moderator will check this listing and correct it if needed.",
      reference: id,
    };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
    console.error("provider report failed", e);
    return { status: "error", message: UNAVAILABLE, values };
  }
}
