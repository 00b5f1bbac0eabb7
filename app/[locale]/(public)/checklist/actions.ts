"use server";

import { getChecklistProvider, searchChecklistProviders } from "@/lib/data/checklist";
import type { TGetProviderResult, TSearchProvidersResult } from "@/lib/checklist/provider";
import { ZProviderId, ZProviderSearchQuery } from "@/lib/validation/checklist";

// The checklist page's only calls to the server: looking up public directory data. The patient's
// answers, notes and own questions are never arguments here.

export async function searchProvidersAction(query: unknown): Promise<TSearchProvidersResult> {
  const parsed = ZProviderSearchQuery.safeParse(query);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the name." };
  try {
    return { ok: true, results: await searchChecklistProviders({ query: parsed.data }) };
  } catch (e) {
    console.error("checklist: provider search failed", e);
    return { ok: false, message: "The doctor search is not available right now. Please try again." };
  }
}

export async function getProviderAction(id: unknown): Promise<TGetProviderResult> {
  const parsed = ZProviderId.safeParse(id);
  if (!parsed.success) return { ok: false, reason: "not-found" };
  try {
    const provider = await getChecklistProvider({ id: parsed.data });
    return provider ? { ok: true, provider } : { ok: false, reason: "not-found" };
  } catch (e) {
    console.error("checklist: provider lookup failed", e);
    return { ok: false, reason: "unavailable" };
  }
}
