// Practice-location filters ("place" filters of lib/search/filters.ts: accepting new patients,
// telehealth, no referral needed) belong to a location, not to the provider. Each location stores
// its combination of them as a number (SearchPoint."locCombo", each filter's `comboBit`), and for
// each provider the search computes, over its locations inside the radius, a mask of the
// combinations present (bit `combo`). A provider matches a set of place filters when any present
// combination has all of them: (mask & matchMask(chosen)) <> 0. Three filters make 8 combinations;
// a 32-bit mask allows five.
import { filtersOf } from "./filters";

const PLACE_FILTERS = filtersOf("place");
const COMBOS = 1 << PLACE_FILTERS.length;
if (COMBOS > 32) throw new Error("more than five place filters: the combination mask no longer fits 32 bits");

/** The bits (`comboBit`) of the place filters a search has on. */
export function chosenPlaceBits(q: Record<string, unknown>): number {
  return PLACE_FILTERS.reduce((bits, f) => (q[f.param] === true ? bits | f.comboBit : bits), 0);
}

/** The mask of all combinations that have every chosen bit (all combinations when none is chosen). */
export function matchMask(chosen: number): number {
  let mask = 0;
  for (let c = 0; c < COMBOS; c++) if ((c & chosen) === chosen) mask |= 1 << c;
  return mask;
}

/** Every combination: no place filter. */
export const ANY_PLACE = matchMask(0);
