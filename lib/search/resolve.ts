import { parseLocation, type TResolvedLocation } from "@/lib/geo/parse-location";
import { parseSearchParams, type TSearchParamsInput, type TSearchQuery } from "@/lib/validation/search-params";

export type TResolvedSearch =
  /** `origin` null: a name search everywhere (`q` without `near`). */
  | { ok: true; query: TSearchQuery; origin: TResolvedLocation | null }
  | { ok: false; message: string; fields: Record<string, string>; choices?: string[]; query?: TSearchQuery };

/** Parameters -> validated query + resolved location, with one message per bad field. */
export function resolveSearch(params: TSearchParamsInput): TResolvedSearch {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) {
    // Still resolve the location, so a bad filter and a bad place are both reported at once.
    const near = params instanceof URLSearchParams ? params.get("near") : params.near;
    const nearText = Array.isArray(near) ? near[0] : near;
    if (nearText?.trim() && !parsed.fields.near) {
      const loc = parseLocation(nearText);
      if (!loc.ok) parsed.fields.near = loc.error.message;
    }
    // The valid rest of the search, so a page can keep it while the bad fields are fixed.
    return { ok: false, message: Object.values(parsed.fields).join(" "), fields: parsed.fields, query: parsed.valid };
  }
  if (!parsed.query.near) return { ok: true, query: parsed.query, origin: null };
  const loc = parseLocation(parsed.query.near);
  if (!loc.ok) {
    return { ok: false, message: loc.error.message, fields: { near: loc.error.message }, choices: loc.error.choices, query: parsed.query };
  }
  return { ok: true, query: parsed.query, origin: loc.location };
}
