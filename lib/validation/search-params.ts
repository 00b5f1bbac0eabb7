import { z } from "zod";
import type { TLocale } from "@/lib/i18n/routing";
import { FILTERS, type TFilter, type TFilterDef } from "@/lib/search/filters";
import { nameTokens } from "@/lib/search/name-tokens";
import {
  DEFAULT_RADIUS,
  defaultSort,
  MAX_PAGE,
  RADIUS_OPTIONS,
  SORT_OPTIONS,
  type TSortOption,
} from "./search-options";

// The public contract of /search and GET /api/providers (keep these names: links depend on them).
// The filters' parameters come from the filter table (lib/search/filters.ts); place, radius, sort,
// page and facets are the search's own. The messages are English by default (the JSON API's, which
// stays English); /es/search asks for them in Spanish (parseSearchParams's `locale`).
export {
  DEFAULT_RADIUS,
  defaultSort,
  MAX_PAGE,
  PAGE_SIZE,
  RADIUS_OPTIONS,
  SORT_OPTIONS,
  type TSortOption,
} from "./search-options";

/** What a patient is told about a bad parameter, in each interface language. */
type TSearchMessages = {
  nearRequired: string;
  nearTooLong: string;
  flag: (label: string) => string;
  /** The name of a minimum filter in messages: "Minimum years injecting the neck". */
  minimumLabel: (label: string) => string;
  minimumDecimal: (label: string, max: number) => string;
  minimumWhole: (label: string, max: number) => string;
  listBad: (label: string, bad: string, shown: string) => string;
  listSingle: (label: string, shown: string) => string;
  nameLength: (label: string, min: number, max: number) => string;
  nameWords: (label: string) => string;
  radius: (options: readonly number[]) => string;
  sort: (options: readonly string[]) => string;
  page: (max: number) => string;
  facets: string;
  sortMatch: string;
  sortDistance: string;
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const orList = (items: readonly (string | number)[], or: string) =>
  `${items.slice(0, -1).join(", ")} ${or} ${items.at(-1)}`;

export const SEARCH_MESSAGES: Record<TLocale, TSearchMessages> = {
  en: {
    nearRequired:
      "Enter a ZIP code, City, ST, or use your location (or a doctor's name to search everywhere).",
    nearTooLong: "That location is too long: enter a ZIP code or City, ST.",
    flag: (label) => `${label} must be 1 (on) or left out.`,
    minimumLabel: (label) => label.replace(/^./, (c) => `Minimum ${c.toLowerCase()}`),
    minimumDecimal: (label, max) => `${label} must be a number from 1 to ${max} (e.g. 4 or 4.5).`,
    minimumWhole: (label, max) => `${label} must be a whole number from 0 to ${max}.`,
    listBad: (label, bad, shown) => `${label}: "${bad}" is not one of ${shown}.`,
    listSingle: (label, shown) => `${label}: choose one of ${shown}, not several.`,
    nameLength: (label, min, max) => `${label} must be ${min} to ${max} characters.`,
    nameWords: (label) =>
      `${label}: type at least one word of two letters or more (initials alone cannot be matched).`,
    radius: (options) => `Radius must be ${orList(options, "or")} miles.`,
    sort: (options) => `Sort must be one of ${options.join(", ")}.`,
    page: (max) => `Page must be a whole number from 1 to ${max}.`,
    facets: "Facets",
    sortMatch:
      "Best name match sorts a name search without a place; near a place, sort by distance, experience or rating.",
    sortDistance: "Sort by distance needs a place: enter a ZIP code or City, ST.",
  },
  es: {
    nearRequired:
      "Escriba un código postal (ZIP) o una ciudad y su estado (por ejemplo, Boston, MA), o use su ubicación (o escriba el nombre de un médico para buscar en todo el país).",
    nearTooLong:
      "Esa ubicación es demasiado larga: escriba un código postal (ZIP) o una ciudad y su estado (por ejemplo, Boston, MA).",
    flag: (label) => `${label}: el valor debe ser 1 (activado) o no indicarse.`,
    minimumLabel: (label) => `Mínimo de ${lowerFirst(label)}`,
    minimumDecimal: (label, max) => `${label}: debe ser un número del 1 al ${max} (por ejemplo, 4 o 4.5).`,
    minimumWhole: (label, max) => `${label}: debe ser un número entero del 0 al ${max}.`,
    listBad: (label, bad, shown) => `${label}: "${bad}" no es uno de estos valores: ${shown}.`,
    listSingle: (label, shown) => `${label}: elija solo uno de estos valores, no varios: ${shown}.`,
    nameLength: (label, min, max) => `${label}: escriba de ${min} a ${max} caracteres.`,
    nameWords: (label) =>
      `${label}: escriba al menos una palabra de dos letras o más (no se puede buscar solo con iniciales).`,
    radius: (options) => `La distancia debe ser de ${orList(options, "o")} millas.`,
    sort: (options) => `El orden debe ser uno de estos valores: ${options.join(", ")}.`,
    page: (max) => `La página debe ser un número entero del 1 al ${max}.`,
    facets: "Facets",
    sortMatch:
      "El orden «mejor coincidencia con el nombre» es para una búsqueda por nombre sin lugar; cerca de un lugar, ordene por distancia, experiencia o calificación.",
    sortDistance:
      "Para ordenar por distancia hace falta un lugar: escriba un código postal (ZIP) o una ciudad y su estado.",
  },
};

const flag = (message: string) =>
  z
    .enum(["1", "0", "true", "false"], { error: message })
    .optional()
    .transform((v) => v === "1" || v === "true");

const minimum = (label: string, max: number, decimal: boolean, m: TSearchMessages) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (decimal ? !/^\d{1,4}(\.\d)?$/.test(v) || n < 1 || n > max : !/^\d{1,6}$/.test(v) || n > max) {
        ctx.addIssue({
          code: "custom",
          message: decimal ? m.minimumDecimal(label, max) : m.minimumWhole(label, max),
        });
        return z.NEVER;
      }
      return n;
    });

function list(f: Extract<TFilter, { kind: "list" }>, m: TSearchMessages, locale: TLocale) {
  const label = f.label[locale];
  const allowed = f.options.map((o) => o.value);
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return [] as string[];
      const items = [
        ...new Set(
          v
            .split(",")
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean),
        ),
      ];
      const bad = items.filter((i) => !allowed.includes(i));
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(", ")}, …` : allowed.join(", ");
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: m.listBad(label, bad.join('", "').slice(0, 200), shown) });
        return z.NEVER;
      }
      if (f.single && items.length > 1) {
        ctx.addIssue({ code: "custom", message: m.listSingle(label, shown) });
        return z.NEVER;
      }
      return items;
    });
}

function name(f: Extract<TFilter, { kind: "name" }>, m: TSearchMessages, locale: TLocale) {
  const label = f.label[locale];
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      // Spaces collapsed; control characters are not part of any name.
      const text = (v ?? "")
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      if (!text) return undefined;
      if (text.length < f.minLength || text.length > f.maxLength) {
        ctx.addIssue({ code: "custom", message: m.nameLength(label, f.minLength, f.maxLength) });
        return z.NEVER;
      }
      if (!nameTokens(text).length) {
        ctx.addIssue({ code: "custom", message: m.nameWords(label) });
        return z.NEVER;
      }
      return text;
    });
}

function schemaOf(f: TFilter, m: TSearchMessages, locale: TLocale) {
  switch (f.kind) {
    case "list":
      return list(f, m, locale);
    case "name":
      return name(f, m, locale);
    case "min":
      return minimum(m.minimumLabel(f.label[locale]), f.max, !!f.decimal, m);
    default:
      return flag(m.flag(f.label[locale]));
  }
}

/** A filter's value in a parsed search. Lists are arrays (a `single` list has at most one value). */
type TValueOf<F> = F extends { kind: "name" }
  ? string | undefined
  : F extends { kind: "list"; options: ReadonlyArray<{ value: infer V }> }
    ? V[]
    : F extends { kind: "min" }
      ? number | undefined
      : boolean;
export type TFilterValues = { [F in TFilterDef as F["param"]]: TValueOf<F> };

/** The schema of the parameters, its messages in `locale`. */
function buildSchema(locale: TLocale) {
  const m = SEARCH_MESSAGES[locale];
  const filterShape = Object.fromEntries(FILTERS.map((f) => [f.param, schemaOf(f, m, locale)]));
  return z.object({
    near: z
      .string()
      .optional()
      .transform((v) => v?.trim() || undefined)
      .pipe(z.string().max(120, m.nearTooLong).optional()),
    radius: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === "") return DEFAULT_RADIUS;
        const n = Number(v);
        if (!RADIUS_OPTIONS.includes(n as (typeof RADIUS_OPTIONS)[number])) {
          ctx.addIssue({ code: "custom", message: m.radius(RADIUS_OPTIONS) });
          return z.NEVER;
        }
        return n;
      }),
    sort: z.enum(SORT_OPTIONS, { error: m.sort(SORT_OPTIONS) }).optional(),
    page: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === "") return 1;
        const n = Number(v);
        if (!/^\d{1,4}$/.test(v) || n < 1 || n > MAX_PAGE) {
          ctx.addIssue({ code: "custom", message: m.page(MAX_PAGE) });
          return z.NEVER;
        }
        return n;
      }),
    /** JSON API only: also return the count each filter option would leave (the /search page always does). */
    facets: flag(m.flag(m.facets)),
    ...filterShape,
  });
}

type TSchema = ReturnType<typeof buildSchema>;
// English is built at once (the API's hot path); other languages when first asked for.
const SCHEMAS: Partial<Record<TLocale, TSchema>> = { en: buildSchema("en") };
const schemaFor = (locale: TLocale): TSchema => (SCHEMAS[locale] ??= buildSchema(locale));

export type TSearchQuery = {
  /** The place to search around; absent only in a name search everywhere (`q` without `near`). */
  near?: string;
  radius: number;
  sort: TSortOption;
  page: number;
  facets: boolean;
} & TFilterValues;

export type TSearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

export type TFieldErrors = Record<string, string>;
export type TSearchParseResult =
  | { ok: true; query: TSearchQuery }
  /** `valid`: the search without its bad fields (they fall back to their defaults), so a page can keep the rest; absent when neither a place nor a name is left. */
  | { ok: false; fields: TFieldErrors; message: string; valid?: TSearchQuery };

const KNOWN = new Set(Object.keys(schemaFor("en").shape));
const LISTS = new Set<string>(FILTERS.filter((f) => f.kind === "list").map((f) => f.param));

/** Cross-field rules: a place or a name; "nearest first" and "best match" need what they sort by. */
function finish(raw: z.output<TSchema>, fields: TFieldErrors, m: TSearchMessages): TSearchQuery | null {
  const q = raw as unknown as TSearchQuery & { sort?: TSortOption };
  if (!q.near && !q.q) {
    fields.near ??= m.nearRequired;
    return null;
  }
  if (q.sort === "match" && (!q.q || q.near)) fields.sort ??= m.sortMatch;
  if (q.sort === "distance" && !q.near) fields.sort ??= m.sortDistance;
  const sort = q.sort && !fields.sort ? q.sort : defaultSort(q);
  return { ...q, sort };
}

/**
 * Parses /search and /api/providers parameters. A repeated list parameter (board=a&board=b, as a
 * plain HTML form sends checkboxes) is merged; any other repeated parameter counts once (its first).
 * Messages in `locale`: English by default, as the JSON API gives them; /es/search asks for Spanish.
 */
export function parseSearchParams(input: TSearchParamsInput, locale: TLocale = "en"): TSearchParseResult {
  const schema = schemaFor(locale);
  const m = SEARCH_MESSAGES[locale];
  const flat: Record<string, string> = {};
  const entries: Array<[string, string | string[] | undefined]> =
    input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    if (!KNOWN.has(key)) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (!values.length) continue;
    if (LISTS.has(key)) flat[key] = [flat[key], ...values].filter(Boolean).join(",");
    else if (!(key in flat)) flat[key] = values[0]!;
  }
  const fields: TFieldErrors = {};
  const parsed = schema.safeParse(flat);
  if (parsed.success) {
    const query = finish(parsed.data, fields, m);
    if (query && !Object.keys(fields).length) return { ok: true, query };
  } else {
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "query")] ??= issue.message;
  }
  // The valid rest of the search: bad fields fall back to their defaults.
  const rest = schema.safeParse(Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in fields))));
  const valid = rest.success ? finish(rest.data, {}, m) : null;
  return { ok: false, fields, message: Object.values(fields).join(" "), ...(valid ? { valid } : {}) };
}

/** The canonical query string of a search: defaults left out, stable order (the filter table's). */
export function searchQueryToParams(q: Partial<TSearchQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (q.near) p.set("near", q.near);
  if (q.near && q.radius && q.radius !== DEFAULT_RADIUS) p.set("radius", String(q.radius));
  for (const f of FILTERS) {
    const v = (q as Record<string, unknown>)[f.param];
    if (Array.isArray(v)) {
      if (v.length) p.set(f.param, v.join(","));
    } else if (v === true) p.set(f.param, "1");
    else if (typeof v === "number" && v) p.set(f.param, String(v));
    else if (typeof v === "string" && v) p.set(f.param, v);
  }
  if (q.sort && q.sort !== defaultSort(q)) p.set("sort", q.sort);
  if (q.page && q.page > 1) p.set("page", String(q.page));
  return p;
}
