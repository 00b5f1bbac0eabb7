import { z } from "zod";

// The public contract of /search and GET /api/providers (keep these names: links depend on them).
export const RADIUS_OPTIONS = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 250;
export const BOARD_AREAS = ["neurology", "pain-medicine", "pmr"] as const;
export const GUIDANCE_OPTIONS = ["emg", "ultrasound"] as const;
export const SORT_OPTIONS = ["distance", "experience", "rating"] as const;
export const MIN_YEARS_OPTIONS = [1, 3, 5, 10, 15] as const;
export const MIN_VOLUME_OPTIONS = [25, 50, 100, 200, 500] as const;
export const MIN_RATING_OPTIONS = [3, 3.5, 4, 4.5] as const;
export const MIN_REVIEWS_OPTIONS = [1, 5, 10, 25] as const;

export type TBoardArea = (typeof BOARD_AREAS)[number];
export type TGuidanceOption = (typeof GUIDANCE_OPTIONS)[number];
export type TSortOption = (typeof SORT_OPTIONS)[number];

export const BOARD_AREA_LABELS: Record<TBoardArea, string> = {
  neurology: "Neurology",
  "pain-medicine": "Pain medicine",
  pmr: "Physical medicine & rehabilitation (PM&R)",
};
export const GUIDANCE_LABELS: Record<TGuidanceOption, string> = { emg: "EMG guidance", ultrasound: "Ultrasound guidance" };
export const SORT_LABELS: Record<TSortOption, string> = {
  distance: "Nearest first",
  experience: "Most experienced",
  rating: "Highest rated",
};

const flag = (label: string) =>
  z
    .enum(["1", "0", "true", "false"], { error: `${label} must be 1 (on) or left out.` })
    .optional()
    .transform((v) => v === "1" || v === "true");

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be a whole number from ${min} to ${max}.` });
        return z.NEVER;
      }
      return n;
    });

function list<T extends string>(allowed: readonly T[], label: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return [] as T[];
      const items = [...new Set(v.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))];
      const bad = items.filter((i) => !allowed.includes(i as T));
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `${label}: "${bad.join('", "')}" is not one of ${allowed.join(", ")}.` });
        return z.NEVER;
      }
      return items as T[];
    });
}

export const ZSearchQuery = z.object({
  near: z
    .string({ error: "Enter a ZIP code, City, ST, or use your location." })
    .trim()
    .min(1, "Enter a ZIP code, City, ST, or use your location.")
    .max(120, "That location is too long: enter a ZIP code or City, ST."),
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
  board: list(BOARD_AREAS, "Board"),
  verified: flag("Verified only"),
  minYears: wholeNumber("Minimum years", 0, 60),
  minVolume: wholeNumber("Minimum procedures a year", 0, 10000),
  guidance: list(GUIDANCE_OPTIONS, "Guidance"),
  recommended: flag("Recommended by clinicians"),
  noReferral: flag("No referral needed"),
  minRating: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (!/^\d(\.\d)?$/.test(v) || n < 1 || n > 5) {
        ctx.addIssue({ code: "custom", message: "Minimum rating must be a number from 1 to 5 (e.g. 4 or 4.5)." });
        return z.NEVER;
      }
      return n;
    }),
  minReviews: wholeNumber("Minimum reviews", 0, 1000),
  accepting: flag("Accepting new patients"),
  telehealth: flag("Telehealth"),
  sort: z.enum(SORT_OPTIONS, { error: `Sort must be one of ${SORT_OPTIONS.join(", ")}.` }).optional().default("distance"),
  page: wholeNumber("Page", 1, MAX_PAGE).transform((v) => v ?? 1),
  /** JSON API only: also return the count each filter option would leave (the /search page always does). */
  facets: flag("Facets"),
});

export type TSearchQuery = z.output<typeof ZSearchQuery>;
export type TSearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

export type TFieldErrors = Record<string, string>;
export type TSearchParseResult =
  | { ok: true; query: TSearchQuery }
  /** `valid`: the search without its bad fields (they fall back to their defaults), so a page can keep the rest; absent when `near` itself is bad. */
  | { ok: false; fields: TFieldErrors; message: string; valid?: TSearchQuery };

const KNOWN = Object.keys(ZSearchQuery.shape);

const LISTS = new Set(["board", "guidance"]);

/**
 * Parses /search and /api/providers parameters. A repeated list parameter (board=a&board=b, as a
 * plain HTML form sends checkboxes) is merged; any other repeated parameter counts once (its first).
 */
export function parseSearchParams(input: TSearchParamsInput): TSearchParseResult {
  const flat: Record<string, string> = {};
  const entries: Array<[string, string | string[] | undefined]> =
    input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    if (!KNOWN.includes(key)) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => v !== undefined);
    if (!values.length) continue;
    if (LISTS.has(key)) flat[key] = [flat[key], ...values].filter(Boolean).join(",");
    else if (!(key in flat)) flat[key] = values[0]!;
  }
  const parsed = ZSearchQuery.safeParse(flat);
  if (parsed.success) return { ok: true, query: parsed.data };
  const fields: TFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "query");
    fields[key] ??= issue.message;
  }
  const rest = ZSearchQuery.safeParse(Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in fields))));
  return { ok: false, fields, message: Object.values(fields).join(" "), ...(rest.success ? { valid: rest.data } : {}) };
}

/** The canonical query string of a search: defaults left out, stable order. */
export function searchQueryToParams(q: Partial<TSearchQuery> & { near: string }): URLSearchParams {
  const p = new URLSearchParams();
  p.set("near", q.near);
  if (q.radius && q.radius !== DEFAULT_RADIUS) p.set("radius", String(q.radius));
  if (q.board?.length) p.set("board", q.board.join(","));
  if (q.verified) p.set("verified", "1");
  if (q.minYears) p.set("minYears", String(q.minYears));
  if (q.minVolume) p.set("minVolume", String(q.minVolume));
  if (q.guidance?.length) p.set("guidance", q.guidance.join(","));
  if (q.recommended) p.set("recommended", "1");
  if (q.noReferral) p.set("noReferral", "1");
  if (q.minRating) p.set("minRating", String(q.minRating));
  if (q.minReviews) p.set("minReviews", String(q.minReviews));
  if (q.accepting) p.set("accepting", "1");
  if (q.telehealth) p.set("telehealth", "1");
  if (q.sort && q.sort !== "distance") p.set("sort", q.sort);
  if (q.page && q.page > 1) p.set("page", String(q.page));
  return p;
}
