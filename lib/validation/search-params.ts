import { z } from "zod";
import { FILTERS, type TFilter, type TFilterDef } from "@/lib/search/filters";
import { nameTokens } from "@/lib/search/name-tokens";

// The public contract of /search and GET /api/providers (keep these names: links depend on them).
// The filters' parameters come from the filter table (lib/search/filters.ts); place, radius, sort,
// page and facets are the search's own.
export const RADIUS_OPTIONS = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 250;
/** "match": how well the name matches `q` (the default of a name search without a place). */
export const SORT_OPTIONS = ["distance", "experience", "rating", "match"] as const;

export type TSortOption = (typeof SORT_OPTIONS)[number];

export const SORT_LABELS: Record<TSortOption, string> = {
  distance: "Nearest first",
  experience: "Most experienced",
  rating: "Highest rated",
  match: "Best name match",
};

const NEAR_REQUIRED = "Enter a ZIP code, City, ST, or use your location (or a doctor's name to search everywhere).";

const flag = (label: string) =>
  z
    .enum(["1", "0", "true", "false"], { error: `${label} must be 1 (on) or left out.` })
    .optional()
    .transform((v) => v === "1" || v === "true");

const minimum = (label: string, max: number, decimal: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (decimal ? !/^\d{1,4}(\.\d)?$/.test(v) || n < 1 || n > max : !/^\d{1,6}$/.test(v) || n > max) {
        ctx.addIssue({
          code: "custom",
          message: decimal ? `${label} must be a number from 1 to ${max} (e.g. 4 or 4.5).` : `${label} must be a whole number from 0 to ${max}.`,
        });
        return z.NEVER;
      }
      return n;
    });

function list(f: Extract<TFilter, { kind: "list" }>) {
  const allowed = f.options.map((o) => o.value);
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return [] as string[];
      const items = [...new Set(v.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))];
      const bad = items.filter((i) => !allowed.includes(i));
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(", ")}, …` : allowed.join(", ");
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `${f.label}: "${bad.join('", "').slice(0, 200)}" is not one of ${shown}.` });
        return z.NEVER;
      }
      if (f.single && items.length > 1) {
        ctx.addIssue({ code: "custom", message: `${f.label}: choose one of ${shown}, not several.` });
        return z.NEVER;
      }
      return items;
    });
}

function name(f: Extract<TFilter, { kind: "name" }>) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      // Spaces collapsed; control characters are not part of any name.
      const text = (v ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
      if (!text) return undefined;
      if (text.length < f.minLength || text.length > f.maxLength) {
        ctx.addIssue({ code: "custom", message: `${f.label} must be ${f.minLength} to ${f.maxLength} characters.` });
        return z.NEVER;
      }
      if (!nameTokens(text).length) {
        ctx.addIssue({ code: "custom", message: `${f.label}: type at least one word of two letters or more (initials alone cannot be matched).` });
        return z.NEVER;
      }
      return text;
    });
}

function schemaOf(f: TFilter) {
  switch (f.kind) {
    case "list":
      return list(f);
    case "name":
      return name(f);
    case "min":
      return minimum(f.label.replace(/^./, (c) => `Minimum ${c.toLowerCase()}`), f.max, !!f.decimal);
    default:
      return flag(f.label);
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

const filterShape = Object.fromEntries(FILTERS.map((f) => [f.param, schemaOf(f)]));

const ZSearchBase = z.object({
  near: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(z.string().max(120, "That location is too long: enter a ZIP code or City, ST.").optional()),
  radius: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return DEFAULT_RADIUS;
      const n = Number(v);
      if (!RADIUS_OPTIONS.includes(n as (typeof RADIUS_OPTIONS)[number])) {
        ctx.addIssue({ code: "custom", message: `Radius must be ${RADIUS_OPTIONS.slice(0, -1).join(", ")} or ${RADIUS_OPTIONS.at(-1)} miles.` });
        return z.NEVER;
      }
      return n;
    }),
  sort: z.enum(SORT_OPTIONS, { error: `Sort must be one of ${SORT_OPTIONS.join(", ")}.` }).optional(),
  page: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return 1;
      const n = Number(v);
      if (!/^\d{1,4}$/.test(v) || n < 1 || n > MAX_PAGE) {
        ctx.addIssue({ code: "custom", message: `Page must be a whole number from 1 to ${MAX_PAGE}.` });
        return z.NEVER;
      }
      return n;
    }),
  /** JSON API only: also return the count each filter option would leave (the /search page always does). */
  facets: flag("Facets"),
  ...filterShape,
});

export type TSearchQuery = {
  /** The place to search around; absent only in a name search everywhere (`q` without `near`). */
  near?: string;
  radius: number;
  sort: TSortOption;
  page: number;
  facets: boolean;
} & TFilterValues;

/** The default order: nearest first around a place, best name match everywhere. */
export const defaultSort = (q: { near?: string; q?: string }): TSortOption => (q.near ? "distance" : "match");

export type TSearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

export type TFieldErrors = Record<string, string>;
export type TSearchParseResult =
  | { ok: true; query: TSearchQuery }
  /** `valid`: the search without its bad fields (they fall back to their defaults), so a page can keep the rest; absent when neither a place nor a name is left. */
  | { ok: false; fields: TFieldErrors; message: string; valid?: TSearchQuery };

const KNOWN = new Set(Object.keys(ZSearchBase.shape));
const LISTS = new Set<string>(FILTERS.filter((f) => f.kind === "list").map((f) => f.param));

/** Cross-field rules: a place or a name; "nearest first" and "best match" need what they sort by. */
function finish(raw: z.output<typeof ZSearchBase>, fields: TFieldErrors): TSearchQuery | null {
  const q = raw as unknown as TSearchQuery & { sort?: TSortOption };
  if (!q.near && !q.q) {
    fields.near ??= NEAR_REQUIRED;
    return null;
  }
  if (q.sort === "match" && (!q.q || q.near)) fields.sort ??= "Best name match sorts a name search without a place; near a place, sort by distance, experience or rating.";
  if (q.sort === "distance" && !q.near) fields.sort ??= "Sort by distance needs a place: enter a ZIP code or City, ST.";
  const sort = q.sort && !fields.sort ? q.sort : defaultSort(q);
  return { ...q, sort };
}

/**
 * Parses /search and /api/providers parameters. A repeated list parameter (board=a&board=b, as a
 * plain HTML form sends checkboxes) is merged; any other repeated parameter counts once (its first).
 */
export function parseSearchParams(input: TSearchParamsInput): TSearchParseResult {
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
  const parsed = ZSearchBase.safeParse(flat);
  if (parsed.success) {
    const query = finish(parsed.data, fields);
    if (query && !Object.keys(fields).length) return { ok: true, query };
  } else {
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "query")] ??= issue.message;
  }
  // The valid rest of the search: bad fields fall back to their defaults.
  const rest = ZSearchBase.safeParse(Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in fields))));
  const valid = rest.success ? finish(rest.data, {}) : null;
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
