// The in-memory search index's filters and facets (decision 0003): a provider's facts as one bit
// set, and a search compiled to tests on it that mean exactly what lib/search/conditions.ts and
// lib/search/facets.ts mean in SQL (the facet options themselves: lib/search/facet-options.ts).
import {
  MIN_RATING_OPTIONS,
  MIN_REVIEWS_OPTIONS,
  MIN_VOLUME_OPTIONS,
  MIN_YEARS_OPTIONS,
  type TSearchQuery,
} from "@/lib/validation/search-params";
import { ALL_VERIFIED_BOARDS, boardMask, guidanceMask, RECOMMENDED_BIT } from "./bits";
import { facetOptions, type TFacetOption, type TGroup, type TMinColumn } from "./facet-options";
import { locationFilters, matchMask } from "./location-mask";

/** What the facts are computed from: a SearchPoint row's provider columns. */
export type TFactRow = { provBits: number; years: number | null; volume: number | null; rating: number | null; reviews: number };

/** The index's per-provider arrays that the tests read (by provider slot). */
export type TProviderFacts = {
  vBits: Int32Array;
  vYears: Int32Array;
  vVolume: Int32Array;
  vRating: Float64Array;
  vReviews: Int32Array;
  /** Per search: the filter combinations of the provider's locations inside the radius. */
  vMask: Int32Array;
};

// Filter groups (lib/search/facet-options.ts) as bits: a facet count applies every group but its own.
const GROUP_BIT: Record<TGroup, number> = {
  board: 1,
  minYears: 2,
  minVolume: 4,
  guidance: 8,
  recommended: 16,
  minRating: 32,
  minReviews: 64,
  location: 128,
};

/** Missing years/volume sort last in "DESC NULLS LAST" and fail every minimum (all real values are >= 0). */
export const NO_INT = -1;

/**
 * A provider's facts as one bit set: SearchPoint."provBits" (lib/search/bits.ts) in the low bits,
 * then one bit per facet threshold it reaches ("at least 5 years", "rated 4 or more", ...), so a
 * facet count tests a mask instead of comparing numbers.
 */
const THRESHOLD_BASE = 9;
const COLUMNS: Array<{ column: TMinColumn; options: readonly number[]; value: (r: TFactRow) => number | null }> = [
  { column: "years", options: MIN_YEARS_OPTIONS, value: (r) => r.years },
  { column: "volume", options: MIN_VOLUME_OPTIONS, value: (r) => r.volume },
  { column: "rating", options: MIN_RATING_OPTIONS, value: (r) => r.rating },
  { column: "reviews", options: MIN_REVIEWS_OPTIONS, value: (r) => r.reviews },
];
/** Each column's options with their bits, numbered once (factBits runs for every provider loaded). */
const THRESHOLDS = (() => {
  let bit = THRESHOLD_BASE;
  const out = COLUMNS.map((c) => ({ ...c, bits: c.options.map(() => 1 << bit++) }));
  // The facts live in an Int32Array and are tested with positive masks: bits 0 to 30 only.
  if (bit > 31) throw new Error("the facet thresholds no longer fit in one 31-bit set");
  return out;
})();

function thresholdBit(column: TMinColumn, option: number): number {
  const t = THRESHOLDS.find((x) => x.column === column)!;
  const i = t.options.indexOf(option);
  if (i < 0) throw new Error(`not a facet option: ${column} >= ${option}`);
  return t.bits[i]!;
}
export function factBits(r: TFactRow): number {
  let bits = r.provBits;
  for (const t of THRESHOLDS) {
    const value = t.value(r);
    if (value === null) continue;
    for (let i = 0; i < t.options.length; i++) if (value >= t.options[i]!) bits |= t.bits[i]!;
  }
  return bits;
}

/** One facet: counted when its group is the only one failed (or none), and its mask hits. */
export type TFacet = { key: string; group: number; mask: number; onLocations: boolean };

/**
 * A search's filters and facets over the index's provider arrays: which groups a provider fails
 * (0: it matches), and each facet's group and mask.
 */
export function compileQuery(q: TSearchQuery, a: TProviderFacts) {
  const { vBits, vYears, vVolume, vRating, vReviews, vMask } = a;
  const loc = locationFilters(q);
  const board = q.board.length ? boardMask(q.board, q.verified) : q.verified ? ALL_VERIFIED_BOARDS : 0;
  const guidance = q.guidance.length ? guidanceMask(q.guidance) : 0;
  const locMask = loc.accepting || loc.telehealth || loc.noReferral ? matchMask(loc) : 0;
  const minYears = q.minYears || 0;
  const minVolume = q.minVolume || 0;
  const minRating = q.minRating || 0;
  const minReviews = q.minReviews || 0;
  /** The groups a provider fails (0: it matches). */
  const fails = (v: number): number => {
    let f = 0;
    const bits = vBits[v]!;
    if (board !== 0 && (bits & board) === 0) f |= GROUP_BIT.board;
    if (minYears !== 0 && !(vYears[v]! >= minYears)) f |= GROUP_BIT.minYears;
    if (minVolume !== 0 && !(vVolume[v]! >= minVolume)) f |= GROUP_BIT.minVolume;
    if (guidance !== 0 && (bits & guidance) === 0) f |= GROUP_BIT.guidance;
    if (q.recommended && (bits & RECOMMENDED_BIT) === 0) f |= GROUP_BIT.recommended;
    if (minRating !== 0 && !(vRating[v]! >= minRating)) f |= GROUP_BIT.minRating;
    if (minReviews !== 0 && !(vReviews[v]! >= minReviews)) f |= GROUP_BIT.minReviews;
    if (locMask !== 0 && (vMask[v]! & locMask) === 0) f |= GROUP_BIT.location;
    return f;
  };
  const facets = facetOptions(q).map(toFacet);
  return { fails, facets, locMask: locMask || 255 };
}

function toFacet(option: TFacetOption): TFacet {
  const { key, test } = option;
  const group = GROUP_BIT[option.group];
  switch (test.kind) {
    case "bits":
      return { key, group, mask: test.mask, onLocations: false };
    case "min":
      return { key, group, mask: thresholdBit(test.column, test.value), onLocations: false };
    case "location":
      return { key, group, mask: matchMask(test.filters), onLocations: true };
  }
}
