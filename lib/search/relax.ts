import type { TLocale } from "@/lib/i18n/routing";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { FILTERS, type TFilter } from "./filters";

/** One way to widen a search that found nothing: the same search without one filter value. */
export type TRelaxation = { label: string; query: TSearchQuery };

/** Each active filter value, dropped on its own, in the filter table's words (in `locale`) and order. */
export function relaxations(q: TSearchQuery, locale: TLocale = "en"): TRelaxation[] {
  const out: TRelaxation[] = [];
  const without = (param: string, value: unknown): TSearchQuery =>
    ({ ...q, [param]: value, page: 1 }) as TSearchQuery;
  for (const f of FILTERS as readonly TFilter[]) {
    const v = (q as unknown as Record<string, unknown>)[f.param];
    switch (f.kind) {
      case "name":
        // Without a place the name is the whole search: nothing to widen to.
        if (typeof v === "string" && v && q.near)
          out.push({
            label: `${locale === "es" ? "Nombre" : "Name"}: ${v}`,
            query: without(f.param, undefined),
          });
        break;
      case "list":
        for (const value of (v as string[]) ?? []) {
          const label = f.options.find((o) => o.value === value)?.label[locale] ?? value;
          out.push({
            label: f.relaxLabel(label, locale),
            query: without(
              f.param,
              (v as string[]).filter((x) => x !== value),
            ),
          });
        }
        break;
      case "verified":
      case "flag":
      case "place":
        if (v === true) {
          const label =
            f.kind === "verified"
              ? locale === "es"
                ? "Solo verificadas"
                : "Verified only"
              : f.label[locale];
          out.push({ label, query: without(f.param, false) });
        }
        break;
      case "min":
        if (typeof v === "number" && v > 0)
          out.push({ label: f.unit(v, locale), query: without(f.param, undefined) });
        break;
    }
  }
  return out;
}
