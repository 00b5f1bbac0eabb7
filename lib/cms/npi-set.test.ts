import { describe, expect, it } from "vitest";
import { NpiSet } from "./npi-set";

describe("NpiSet", () => {
  it("holds what was added, through growth, and tells a new NPI from one already there", () => {
    const set = new NpiSet();
    const npis = Array.from({ length: 200_000 }, (_, i) => String(1_000_000_003 + i * 9_973));
    expect(npis.filter((npi) => !set.add(npi))).toEqual([]);
    expect(set.size).toBe(npis.length);
    expect(npis.slice(0, 1000).filter((npi) => set.add(npi))).toEqual([]);
    expect(set.size).toBe(npis.length);
    expect(npis.filter((npi) => !set.has(npi))).toEqual([]);
    expect(set.has("1000000001")).toBe(false);
    // The ends of the NPI range.
    expect(set.add("1000000000")).toBe(true);
    expect(set.add("2999999999")).toBe(true);
    expect(set.has("2999999999")).toBe(true);
  });

  it("refuses what is not a ten-digit NPI", () => {
    const set = new NpiSet();
    for (const bad of ["", "abc", "123", "0999999999", "99999999999"])
      expect(() => set.add(bad)).toThrow(/not an NPI/);
  });
});
