// Bit layout of SearchPoint."provBits": the provider's filter facts, tested with cheap integer
// masks instead of array operators and joins (decision 0002). Keep in step with the SQL in
// lib/search-columns.ts (rebuildSearchPoints), which writes them.
import type { TBoardArea, TGuidanceOption } from "@/lib/validation/search-params";

export const BOARD_BIT: Record<TBoardArea, number> = { neurology: 1, "pain-medicine": 2, pmr: 4 };
/** The same areas, verified by a moderator. */
export const VERIFIED_BOARD_BIT: Record<TBoardArea, number> = { neurology: 8, "pain-medicine": 16, pmr: 32 };
export const ALL_VERIFIED_BOARDS = 8 | 16 | 32;
export const GUIDANCE_BIT: Record<TGuidanceOption, number> = { emg: 64, ultrasound: 128 };
export const RECOMMENDED_BIT = 256;

export function boardMask(areas: readonly TBoardArea[], verified: boolean): number {
  return areas.reduce((m, a) => m | (verified ? VERIFIED_BOARD_BIT[a] : BOARD_BIT[a]), 0);
}

export function guidanceMask(options: readonly TGuidanceOption[]): number {
  return options.reduce((m, g) => m | GUIDANCE_BIT[g], 0);
}
