import { describe, expect, it } from "vitest";
import { nearestZip } from "./nearest-zip";

describe("nearestZip", () => {
  it("finds the ZIP of a point in a town, with its state", () => {
    // Miles City, MT (59301) and Chicago's Streeterville (60611).
    expect(nearestZip(46.4083, -105.8406)).toMatchObject({ zip: "59301", state: "MT" });
    expect(nearestZip(41.8925, -87.6262)).toMatchObject({ state: "IL", city: "Chicago" });
  });
});
