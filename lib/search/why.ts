import type { TLocale } from "@/lib/i18n/routing";
import { formatNumber } from "@/lib/i18n/format";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { FILTERS, filtersOf, type TFilter } from "./filters";
import type { TSearchResult } from "./types";

/**
 * Plain-language reasons a result matched: the distance (or the name), then each active filter it
 * satisfies, in the words of the filter table (lib/search/filters.ts), in the interface language.
 */
export function whyMatched(
  r: TSearchResult,
  q: TSearchQuery,
  nearLabel: string | null,
  locale: TLocale = "en",
): string[] {
  const reasons: string[] = [];
  if (r.distanceMiles !== null && nearLabel) {
    reasons.push(
      locale === "es"
        ? `A ${formatNumber(r.distanceMiles, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} millas de ${nearLabel}`
        : `${r.distanceMiles.toFixed(1)} miles from ${nearLabel}`,
    );
  }
  if (q.q) reasons.push(locale === "es" ? `El nombre coincide con “${q.q}”` : `Name matches “${q.q}”`);
  const value = (f: TFilter) => (q as unknown as Record<string, unknown>)[f.param];
  for (const f of FILTERS as readonly TFilter[]) {
    const v = value(f);
    let reason: string | null = null;
    switch (f.kind) {
      case "list": {
        const verified = filtersOf("verified").find((x) => x.of === f.param);
        const verifiedOnly = !!verified && value(verified) === true;
        const chosen = v as string[];
        if (chosen.length || verifiedOnly) reason = f.why(r, chosen, verifiedOnly, locale);
        break;
      }
      case "flag":
      case "place":
        if (v === true) reason = f.why(r, true, locale);
        break;
      case "min":
        if (typeof v === "number" && v > 0) reason = f.why(r, v, locale);
        break;
    }
    // Two filters may give the same words (a minimum rating and a minimum number of reviews).
    if (reason && !reasons.includes(reason)) reasons.push(reason);
  }
  return reasons;
}
