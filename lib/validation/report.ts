import { z } from "zod";
import { formatNumber } from "@/lib/i18n/format";
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";
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

/** The reasons' labels in the reader's language; the stored label stays English (the queue reads it). */
export const REPORT_REASON_TEXT: Record<TReportReason, TLocalized> = {
  ADDRESS_OR_PHONE: { en: REPORT_REASON_LABELS.ADDRESS_OR_PHONE, es: "La dirección o el teléfono están mal" },
  CONSULTATIONS: {
    en: REPORT_REASON_LABELS.CONSULTATIONS,
    es: "La información sobre pacientes nuevos, telesalud o remisiones está mal",
  },
  CREDENTIALS: { en: REPORT_REASON_LABELS.CREDENTIALS, es: "Una certificación o credencial está mal" },
  EXPERIENCE: { en: REPORT_REASON_LABELS.EXPERIENCE, es: "La información sobre experiencia está mal" },
  MOVED_OR_RETIRED: {
    en: REPORT_REASON_LABELS.MOVED_OR_RETIRED,
    es: "El médico se mudó, se jubiló o ya no atiende aquí",
  },
  OTHER: { en: REPORT_REASON_LABELS.OTHER, es: "Otra cosa" },
};

export const REPORT_DETAILS_MAX = 1000;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const TEXT = {
  unknownProvider: { en: "Unknown provider.", es: "Médico desconocido." },
  reason: { en: "Choose what is wrong.", es: "Elija qué está mal." },
  detailsLong: {
    en: (has: string) => `Keep the details to 1,000 characters (they have ${has}).`,
    es: (has: string) => `Use como máximo 1,000 caracteres en los detalles (ahora tienen ${has}).`,
  },
  ordinary: { en: "Use ordinary characters only.", es: "Use solo caracteres comunes." },
  detailsNeeded: {
    en: "Tell us what is wrong, so a moderator can check it.",
    es: "Díganos qué está mal para que un moderador pueda revisarlo.",
  },
} satisfies Record<string, Record<TLocale, unknown>>;

function buildReportSchema(locale: TLocale) {
  const t = <K extends keyof typeof TEXT>(k: K) => TEXT[k][locale] as (typeof TEXT)[K]["en"];
  return z
    .object({
      providerId: z.coerce.number({ error: t("unknownProvider") }).int().positive().max(MAX_ID),
      reason: z.enum(REPORT_REASONS, { error: t("reason") }),
      details: z
        .preprocess((v) => v ?? "", z.string())
        .pipe(
          z
            .string()
            .trim()
            .max(REPORT_DETAILS_MAX, {
              error: (iss) => t("detailsLong")(formatNumber(String(iss.input).length, locale)),
            })
            .refine((s) => !CONTROL.test(s), t("ordinary")),
        )
        .transform((s) => s.replace(/\r\n?/g, "\n")),
    })
    .refine((v) => v.reason !== "OTHER" || v.details !== "", {
      path: ["details"],
      message: t("detailsNeeded"),
    });
}

const SCHEMAS = new Map<TLocale, ReturnType<typeof buildReportSchema>>();

/** "Report incorrect information" with its messages in the form's language. */
export function reportSchema(locale: TLocale): ReturnType<typeof buildReportSchema> {
  let schema = SCHEMAS.get(locale);
  if (!schema) SCHEMAS.set(locale, (schema = buildReportSchema(locale)));
  return schema;
}

export const ZProviderReport = reportSchema("en");

export type TProviderReport = z.output<typeof ZProviderReport>;

export function reportInput(data: FormData): Record<string, unknown> {
  const get = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : "";
  };
  return { providerId: get("providerId"), reason: get("reason") || undefined, details: get("details") };
}
