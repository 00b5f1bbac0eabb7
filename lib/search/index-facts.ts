// The in-memory search index's filters and facets (decision 0003, 0005): a provider's facts as a
// bit set of FACT_WORDS 32-bit words, and a search compiled to tests on it that mean exactly what
// lib/search/conditions.ts and facets.ts mean in SQL (both come from lib/search/filter-tests.ts).
import type { TSearchQuery } from "@/lib/validation/search-params";
import { activeTests, allFactKeys, facetOptions, type TTest } from "./filter-tests";
import { filtersOf, type TMinColumn } from "./filters";
import { ANY_PLACE } from "./location-mask";

/** What the facts are computed from: a SearchPoint row's provider columns. */
export type TFactRow = { facts: readonly string[]; years: number | null; volume: number | null; rating: number | null; reviews: number; medicare: number | null };

/** The index's per-provider arrays that the tests read (by provider slot). */
export type TProviderFacts = {
  /** FACT_WORDS words per slot. */
  vFacts: Int32Array;
  vYears: Int32Array;
  vVolume: Int32Array;
  vRating: Float64Array;
  vReviews: Int32Array;
  vMedicare: Int32Array;
  /** Per search: the place-filter combinations of the provider's locations inside the radius. */
  vMask: Int32Array;
  /** Per search: equal to `nameStamp` when the provider's name matches the search's `q`. */
  vNamed: Int32Array;
};

/** Missing years/volume sort last in "DESC NULLS LAST" and fail every minimum (all real values are >= 0). */
export const NO_INT = -1;

/**
 * Bit numbers: every fact key the filter table can ask about, then one bit per facet threshold a
 * provider reaches ("at least 5 years", "rated 4 or more"), so a facet count tests a mask instead of
 * comparing numbers. The table sets the number of words: no fixed cap.
 */
const FACT_BIT = new Map(allFactKeys().map((key, i) => [key, i]));
const THRESHOLDS = (() => {
  let bit = FACT_BIT.size;
  return filtersOf("min").map((f) => ({ column: f.column, options: f.options, bits: f.options.map(() => bit++) }));
})();
const BIT_COUNT = FACT_BIT.size + THRESHOLDS.reduce((n, t) => n + t.options.length, 0);
export const FACT_WORDS = Math.max(1, Math.ceil(BIT_COUNT / 32));

const COLUMN_VALUE: Record<TMinColumn, (r: TFactRow) => number | null> = {
  years: (r) => r.years,
  volume: (r) => r.volume,
  rating: (r) => r.rating,
  reviews: (r) => r.reviews,
  medicare: (r) => r.medicare,
};

function setBit(words: Int32Array, at: number, bit: number) {
  words[at + (bit >>> 5)]! |= 1 << (bit & 31);
}

/** Writes a provider's fact words at `words[at .. at + FACT_WORDS)`. Keys no filter asks about are ignored (as the SQL never tests them). */
export function writeFacts(r: TFactRow, words: Int32Array, at: number): void {
  words.fill(0, at, at + FACT_WORDS);
  for (const key of r.facts) {
    const bit = FACT_BIT.get(key);
    if (bit !== undefined) setBit(words, at, bit);
  }
  for (const t of THRESHOLDS) {
    const value = COLUMN_VALUE[t.column](r);
    if (value === null) continue;
    for (let i = 0; i < t.options.length; i++) if (value >= t.options[i]!) setBit(words, at, t.bits[i]!);
  }
}

/** A test on fact words: passes when any bit of `mask` is set. */
function factMask(keys: readonly string[]): Int32Array {
  const mask = new Int32Array(FACT_WORDS);
  for (const key of keys) {
    const bit = FACT_BIT.get(key);
    if (bit === undefined) throw new Error(`not a fact of the filter table: ${key}`);
    setBit(mask, 0, bit);
  }
  return mask;
}

function thresholdMask(column: TMinColumn, value: number): Int32Array {
  const t = THRESHOLDS.find((x) => x.column === column)!;
  const i = t.options.indexOf(value);
  if (i < 0) throw new Error(`not a facet option: ${column} >= ${value}`);
  const mask = new Int32Array(FACT_WORDS);
  setBit(mask, 0, t.bits[i]!);
  return mask;
}

/** One facet: counted when its group is the only one failed (or none), and its test passes. */
export type TFacet = { key: string; group: number; mask: Int32Array; onLocations: boolean; locMask: number };

/**
 * A search's filters and facets over the index's provider arrays: which groups a provider fails
 * (0: it matches), and each facet's group bit and test.
 */
export function compileQuery(q: TSearchQuery, a: TProviderFacts, nameStamp: number, withFacets = true) {
  const { vFacts, vYears, vVolume, vRating, vReviews, vMedicare, vMask, vNamed } = a;
  const active = activeTests(q);
  // Facet options are compiled only when counted (most API searches do not ask for them).
  const options = withFacets ? facetOptions(q) : [];
  // Each group a bit: a facet count applies every group but its own, so a provider failing exactly
  // one group counts for that group's options.
  const groups = [...new Set([...active.map((t) => t.group), ...options.map((o) => o.group)])];
  if (groups.length > 31) throw new Error("more than 31 filter groups: the group set no longer fits one integer");
  const groupBit = (g: string) => 1 << groups.indexOf(g);
  const W = FACT_WORDS;

  const passes = (t: TTest): ((v: number) => boolean) => {
    switch (t.kind) {
      case "facts": {
        const mask = factMask(t.keys);
        const words = [...mask.keys()].filter((w) => mask[w] !== 0);
        if (words.length === 1) {
          const w = words[0]!;
          const m = mask[w]!;
          return (v) => (vFacts[v * W + w]! & m) !== 0;
        }
        return (v) => words.some((w) => (vFacts[v * W + w]! & mask[w]!) !== 0);
      }
      case "min": {
        const min = t.value;
        const col = { years: vYears, volume: vVolume, reviews: vReviews, rating: vRating, medicare: vMedicare }[t.column];
        return (v) => col[v]! >= min;
      }
      case "location":
        return (v) => (vMask[v]! & t.mask) !== 0;
      case "name":
        return (v) => vNamed[v] === nameStamp;
    }
  };
  const tests = active.map((t) => ({ bit: groupBit(t.group), pass: passes(t.test) }));
  const count = tests.length;
  /** The groups a provider fails (0: it matches). */
  const fails = (v: number): number => {
    let f = 0;
    for (let i = 0; i < count; i++) if (!tests[i]!.pass(v)) f |= tests[i]!.bit;
    return f;
  };
  const facets: TFacet[] = options.map((o) => {
    const group = groupBit(o.group);
    switch (o.test.kind) {
      case "facts":
        return { key: o.key, group, mask: factMask(o.test.keys), onLocations: false, locMask: 0 };
      case "min":
        return { key: o.key, group, mask: thresholdMask(o.test.column, o.test.value), onLocations: false, locMask: 0 };
      case "location":
        return { key: o.key, group, mask: new Int32Array(W), onLocations: true, locMask: o.test.mask };
      case "name":
        throw new Error("a name test has no facet");
    }
  });
  // The tests on the provider alone (all but the place filters, which need its in-radius
  // locations): a search without facet counts skips a provider that fails one before gathering
  // its locations.
  const own = active.filter((t) => t.test.kind !== "location").map((t) => passes(t.test));
  const ownCount = own.length;
  const passesOwn =
    ownCount === 0
      ? null
      : (v: number): boolean => {
          for (let i = 0; i < ownCount; i++) if (!own[i]!(v)) return false;
          return true;
        };
  const place = active.find((t) => t.test.kind === "location")?.test;
  return { fails, passesOwn, facets, locMask: place?.kind === "location" ? place.mask : ANY_PLACE };
}
