import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { activeTests, type TActiveTest, type TTest } from "./filter-tests";

// The search filters in SQL, over the per-provider candidate rows "c" built by lib/search/sql.ts
// (columns: pid, mask, facts, years, volume, rating, reviews, and `named`: the provider's name
// matches the search's `q`, from the CTE "nm"). Each test comes from the filter table (lib/search/filter-tests.ts).

/** The columns a minimum may read: fixed names from the filter table, never user input. */
const MIN_COLUMNS = new Set(["years", "volume", "rating", "reviews", "medicare"]);

export function testSql(t: TTest): Prisma.Sql {
  switch (t.kind) {
    case "facts":
      return Prisma.sql`c.facts && ${t.keys}::text[]`;
    case "min":
      if (!MIN_COLUMNS.has(t.column)) throw new Error(`not a search column: ${t.column}`);
      return Prisma.sql`c.${Prisma.raw(t.column)} >= ${t.value}`;
    case "location":
      return Prisma.sql`(c.mask & ${t.mask}) <> 0`;
    case "name":
      return Prisma.sql`c.named`;
  }
}

export type TCondition = { group: string; sql: Prisma.Sql };

export function conditions(q: TSearchQuery): TCondition[] {
  return activeTests(q).map((t: TActiveTest) => ({ group: t.group, sql: testSql(t.test) }));
}

export function allOf(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export function except(conds: TCondition[], ...groups: string[]): Prisma.Sql[] {
  return conds.filter((c) => !groups.includes(c.group)).map((c) => c.sql);
}
