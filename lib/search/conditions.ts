import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { ALL_VERIFIED_BOARDS, boardMask, guidanceMask, RECOMMENDED_BIT } from "./bits";
import type { TGroup } from "./facet-options";
import { locationFilters, matchMask, type TLocationFilters } from "./location-mask";

// SQL conditions of the search filters, over the per-provider candidate rows "c" built by
// lib/search/sql.ts (columns: mask, bits, years, volume, rating, reviews). Each filter belongs to a
// group (lib/search/facet-options.ts); a facet count for an option applies every group's condition
// except its own group's, plus the option itself ("how many would this leave").

type TCondition = { group: TGroup; sql: Prisma.Sql };

export function locationMaskSql(f: TLocationFilters): Prisma.Sql {
  return Prisma.sql`(c.mask & ${matchMask(f)}) <> 0`;
}

/** Board + "verified only": verified means a moderator verified a certification in that area. */
function boardSql(boards: TSearchQuery["board"], verified: boolean): Prisma.Sql | null {
  if (boards.length) return Prisma.sql`(c.bits & ${boardMask(boards, verified)}) <> 0`;
  return verified ? Prisma.sql`(c.bits & ${ALL_VERIFIED_BOARDS}) <> 0` : null;
}

function guidanceSql(options: TSearchQuery["guidance"]): Prisma.Sql {
  return Prisma.sql`(c.bits & ${guidanceMask(options)}) <> 0`;
}

const recommendedSql = Prisma.sql`(c.bits & ${RECOMMENDED_BIT}) <> 0`;

export function conditions(q: TSearchQuery): TCondition[] {
  const out: TCondition[] = [];
  const board = boardSql(q.board, q.verified);
  if (board) out.push({ group: "board", sql: board });
  if (q.minYears) out.push({ group: "minYears", sql: Prisma.sql`c.years >= ${q.minYears}` });
  if (q.minVolume) out.push({ group: "minVolume", sql: Prisma.sql`c.volume >= ${q.minVolume}` });
  if (q.guidance.length) out.push({ group: "guidance", sql: guidanceSql(q.guidance) });
  if (q.recommended) out.push({ group: "recommended", sql: recommendedSql });
  if (q.minRating) out.push({ group: "minRating", sql: Prisma.sql`c.rating >= ${q.minRating}` });
  if (q.minReviews) out.push({ group: "minReviews", sql: Prisma.sql`c.reviews >= ${q.minReviews}` });
  const loc = locationFilters(q);
  if (loc.accepting || loc.telehealth || loc.noReferral) out.push({ group: "location", sql: locationMaskSql(loc) });
  return out;
}

export function allOf(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export function except(conds: TCondition[], ...groups: TGroup[]): Prisma.Sql[] {
  return conds.filter((c) => !groups.includes(c.group)).map((c) => c.sql);
}
