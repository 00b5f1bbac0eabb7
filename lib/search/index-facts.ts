// The in-memory search index's filters and facets (decision 0003): a provider's facts as one bit
// set, and a search compiled to tests on it that mean exactly what lib/search/conditions.ts and
// lib/search/facets.ts mean in SQL.
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
import { locationFilters, matchMask, type TLocationFilters } from "./location-mask";

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

// Filter groups, as in lib/search/conditions.ts: a facet count applies every group but its own.
const G_BOARD = 1;
const G_YEARS = 2;
const G_VOLUME = 4;
const G_GUIDANCE = 8;
const G_RECOMMENDED = 16;
const G_RATING = 32;
const G_REVIEWS = 64;
const G_LOCATION = 128;

/** Missing years/volume sort last in "DESC NULLS LAST" and fail every minimum (all real values are >= 0). */
export const NO_INT = -1;

/**
 * A provider's facts as one bit set: SearchPoint."provBits" (lib/search/bits.ts) in the low bits,
 * then one bit per facet threshold it reaches ("at least 5 years", "rated 4 or more", ...), so a
 * facet count tests a mask instead of comparing numbers.
 */
const THRESHOLD_BASE = 9;
const THRESHOLDS: Array<{ options: readonly number[]; value: (r: TFactRow) => number | null }> = [
  { options: MIN_YEARS_OPTIONS, value: (r) => r.years },
  { options: MIN_VOLUME_OPTIONS, value: (r) => r.volume },
  { options: MIN_RATING_OPTIONS, value: (r) => r.rating },
  { options: MIN_REVIEWS_OPTIONS, value: (r) => r.reviews },
];
function thresholdBit(kind: number, option: number): number {
  let bit = THRESHOLD_BASE;
  for (let k = 0; k < kind; k++) bit += THRESHOLDS[k]!.options.length;
  const i = THRESHOLDS[kind]!.options.indexOf(option);
  if (i < 0) throw new Error(`not a facet option: ${option}`);
  return 1 << (bit + i);
}
export function factBits(r: TFactRow): number {
  let bits = r.provBits;
  THRESHOLDS.forEach((t, kind) => {
    const value = t.value(r);
    for (const option of t.options) if (value !== null && value >= option) bits |= thresholdBit(kind, option);
  });
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
    if (board !== 0 && (bits & board) === 0) f |= G_BOARD;
    if (minYears !== 0 && !(vYears[v]! >= minYears)) f |= G_YEARS;
    if (minVolume !== 0 && !(vVolume[v]! >= minVolume)) f |= G_VOLUME;
    if (guidance !== 0 && (bits & guidance) === 0) f |= G_GUIDANCE;
    if (q.recommended && (bits & RECOMMENDED_BIT) === 0) f |= G_RECOMMENDED;
    if (minRating !== 0 && !(vRating[v]! >= minRating)) f |= G_RATING;
    if (minReviews !== 0 && !(vReviews[v]! >= minReviews)) f |= G_REVIEWS;
    if (locMask !== 0 && (vMask[v]! & locMask) === 0) f |= G_LOCATION;
    return f;
  };
  const fact = (key: string, group: number, mask: number): TFacet => ({ key, group, mask, onLocations: false });
  const place = (key: string, extra: TLocationFilters): TFacet => ({ key, group: G_LOCATION, mask: matchMask({ ...loc, ...extra }), onLocations: true });
  // The same keys and options as lib/search/facets.ts.
  const facets: TFacet[] = [];
  for (const area of BOARD_AREAS) facets.push(fact(`board:${area}`, G_BOARD, boardMask([area], q.verified)));
  facets.push(fact("verified", G_BOARD, q.board.length ? boardMask(q.board, true) : ALL_VERIFIED_BOARDS));
  for (const n of MIN_YEARS_OPTIONS) facets.push(fact(`minYears:${n}`, G_YEARS, thresholdBit(0, n)));
  for (const n of MIN_VOLUME_OPTIONS) facets.push(fact(`minVolume:${n}`, G_VOLUME, thresholdBit(1, n)));
  for (const g of GUIDANCE_OPTIONS) facets.push(fact(`guidance:${g}`, G_GUIDANCE, guidanceMask([g])));
  facets.push(fact("recommended", G_RECOMMENDED, RECOMMENDED_BIT));
  for (const n of MIN_RATING_OPTIONS) facets.push(fact(`minRating:${n}`, G_RATING, thresholdBit(2, n)));
  for (const n of MIN_REVIEWS_OPTIONS) facets.push(fact(`minReviews:${n}`, G_REVIEWS, thresholdBit(3, n)));
  facets.push(place("accepting", { accepting: true }));
  facets.push(place("telehealth", { telehealth: true }));
  facets.push(place("noReferral", { noReferral: true }));
  return { fails, facets, locMask: locMask || 255 };
}
