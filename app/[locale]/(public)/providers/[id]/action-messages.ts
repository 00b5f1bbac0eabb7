import "server-only";
import { createTranslator } from "next-intl";
import type { AppError } from "@/lib/errors";
import { MESSAGES } from "@/lib/i18n/messages";
import type { TLocale } from "@/lib/i18n/routing";

// The words the patient-side server actions answer with, in the language of the form that posted
// (its hidden `locale` field; actions have no [locale] segment). createTranslator rather than
// next-intl/server's getTranslations: the same code runs in the integration tests, outside Next.js.

export function actionText(locale: TLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "profileActions" });
}

type TActionText = ReturnType<typeof actionText>;

// Fixed sentences of data-layer modules this area does not own (reports, review replies and reports,
// recommendations), in Spanish. Their English is the data layer's own; anything not listed here is
// shown as the data layer wrote it.
const SPANISH: Record<string, string> = {
  "This provider is no longer listed.": "Este médico ya no figura en el directorio.",
  "This review is no longer shown, so there is nothing to report.":
    "Esta reseña ya no se muestra, así que no hay nada que denunciar.",
  "This review is no longer shown, so it can't be answered.":
    "Esta reseña ya no se muestra, así que no se puede responder.",
  "Only the account that manages this provider's profile can reply to its reviews.":
    "Solo la cuenta que administra el perfil de este médico puede responder a sus reseñas.",
  "This review already has a reply: each review can have one.":
    "Esta reseña ya tiene una respuesta: cada reseña puede tener una sola.",
  "You can't recommend yourself: choose a colleague's profile.":
    "No puede recomendarse a sí mismo: elija el perfil de un colega.",
  "You can't recommend yourself.": "No puede recomendarse a sí mismo.",
  "You can only recommend as a provider profile that your account manages.":
    "Solo puede recomendar con un perfil de médico que administre su cuenta.",
  "You can recommend colleagues once your own profile is published.":
    "Podrá recomendar a colegas cuando su propio perfil esté publicado.",
  "That provider is not listed, so it can't be recommended.":
    "Ese médico no figura en el directorio, así que no se puede recomendar.",
};

function translate(message: string, locale: TLocale): string {
  if (locale === "en") return message;
  const already = /^You already recommended (.+)\.$/.exec(message);
  if (already) return `Usted ya recomendó a ${already[1]}.`;
  return SPANISH[message] ?? message;
}

/**
 * An expected error's message and field messages in the form's language. English is the data
 * layer's own text, unchanged. A rate limit says how many minutes to wait in either language.
 */
export function appErrorText(
  e: AppError,
  locale: TLocale,
  t: TActionText,
): { message: string; fields?: Record<string, string> } {
  if (locale === "en") return { message: e.message, fields: e.fields };
  if (e.code === "RATE_LIMITED") {
    const minutes = Number(/(\d+) minute/.exec(e.message)?.[1] ?? 60);
    return { message: t("rateLimited", { minutes }) };
  }
  const fields = e.fields
    ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, translate(v, locale)]))
    : undefined;
  return { message: translate(e.message, locale), fields };
}
