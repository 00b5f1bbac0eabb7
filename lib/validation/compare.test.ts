import { describe, expect, it } from "vitest";
import { ZCompareIds } from "./compare";

describe("/compare ids", () => {
  it("takes one to four distinct doctor numbers", () => {
    expect(ZCompareIds.parse("3, 1,2,3")).toEqual([3, 1, 2]);
  });
  it("refuses more than four, nothing, and numbers no doctor can have, with a message", () => {
    expect(ZCompareIds.safeParse("1,2,3,4,5").error?.issues[0]?.message).toBe("Compare at most 4 doctors at a time.");
    expect(ZCompareIds.safeParse(" , ").error?.issues[0]?.message).toBe("Choose doctors to compare.");
    for (const bad of ["0", "-1", "2147483648", "1.5", "abc", "__proto__"]) expect(ZCompareIds.safeParse(bad).success, bad).toBe(false);
  });
});
