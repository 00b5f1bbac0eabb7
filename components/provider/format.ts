import type { ToxinProduct } from "@/lib/generated/prisma/enums";
import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import { formatDate as formatLocaleDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/routing";

// Wording shared by the profile's pieces. Dates are shown in UTC so the server and the browser print
// the same day (a moderator's "verified on" must not shift with the reader's time zone).

/** "December 3, 2026" / "3 de diciembre de 2026" (lib/i18n/format.ts); English when no language is given. */
export function formatDate(iso: string, locale: TLocale = "en"): string {
  return formatLocaleDate(iso, locale);
}

export function productText(product: ToxinProduct): string {
  const p = FDA_APPROVED_PRODUCTS.find((x) => x.product === product);
  return p ? `${p.brand} (${p.generic})` : product;
}

/** "a", "a and b", "a, b and c" (no serial comma, as the English pages have always written it). */
export function joinAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}
