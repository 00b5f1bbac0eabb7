"use server";

import { createTranslator } from "next-intl";
import { requireFormData } from "@/lib/action-args";
import {
  checkContactFormStamp,
  contactFormStamp,
  createContactMessage,
} from "@/lib/data/contact-messages";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { isAppError } from "@/lib/errors";
import { formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { formatNumber } from "@/lib/i18n/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { localeOrDefault, type TLocale } from "@/lib/i18n/routing";
import { CONTACT_FIELDS, contactFieldErrors, contactInput, ZContactMessage } from "@/lib/validation/contact";

export type TContactFormState = TFormState & {
  reference?: string;
  /** A fresh form stamp, when the one the form carried was refused (the page was open too long). */
  stamp?: string;
};

/** The form's words in its language (the hidden `locale` field: server actions have no [locale] segment). */
function contactText(locale: TLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "contactForm" });
}

/**
 * A message to the moderators. Spam-safe without a puzzle: a field people never see must stay empty,
 * and the form must have been open a few seconds (a signed stamp of when it was rendered). Then the
 * usual per-network limit, and one per address, so nobody floods one person's mailbox with receipts.
 * Every answer is in the form's language; what was typed comes back as typed.
 */
export async function sendContactMessage(_prev: TContactFormState, data: FormData): Promise<TContactFormState> {
  requireFormData(data);
  const locale = localeOrDefault(data.get("locale"));
  const t = contactText(locale);
  const values = formValues(data, [...CONTACT_FIELDS]);
  const honeypot = data.get("website");
  if (typeof honeypot === "string" && honeypot !== "") {
    return { status: "error", message: t("automated"), values };
  }
  const stamp = data.get("stamp");
  const check = checkContactFormStamp(typeof stamp === "string" ? stamp : "");
  if (check === "invalid") {
    return { status: "error", message: t("stale"), values, stamp: contactFormStamp() };
  }
  if (check === "too-fast") {
    return { status: "error", message: t("tooFast"), values };
  }
  const input = contactInput(data);
  const parsed = ZContactMessage.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = contactFieldErrors(
      parsed.error,
      input,
      (code, v) => t(`errors.${code}`, v),
      (n) => formatNumber(n, locale),
    );
    return { status: "error", message: t("correct"), fieldErrors, values };
  }
  try {
    const network = keyedHash(await clientNetwork());
    await consumeRateLimit(LIMITS.contact, network);
    await consumeRateLimit(LIMITS.contactPerAddress, keyedHash(parsed.data.email));
    const { reference } = await createContactMessage({ input: parsed.data, networkHash: network, locale });
    return { status: "ok", message: parsed.data.topic === "delete" ? t("sentDeletion") : t("sent"), reference };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: appErrorText(e, locale, t), fieldErrors: e.fields, values };
    console.error("contact message failed", e);
    return { status: "error", message: t("unavailable"), values };
  }
}

/**
 * An expected error's message is English (lib/data); the Spanish form says the same in Spanish. The
 * only one this action meets is the rate limit, whose wait the English message names.
 */
function appErrorText(e: { code: string; message: string }, locale: TLocale, t: ReturnType<typeof contactText>): string {
  if (locale === "en") return e.message;
  if (e.code === "RATE_LIMITED") {
    const minutes = Number(/(\d+) minute/.exec(e.message)?.[1] ?? 0);
    return minutes > 0 ? t("rateLimited", { minutes }) : t("unavailable");
  }
  return t("unavailable");
}
