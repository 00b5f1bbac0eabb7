import { Prisma } from "@/lib/generated/prisma/client";
import {
  BOARD_AREAS,
  GUIDANCE_OPTIONS,
  MIN_RATING_OPTIONS,
  MIN_REVIEWS_OPTIONS,
  MIN_VOLUME_OPTIONS,
  MIN_YEARS_OPTIONS,
  type TSearchQuery,
} from "@/lib/validation/search-params";
import { allOf, boardSql, conditions, except, guidanceSql, locationMaskSql, recommendedSql } from "./conditions";
import { locationFilters } from "./location-mask";

/** Facet keys look like "board:neurology", "minYears:5", "accepting". */
export type TFacetCounts = Record<string, number>;

/** One `count(*) FILTER (WHERE ...)` per filter option, computed in the same scan as the total. */
export function facetSelects(q: TSearchQuery): Prisma.Sql {
  const conds = conditions(q);
  const loc = locationFilters(q);
  const withLoc = (extra: Parameters<typeof locationMaskSql>[0]) => [...except(conds, "location"), locationMaskSql({ ...loc, ...extra })];
  const items: Array<[string, Prisma.Sql[]]> = [["total", conds.map((c) => c.sql)]];
  for (const area of BOARD_AREAS) items.push([`board:${area}`, [...except(conds, "board"), boardSql([area], q.verified)!]]);
  items.push(["verified", [...except(conds, "board"), boardSql(q.board, true)!]]);
  for (const n of MIN_YEARS_OPTIONS) items.push([`minYears:${n}`, [...except(conds, "minYears"), Prisma.sql`c.years >= ${n}`]]);
  for (const n of MIN_VOLUME_OPTIONS) items.push([`minVolume:${n}`, [...except(conds, "minVolume"), Prisma.sql`c.volume >= ${n}`]]);
  for (const g of GUIDANCE_OPTIONS) items.push([`guidance:${g}`, [...except(conds, "guidance"), guidanceSql([g])]]);
  items.push(["recommended", [...except(conds, "recommended"), recommendedSql]]);
  for (const n of MIN_RATING_OPTIONS) items.push([`minRating:${n}`, [...except(conds, "minRating"), Prisma.sql`c.rating >= ${n}`]]);
  for (const n of MIN_REVIEWS_OPTIONS) items.push([`minReviews:${n}`, [...except(conds, "minReviews"), Prisma.sql`c.reviews >= ${n}`]]);
  items.push(["accepting", withLoc({ accepting: true })]);
  items.push(["telehealth", withLoc({ telehealth: true })]);
  items.push(["noReferral", withLoc({ noReferral: true })]);
  return Prisma.join(
    items.map(([key, parts]) => Prisma.sql`count(*) FILTER (WHERE ${allOf(parts)})::int AS ${Prisma.raw(`"${key}"`)}`),
    ", ",
  );
}
