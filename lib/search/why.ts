import type { TSearchResult } from "@/lib/data/search";
import { BOARD_AREA_LABELS, GUIDANCE_LABELS, type TBoardArea, type TSearchQuery } from "@/lib/validation/search-params";

const AREA_OF: Record<string, TBoardArea | undefined> = { NEUROLOGY: "neurology", PAIN_MEDICINE: "pain-medicine", PMR: "pmr" };

/** Plain-language reasons a result matched: the distance and each active filter it satisfies. */
export function whyMatched(r: TSearchResult, q: TSearchQuery, nearLabel: string): string[] {
  const reasons = [`${r.distanceMiles.toFixed(1)} miles from ${nearLabel}`];
  if (q.board.length || q.verified) {
    const matching = r.boards.filter((b) => {
      const areas = [AREA_OF[b.specialty], b.subspecialty ? AREA_OF[b.subspecialty] : undefined].filter(Boolean) as TBoardArea[];
      return areas.some((a) => !q.board.length || q.board.includes(a)) && (!q.verified || b.verification === "verified");
    });
    const labels = [
      ...new Set(
        matching.flatMap((b) =>
          [AREA_OF[b.specialty], b.subspecialty ? AREA_OF[b.subspecialty] : undefined]
            .filter((a): a is TBoardArea => !!a && (!q.board.length || q.board.includes(a)))
            .map((a) => BOARD_AREA_LABELS[a].replace(/ \(PM&R\)$/, "")),
        ),
      ),
    ];
    // Verified when a moderator verified a matching certification; otherwise said to be self-reported.
    const verified = matching.some((b) => b.verification === "verified");
    const areas = labels.join(" and ").toLowerCase();
    if (labels.length) reasons.push(verified ? `Verified board certification in ${areas}` : `Board certification in ${areas} (self-reported)`);
  }
  if (q.minYears && r.yearsInjecting !== null) reasons.push(`${r.yearsInjecting} years injecting the neck (self-reported)`);
  if (q.minVolume && r.yearlyVolume !== null) reasons.push(`About ${r.yearlyVolume} neck procedures a year (self-reported)`);
  if (q.guidance.length) {
    const used = q.guidance.filter((g) => r.guidance.includes(g === "emg" ? "EMG" : "ULTRASOUND")).map((g) => GUIDANCE_LABELS[g]);
    if (used.length) reasons.push(`Uses ${used.join(" and ").toLowerCase()}`);
  }
  if (q.recommended) reasons.push(`Recommended by ${r.recommendationCount} clinician${r.recommendationCount === 1 ? "" : "s"}`);
  if (q.noReferral) reasons.push("No referral needed");
  if ((q.minRating || q.minReviews) && r.averageRating !== null) {
    reasons.push(`Rated ${r.averageRating.toFixed(1)} of 5 in ${r.reviewCount} review${r.reviewCount === 1 ? "" : "s"}`);
  }
  if (q.accepting) reasons.push("Accepting new patients");
  if (q.telehealth) reasons.push("Offers telehealth consultations");
  return reasons;
}
