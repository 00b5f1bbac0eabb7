import { z } from "zod";
import type { TLocale } from "@/lib/i18n/routing";
import { boundedText, idField, MAX_ID } from "./review";

// A clinician's recommendation of a colleague (the guide's step 1, "seek referrals and
// recommendations"). Who may recommend as whom is the data layer's rule; this is only the input.

export const RECOMMENDATION_REASON = { min: 10, max: 500 } as const;

// Clinicians recommend from the profile's page, in its language (issue 19).
const TEXT = {
  from: { en: "Choose the profile you recommend as.", es: "Elija el perfil con el que recomienda." },
  toMissing: { en: "The recommended provider is missing.", es: "Falta el médico recomendado." },
  toInvalid: { en: "The recommended provider is not valid.", es: "El médico recomendado no es válido." },
  reason: { en: "Your reason", es: "Su motivo" },
  self: {
    en: "You can't recommend yourself: choose a colleague's profile.",
    es: "No puede recomendarse a sí mismo: elija el perfil de un colega.",
  },
} satisfies Record<string, Record<TLocale, unknown>>;

function buildRecommendationSchema(locale: TLocale) {
  const t = <K extends keyof typeof TEXT>(k: K) => TEXT[k][locale] as (typeof TEXT)[K]["en"];
  return z
    .object({
      fromProviderId: z.coerce.number({ error: t("from") }).int().positive(t("from")).max(MAX_ID),
      toProviderId: idField({ missing: t("toMissing"), invalid: t("toInvalid") }),
      reason: boundedText(t("reason"), RECOMMENDATION_REASON.min, RECOMMENDATION_REASON.max, locale),
    })
    .refine((v) => v.fromProviderId !== v.toProviderId, { path: ["fromProviderId"], message: t("self") });
}

const SCHEMAS = new Map<TLocale, ReturnType<typeof buildRecommendationSchema>>();

export function recommendationSchema(locale: TLocale): ReturnType<typeof buildRecommendationSchema> {
  let schema = SCHEMAS.get(locale);
  if (!schema) SCHEMAS.set(locale, (schema = buildRecommendationSchema(locale)));
  return schema;
}

export const ZRecommendation = recommendationSchema("en");

export type TRecommendationInput = z.output<typeof ZRecommendation>;
export const RECOMMENDATION_FIELDS = ["fromProviderId", "toProviderId", "reason"] as const;
