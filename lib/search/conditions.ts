import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchQuery } from "@/lib/validation/search-params";
import { matchMask, type TLocationFilters } from "./location-mask";

// SQL conditions of the search filters, over the per-provider candidate rows "c" built by
// lib/data/search.ts. Each filter belongs to a group; a facet count for an option applies every
// group's condition except its own group's, plus the option itself ("how many would this leave").
export type TGroup =
  | "board"
  | "minYears"
  | "minVolume"
  | "guidance"
  | "recommended"
  | "minRating"
  | "minReviews"
  | "location";

type TCondition = { group: TGroup; sql: Prisma.Sql };

const GUIDANCE_ENUM: Record<string, string> = { emg: "EMG", ultrasound: "ULTRASOUND" };

export function locationFilters(q: TSearchQuery): TLocationFilters {
  return { accepting: q.accepting, telehealth: q.telehealth, noReferral: q.noReferral };
}

export function locationMaskSql(f: TLocationFilters): Prisma.Sql {
  return Prisma.sql`(c.mask & ${matchMask(f)}) <> 0`;
}

/** Board + "verified only": verified means a moderator verified a certification in that area. */
export function boardSql(boards: string[], verified: boolean): Prisma.Sql | null {
  if (boards.length) {
    return verified ? Prisma.sql`c."verifiedBoardAreas" && ${boards}::text[]` : Prisma.sql`c."boardAreas" && ${boards}::text[]`;
  }
  return verified ? Prisma.sql`cardinality(c."verifiedBoardAreas") > 0` : null;
}

export function conditions(q: TSearchQuery): TCondition[] {
  const out: TCondition[] = [];
  const board = boardSql(q.board, q.verified);
  if (board) out.push({ group: "board", sql: board });
  if (q.minYears) out.push({ group: "minYears", sql: Prisma.sql`c."yearsInjecting" >= ${q.minYears}` });
  if (q.minVolume) out.push({ group: "minVolume", sql: Prisma.sql`c."yearlyNeckProcedures" >= ${q.minVolume}` });
  if (q.guidance.length) {
    const values = q.guidance.map((g) => GUIDANCE_ENUM[g]!);
    out.push({ group: "guidance", sql: Prisma.sql`c.guidance && ${values}::"Guidance"[]` });
  }
  if (q.recommended) out.push({ group: "recommended", sql: Prisma.sql`c."recommendationCount" > 0` });
  if (q.minRating) out.push({ group: "minRating", sql: Prisma.sql`c."ratingAverage" >= ${q.minRating}` });
  if (q.minReviews) out.push({ group: "minReviews", sql: Prisma.sql`c."reviewCount" >= ${q.minReviews}` });
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

export function guidanceSql(option: string): Prisma.Sql {
  return Prisma.sql`c.guidance && ${[GUIDANCE_ENUM[option]!]}::"Guidance"[]`;
}
