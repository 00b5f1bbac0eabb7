import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { allOf, conditions, except, testSql } from "./conditions";
import { facetOptions } from "./filter-tests";

/** One `count(*) FILTER (WHERE ...)` per filter option, computed in the same scan as the total. */
export function facetSelects(q: TSearchQuery): Prisma.Sql {
  const conds = conditions(q);
  const items: Array<[string, Prisma.Sql[]]> = [["total", conds.map((c) => c.sql)]];
  for (const option of facetOptions(q)) items.push([option.key, [...except(conds, option.group), testSql(option.test)]]);
  return Prisma.join(
    // Keys come from the filter table (parameter and option names), quoted as identifiers.
    items.map(([key, parts]) => Prisma.sql`count(*) FILTER (WHERE ${allOf(parts)})::int AS ${Prisma.raw(`"${key.replace(/"/g, "")}"`)}`),
    ", ",
  );
}
