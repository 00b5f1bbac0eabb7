import "server-only";
import { queryRaw } from "@/lib/db";
import { publicFactsByIdsSql } from "@/lib/search/sql";
import type { TMedicareEvidence } from "@/lib/search/types";
import { getPublicProfile, type TPublicProfile } from "./profiles";

export type TCareCompareFacts = { acceptsAssignment: string | null; telehealth: boolean | null; graduationYear: number | null; fileDate: string };
export type TCompared = { profile: TPublicProfile; evidence: TMedicareEvidence | null; careCompare: TCareCompareFacts | null };

/**
 * The compare page's doctors, in the order asked, published only: their public profiles and public
 * Medicare facts. `missing`: ids that are unknown or not published (a link can outlive a listing).
 */
export async function getComparison({ ids }: { ids: number[] }): Promise<{ found: TCompared[]; missing: number[] }> {
  const [profiles, facts] = await Promise.all([
    Promise.all(ids.map((id) => getPublicProfile({ id }))),
    queryRaw<{ id: number; evidence: TMedicareEvidence | null; careCompare: TCareCompareFacts | null }>(publicFactsByIdsSql(ids)),
  ]);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const found: TCompared[] = [];
  const missing: number[] = [];
  profiles.forEach((profile, i) => {
    if (!profile) return void missing.push(ids[i]!);
    const f = byId.get(profile.id);
    found.push({ profile, evidence: f?.evidence ?? null, careCompare: f?.careCompare ?? null });
  });
  return { found, missing };
}
