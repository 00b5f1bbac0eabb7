import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { allOf, conditions, except, locationMaskSql } from "./conditions";
import { facetOptions, type TFacetTest } from "./facet-options";

/** Facet keys look like "board:neurology", "minYears:5", "accepting" (lib/search/facet-options.ts). */
export type TFacetCounts = Record<string, number>;

function testSql(t: TFacetTest): Prisma.Sql {
  switch (t.kind) {
    case "bits":
      return Prisma.sql`(c.bits & ${t.mask}) <> 0`;
    case "min":
      // t.column is one of four fixed names (TMinColumn), never user input.
      return Prisma.sql`c.${Prisma.raw(t.column)} >= ${t.value}`;
    case "location":
      return locationMaskSql(t.filters);
  }
}

/** One `count(*) FILTER (WHERE ...)` per filter option, computed in the same scan as the total. */
export function facetSelects(q: TSearchQuery): Prisma.Sql {
  const conds = conditions(q);
  const items: Array<[string, Prisma.Sql[]]> = [["total", conds.map((c) => c.sql)]];
  for (const option of facetOptions(q)) items.push([option.key, [...except(conds, option.group), testSql(option.test)]]);
  return Prisma.join(
    items.map(([key, parts]) => Prisma.sql`count(*) FILTER (WHERE ${allOf(parts)})::int AS ${Prisma.raw(`"${key}"`)}`),
    ", ",
  );
}
