import { describe, expect, it } from "vitest";
import { ZRecordId } from "./moderation";

describe("ZRecordId", () => {
  it("takes a database id and refuses what no row can have, with a message instead of a database error", () => {
    expect(ZRecordId.parse("42")).toBe(42);
    expect(ZRecordId.safeParse("abc").success).toBe(false);
    for (const bad of ["0", "-1", "1.5", "2147483648", "99999999999999999999"]) {
      const r = ZRecordId.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message, bad).toBe("The record is not valid.");
    }
  });
});
