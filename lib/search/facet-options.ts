// The facet options of a search, listed once for both engines: lib/search/facets.ts turns each into
// a SQL count, lib/search/index-facts.ts into a mask test on the in-memory index (decision 0003).
import {
  BOARD_AREAS,
  GUIDANCE_OPTIONS,
  MIN_RATING_OPTIONS,
  MIN_REVIEWS_OPTIONS,
  MIN_VOLUME_OPTIONS,
  MIN_YEARS_OPTIONS,
  type TSearchQuery,
} from "@/lib/validation/search-params";
import { ALL_VERIFIED_BOARDS, boardMask, guidanceMask, RECOMMENDED_BIT } from "./bits";
import { locationFilters, type TLocationFilters } from "./location-mask";

/**
 * The filter groups. A facet count applies every group's filter except its own group's, plus the
 * option itself: "how many would this option leave".
 */
export type TGroup = "board" | "minYears" | "minVolume" | "guidance" | "recommended" | "minRating" | "minReviews" | "location";

/** The provider numbers a minimum applies to (SearchPoint's columns of the same names). */
export type TMinColumn = "years" | "volume" | "rating" | "reviews";

/** What an option tests: bits of the provider's facts, a minimum on one of its numbers, or the practice-level filters. */
export type TFacetTest =
  | { kind: "bits"; mask: number }
  | { kind: "min"; column: TMinColumn; value: number }
  | { kind: "location"; filters: TLocationFilters };

/** One option; keys look like "board:neurology", "minYears:5", "accepting". */
export type TFacetOption = { key: string; group: TGroup; test: TFacetTest };

export function facetOptions(q: TSearchQuery): TFacetOption[] {
  const loc = locationFilters(q);
  const bits = (key: string, group: TGroup, mask: number): TFacetOption => ({ key, group, test: { kind: "bits", mask } });
  const min = (group: TGroup, column: TMinColumn, value: number): TFacetOption => ({ key: `${group}:${value}`, group, test: { kind: "min", column, value } });
  const place = (key: string, extra: TLocationFilters): TFacetOption => ({ key, group: "location", test: { kind: "location", filters: { ...loc, ...extra } } });
  return [
    // A board option keeps "verified only" as chosen; "verified" keeps the chosen boards (or any).
    ...BOARD_AREAS.map((area) => bits(`board:${area}`, "board", boardMask([area], q.verified))),
    bits("verified", "board", q.board.length ? boardMask(q.board, true) : ALL_VERIFIED_BOARDS),
    ...MIN_YEARS_OPTIONS.map((n) => min("minYears", "years", n)),
    ...MIN_VOLUME_OPTIONS.map((n) => min("minVolume", "volume", n)),
    ...GUIDANCE_OPTIONS.map((g) => bits(`guidance:${g}`, "guidance", guidanceMask([g]))),
    bits("recommended", "recommended", RECOMMENDED_BIT),
    ...MIN_RATING_OPTIONS.map((n) => min("minRating", "rating", n)),
    ...MIN_REVIEWS_OPTIONS.map((n) => min("minReviews", "reviews", n)),
    place("accepting", { accepting: true }),
    place("telehealth", { telehealth: true }),
    place("noReferral", { noReferral: true }),
  ];
}
