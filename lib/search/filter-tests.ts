// A search's filters and facet options as engine-neutral tests, compiled from the filter table
// (lib/search/filters.ts). lib/search/conditions.ts and facets.ts turn each test into SQL,
// lib/search/index-facts.ts into a mask test on the in-memory index: both mean the same thing by
// construction, and tests/integration/search-engines.test.ts checks that they answer the same.
import type { TSearchQuery } from "@/lib/validation/search-params";
import { factKey, FILTERS, filtersOf, groupOf, verifiedFactKey, verifiedOf, type TFilter, type TListFilter, type TMinColumn } from "./filters";
import { chosenPlaceBits, matchMask } from "./location-mask";

/** What a test checks: any of these provider facts; a minimum of a number; a place mask; the name. */
export type TTest =
  | { kind: "facts"; keys: readonly string[] }
  | { kind: "min"; column: TMinColumn; value: number }
  | { kind: "location"; mask: number }
  | { kind: "name"; text: string };

/** An active filter: a facet count drops its own group's test. */
export type TActiveTest = { group: string; test: TTest };

/** One facet option; keys look like "board:neurology", "minYears:5", "accepting", "language:es". */
export type TFacetOption = { key: string; group: string; test: TTest };

const value = (q: TSearchQuery, f: TFilter): unknown => (q as unknown as Record<string, unknown>)[f.param];

/** The fact keys a list option stands for: verified ones when "verified only" is on. */
function optionKeys(f: TListFilter, values: readonly string[], verifiedOnly: boolean): string[] {
  return values.map((v) => (verifiedOnly ? verifiedFactKey(f.param, v) : factKey(f.param, v)));
}

function verifiedOn(q: TSearchQuery, f: TListFilter): boolean {
  const v = verifiedOf(f);
  return !!v && value(q, v) === true;
}

/** The search's active filters, one test each (place filters together: they are tested per location). */
export function activeTests(q: TSearchQuery): TActiveTest[] {
  const out: TActiveTest[] = [];
  for (const f of FILTERS as readonly TFilter[]) {
    const v = value(q, f);
    switch (f.kind) {
      case "name":
        if (typeof v === "string" && v) out.push({ group: groupOf(f), test: { kind: "name", text: v } });
        break;
      case "list": {
        const chosen = (v as string[]) ?? [];
        const verified = verifiedOn(q, f);
        // "Verified only" with no option chosen: any verified option.
        const values = chosen.length ? chosen : verified ? f.options.map((o) => o.value) : [];
        if (values.length) out.push({ group: groupOf(f), test: { kind: "facts", keys: optionKeys(f, values, verified) } });
        break;
      }
      case "flag":
        if (v === true) out.push({ group: groupOf(f), test: { kind: "facts", keys: [f.param] } });
        break;
      case "min":
        // 0 is "any": every value passes it, and an unknown value passes it as it fails every other.
        if (typeof v === "number" && v > 0) out.push({ group: groupOf(f), test: { kind: "min", column: f.column, value: v } });
        break;
      case "verified":
      case "place":
        break; // with their list filter; below
    }
  }
  const places = chosenPlaceBits(q as unknown as Record<string, unknown>);
  if (places) out.push({ group: "location", test: { kind: "location", mask: matchMask(places) } });
  return out;
}

/**
 * Every facet option of a search. The option replaces its own group's choice: a board option keeps
 * "verified only" as chosen; "verified" keeps the chosen boards (or any); a place option is added to
 * the place filters chosen.
 */
export function facetOptions(q: TSearchQuery): TFacetOption[] {
  const out: TFacetOption[] = [];
  const places = chosenPlaceBits(q as unknown as Record<string, unknown>);
  for (const f of FILTERS as readonly TFilter[]) {
    const group = groupOf(f);
    switch (f.kind) {
      case "list": {
        const verified = verifiedOn(q, f);
        for (const o of f.options) out.push({ key: factKey(f.param, o.value), group, test: { kind: "facts", keys: optionKeys(f, [o.value], verified) } });
        break;
      }
      case "verified": {
        const list = filtersOf("list").find((l) => l.param === f.of)!;
        const chosen = (value(q, list) as string[]) ?? [];
        const keys = optionKeys(list, chosen.length ? chosen : list.options.map((o) => o.value), true);
        out.push({ key: f.param, group, test: { kind: "facts", keys } });
        break;
      }
      case "flag":
        out.push({ key: f.param, group, test: { kind: "facts", keys: [f.param] } });
        break;
      case "min":
        for (const n of f.options) out.push({ key: `${f.param}:${n}`, group, test: { kind: "min", column: f.column, value: n } });
        break;
      case "place":
        out.push({ key: f.param, group, test: { kind: "location", mask: matchMask(places | f.comboBit) } });
        break;
      case "name":
        break; // free text: no options to count
    }
  }
  return out;
}

/** Every fact key the read model can hold that a test can ask about, in table order (the index numbers them). */
export function allFactKeys(): string[] {
  const keys: string[] = [];
  for (const f of FILTERS as readonly TFilter[]) {
    if (f.kind === "list") keys.push(...f.options.map((o) => factKey(f.param, o.value)));
    else if (f.kind === "verified") keys.push(...filtersOf("list").find((l) => l.param === f.of)!.options.map((o) => verifiedFactKey(f.of, o.value)));
    else if (f.kind === "flag") keys.push(f.param);
  }
  return keys;
}
