import { describe, expect, it } from "vitest";
import { parseSearchParams, searchQueryToParams } from "./search-params";

describe("parseSearchParams", () => {
  it("applies defaults", () => {
    const r = parseSearchParams({ near: "02139" });
    expect(r).toMatchObject({ ok: true, query: { near: "02139", radius: 25, sort: "distance", page: 1, board: [], verified: false } });
  });
  it("parses every filter", () => {
    const r = parseSearchParams(
      new URLSearchParams(
        "near=Boston, MA&radius=50&board=neurology,PMR&verified=1&minYears=5&minVolume=100&guidance=emg&recommended=1&noReferral=1&minRating=4.5&minReviews=10&accepting=1&telehealth=1&sort=rating&page=3",
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query).toMatchObject({
      radius: 50, board: ["neurology", "pmr"], verified: true, minYears: 5, minVolume: 100, guidance: ["emg"],
      recommended: true, noReferral: true, minRating: 4.5, minReviews: 10, accepting: true, telehealth: true, sort: "rating", page: 3,
    });
  });
  it("names each bad field with a clear message", () => {
    const r = parseSearchParams({ near: "02139", radius: "30", board: "dermatology", minRating: "9", page: "0", sort: "price" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["board", "minRating", "page", "radius", "sort"]);
    expect(r.fields.radius).toBe("Radius must be 5, 10, 25, 50 or 100 miles.");
    expect(r.fields.board).toContain('"dermatology"');
  });
  it("merges repeated list parameters, as a plain form sends checkboxes", () => {
    const r = parseSearchParams(new URLSearchParams("near=02139&board=neurology&board=pmr&guidance=emg&radius=10&radius=50"));
    expect(r).toMatchObject({ ok: true, query: { board: ["neurology", "pmr"], guidance: ["emg"], radius: 10 } });
  });
  it("requires a location", () => {
    const r = parseSearchParams({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fields.near).toMatch(/ZIP code/);
  });
  it("round-trips through the canonical query string", () => {
    const r = parseSearchParams({ near: "02139", radius: "10", board: "pmr", accepting: "1", sort: "experience" });
    if (!r.ok) throw new Error("expected ok");
    expect(searchQueryToParams(r.query).toString()).toBe("near=02139&radius=10&board=pmr&accepting=1&sort=experience");
  });

  it("keeps the valid rest of a search beside the bad fields", () => {
    const r = parseSearchParams({ near: "02139", radius: "7", board: "pmr", minYears: "5", sort: "cheapest" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["radius", "sort"]);
    expect(r.valid).toMatchObject({ near: "02139", radius: 25, board: ["pmr"], minYears: 5, sort: "distance" });
    const noPlace = parseSearchParams({ near: "", board: "pmr" });
    expect(noPlace.ok || noPlace.valid).toBeFalsy();
  });
});
