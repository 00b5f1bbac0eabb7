import { describe, expect, it } from "vitest";
import { ALL_VERIFIED_BOARDS, boardMask, guidanceMask, RECOMMENDED_BIT } from "./bits";

describe("search bit masks", () => {
  it("gives every fact its own bit", () => {
    const all = [boardMask(["neurology", "pain-medicine", "pmr"], false), ALL_VERIFIED_BOARDS, guidanceMask(["emg", "ultrasound"]), RECOMMENDED_BIT];
    expect(all.reduce((a, b) => a & b, 0xffff)).toBe(0);
    expect(all.reduce((a, b) => a | b, 0)).toBe(511);
  });
  it("maps verified boards to their own bits", () => {
    expect(boardMask(["neurology"], true)).toBe(8);
    expect(boardMask(["pmr", "neurology"], false)).toBe(5);
  });
});
