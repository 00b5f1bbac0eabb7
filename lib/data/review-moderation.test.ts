import { describe, expect, it } from "vitest";
import { abuseSignals } from "./review-moderation";

describe("abuseSignals", () => {
  it("is calm for an ordinary review", () => {
    expect(abuseSignals({ networkCount30d: 1, providerCount7d: 1, providerCountPrior: 26 })).toEqual([
      { level: "info", text: "1 review from this network in 30 days" },
      { level: "info", text: "1 review for this provider in 7 days (usually about 2.0 a week)" },
    ]);
  });

  it("flags many reviews from one network", () => {
    expect(abuseSignals({ networkCount30d: 5, providerCount7d: 1, providerCountPrior: 0 })[0]).toEqual({
      level: "warn",
      text: "5 reviews from this network in 30 days",
    });
  });

  it("flags a burst for one provider against its usual pace, not a busy provider's normal week", () => {
    expect(abuseSignals({ networkCount30d: 1, providerCount7d: 4, providerCountPrior: 0 })[1]).toEqual({
      level: "warn",
      text: "4 reviews for this provider in 7 days (usually none a week)",
    });
    // 39 in 90 days is about 3 a week: 4 this week is ordinary.
    expect(abuseSignals({ networkCount30d: 1, providerCount7d: 4, providerCountPrior: 39 })[1]?.level).toBe(
      "info",
    );
  });

  it("says when the network is unknown (reviews from before fingerprints)", () => {
    expect(abuseSignals({ networkCount30d: null, providerCount7d: 0, providerCountPrior: 0 })[0]).toEqual({
      level: "info",
      text: "Network not recorded",
    });
  });
});
