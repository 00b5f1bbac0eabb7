import { describe, expect, it } from "vitest";
import { chosenPlaceBits, matchMask } from "./location-mask";

// Place filters are tested per location: a provider matches when one location has them all.
describe("location filter masks", () => {
  const combo = (accepting: boolean, telehealth: boolean, noReferral: boolean) => 1 << ((accepting ? 4 : 0) + (telehealth ? 2 : 0) + (noReferral ? 1 : 0));
  it("matches everything without filters", () => {
    expect(matchMask(0)).toBe(255);
  });
  it("matches a location only when it satisfies every filter", () => {
    const m = matchMask(chosenPlaceBits({ accepting: true, telehealth: true }));
    expect(m & combo(true, true, false)).not.toBe(0);
    expect(m & combo(true, false, false)).toBe(0);
    expect(matchMask(chosenPlaceBits({ noReferral: true })) & combo(false, false, true)).not.toBe(0);
    expect(matchMask(chosenPlaceBits({ noReferral: true })) & combo(true, true, false)).toBe(0);
  });
});
