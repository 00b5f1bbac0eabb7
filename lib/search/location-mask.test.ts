import { describe, expect, it } from "vitest";
import { comboBit, matchMask } from "./location-mask";

describe("location filter masks", () => {
  it("matches everything without filters", () => {
    expect(matchMask({})).toBe(255);
  });
  it("matches a location only when it satisfies every filter", () => {
    const acceptingTele = comboBit(true, true, false);
    const acceptingOnly = comboBit(true, false, false);
    const m = matchMask({ accepting: true, telehealth: true });
    expect(m & acceptingTele).not.toBe(0);
    expect(m & acceptingOnly).toBe(0);
    expect(matchMask({ noReferral: true }) & comboBit(false, false, true)).not.toBe(0);
    expect(matchMask({ noReferral: true }) & comboBit(true, true, false)).toBe(0);
  });
});
