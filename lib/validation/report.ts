import { z } from "zod";
import { MAX_ID } from "./consult-request";

// "Report incorrect information" on a provider's profile. The form posts a reason key; Report.reason
// stores its label (lib/data/reports.ts), which the moderation queue shows as it is.

export const REPORT_REASON_LABELS = {
  ADDRESS_OR_PHONE: "The address or phone number is wrong",
  CONSULTATIONS: "Accepting new patients, telehealth or referral information is wrong",
  CREDENTIALS: "A certification or credential is wrong",
  EXPERIENCE: "The experience information is wrong",
  MOVED_OR_RETIRED: "The doctor has moved, retired or no longer practises here",
  OTHER: "Something else",
} as const;

export type TReportReason = keyof typeof REPORT_REASON_LABELS;
export const REPORT_REASONS = Object.keys(REPORT_REASON_LABELS) as [TReportReason, ...TReportReason[]];

export const REPORT_DETAILS_MAX = 1000;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const ZProviderReport = z
  .object({
    providerId: z.coerce.number({ error: "Unknown provider." }).int().positive().max(MAX_ID),
    reason: z.enum(REPORT_REASONS, { error: "Choose what is wrong." }),
    details: z
      .preprocess((v) => v ?? "", z.string())
      .pipe(
        z
          .string()
          .trim()
          .max(REPORT_DETAILS_MAX, {
            error: (iss) =>
              `Keep the details to 1,000 characters (they have ${String(iss.input).length.toLocaleString("en-US")}).`,
          })
          .refine((s) => !CONTROL.test(s), "Use ordinary characters only."),
      )
      .transform((s) => s.replace(/\r\n?/g, "\n")),
  })
  .refine((v) => v.reason !== "OTHER" || v.details !== "", {
    path: ["details"],
    message: "Tell us what is wrong, so a moderator can check it.",
  });

export type TProviderReport = z.output<typeof ZProviderReport>;

export function reportInput(data: FormData): Record<string, unknown> {
  const get = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : "";
  };
  return { providerId: get("providerId"), reason: get("reason") || undefined, details: get("details") };
}
