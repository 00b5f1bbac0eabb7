import type { TLocale } from "@/lib/i18n/routing";
import { parseLocation, type TLocationError, type TResolvedLocation } from "@/lib/geo/parse-location";
import {
  parseSearchParams,
  type TSearchParamsInput,
  type TSearchQuery,
} from "@/lib/validation/search-params";

export type TResolvedSearch =
  /** `origin` null: a name search everywhere (`q` without `near`). */
  | { ok: true; query: TSearchQuery; origin: TResolvedLocation | null }
  | { ok: false; message: string; fields: Record<string, string>; choices?: string[]; query?: TSearchQuery };

/**
 * A place's label in the interface language: coordinates are named by their nearest ZIP's town,
 * "Chicago, IL (near 60611)", which /es says "Chicago, IL (cerca de 60611)". Other labels are names.
 */
export function placeLabel(location: Pick<TResolvedLocation, "kind" | "label">, locale: TLocale): string {
  if (locale === "es" && location.kind === "coords")
    return location.label.replace(/ \(near (\d{5})\)$/, " (cerca de $1)");
  return location.label;
}

/** A place that could not be resolved, told in `locale` (lib/geo/parse-location.ts words it in English). */
function locationMessage(error: TLocationError, typed: string, locale: TLocale): string {
  if (locale === "en") return error.message;
  switch (error.code) {
    case "NOT_FOUND": {
      const input = typed.trim().replace(/\s+/g, " ");
      const shown = input.length > 60 ? `${input.slice(0, 57)}...` : input;
      return `No encontramos “${shown}”. Pruebe con un código postal (ZIP) de 5 dígitos o con una ciudad y su estado (por ejemplo, Boston, MA).`;
    }
    case "AMBIGUOUS": {
      const first = error.choices?.[0] ?? "";
      const name = first.slice(0, first.lastIndexOf(",")).trim() || first;
      return `Hay un lugar llamado ${name} en ${error.choices?.length ?? 2} estados. ¿Cuál busca?`;
    }
    case "INVALID":
      return typed.trim()
        ? "La latitud debe estar entre -90 y 90, y la longitud entre -180 y 180."
        : "Escriba un código postal (ZIP) o una ciudad y su estado, o use su ubicación.";
  }
}

/** Parameters -> validated query + resolved location, with one message per bad field (in `locale`; English for the API). */
export function resolveSearch(params: TSearchParamsInput, locale: TLocale = "en"): TResolvedSearch {
  const parsed = parseSearchParams(params, locale);
  const near = params instanceof URLSearchParams ? params.get("near") : params.near;
  const nearText = (Array.isArray(near) ? near[0] : near) ?? "";
  if (!parsed.ok) {
    // Still resolve the location, so a bad filter and a bad place are both reported at once.
    if (nearText.trim() && !parsed.fields.near) {
      const loc = parseLocation(nearText);
      if (!loc.ok) parsed.fields.near = locationMessage(loc.error, nearText, locale);
    }
    // The valid rest of the search, so a page can keep it while the bad fields are fixed.
    return {
      ok: false,
      message: Object.values(parsed.fields).join(" "),
      fields: parsed.fields,
      query: parsed.valid,
    };
  }
  if (!parsed.query.near) return { ok: true, query: parsed.query, origin: null };
  const loc = parseLocation(parsed.query.near);
  if (!loc.ok) {
    const message = locationMessage(loc.error, parsed.query.near, locale);
    return { ok: false, message, fields: { near: message }, choices: loc.error.choices, query: parsed.query };
  }
  return {
    ok: true,
    query: parsed.query,
    origin: locale === "en" ? loc.location : { ...loc.location, label: placeLabel(loc.location, locale) },
  };
}
