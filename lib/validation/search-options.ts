// The search's plain constants, without the schema: client components (the search box, the results'
// sort menu) import these, so zod, the filter table and the validation messages stay out of the
// browser's bundle. lib/validation/search-params.ts re-exports them.
export const RADIUS_OPTIONS = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 250;
/** "match": how well the name matches `q` (the default of a name search without a place). */
export const SORT_OPTIONS = ["distance", "experience", "rating", "match"] as const;

export type TSortOption = (typeof SORT_OPTIONS)[number];

/** The default order: nearest first around a place, best name match everywhere. */
export const defaultSort = (q: { near?: string; q?: string }): TSortOption => (q.near ? "distance" : "match");
