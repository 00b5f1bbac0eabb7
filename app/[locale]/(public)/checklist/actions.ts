"use server";

import { getTranslations } from "next-intl/server";
import { getChecklistProvider, searchChecklistProviders } from "@/lib/data/checklist";
import type { TGetProviderResult, TSearchProvidersResult } from "@/lib/checklist/provider";
import { localeOrDefault } from "@/lib/i18n/routing";
import { CHECKLIST_LIMITS, ZProviderId, ZProviderSearchQuery } from "@/lib/validation/checklist";

// The checklist page's only calls to the server: looking up public directory data. The patient's
// answers, notes and own questions are never arguments here. Server actions have no [locale]
// segment: the page passes its language, which only chooses the words of the answer.

export async function searchProvidersAction(query: unknown, locale: unknown): Promise<TSearchProvidersResult> {
  const t = await getTranslations({ locale: localeOrDefault(locale), namespace: "checklist.doctor" });
  const parsed = ZProviderSearchQuery.safeParse(query);
  if (!parsed.success) {
    const tooLong = parsed.error.issues[0]?.code === "too_big";
    return {
      ok: false,
      message: tooLong
        ? t("queryTooLong", { max: CHECKLIST_LIMITS.searchQueryMax })
        : t("queryTooShort", { min: CHECKLIST_LIMITS.searchQueryMin }),
    };
  }
  try {
    return { ok: true, results: await searchChecklistProviders({ query: parsed.data }) };
  } catch (e) {
    console.error("checklist: provider search failed", e);
    return { ok: false, message: t("unavailableRetry") };
  }
}

export async function getProviderAction(id: unknown, locale: unknown): Promise<TGetProviderResult> {
  const parsed = ZProviderId.safeParse(id);
  if (!parsed.success) return { ok: false, reason: "not-found" };
  try {
    const provider = await getChecklistProvider({ id: parsed.data, locale: localeOrDefault(locale) });
    return provider ? { ok: true, provider } : { ok: false, reason: "not-found" };
  } catch (e) {
    console.error("checklist: provider lookup failed", e);
    return { ok: false, reason: "unavailable" };
  }
}
