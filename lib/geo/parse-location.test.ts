import { describe, expect, it } from "vitest";
import { article, parseLocation } from "./parse-location";

const ok = (input: string) => {
  const r = parseLocation(input);
  if (!r.ok) throw new Error(`expected ${input} to resolve: ${r.error.message}`);
  return r.location;
};

describe("parseLocation", () => {
  it("resolves a 5-digit ZIP to its centroid", () => {
    const l = ok("02139");
    expect(l.kind).toBe("zip");
    expect(l.label).toBe("02139 (Cambridge, MA)");
    expect(l.lat).toBeCloseTo(42.36, 1);
    expect(l.lng).toBeCloseTo(-71.1, 1);
  });
  it("resolves ZIP+4 with or without the dash", () => {
    expect(ok("02139-4307").label).toBe("02139 (Cambridge, MA)");
    expect(ok("021394307").label).toBe("02139 (Cambridge, MA)");
  });
  it("treats military ZIPs with 0,0 coordinates as unknown", () => {
    const r = parseLocation("34001");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("We couldn't find '34001'. Try a 5-digit ZIP code or City, ST.");
    // An APO ZIP whose table row points overseas is unknown too.
    expect(parseLocation("09001").ok).toBe(false);
  });
  it("resolves City, ST in several spellings", () => {
    expect(ok("Boston, MA").label).toBe("Boston, MA");
    expect(ok("boston ma").label).toBe("Boston, MA");
    expect(ok("Boston, Massachusetts").label).toBe("Boston, MA");
    expect(ok("St. Louis, MO").label).toBe("Saint Louis, MO");
    expect(ok("New York NY").label).toBe("New York, NY");
  });
  it("offers the choices when a city name exists in several states", () => {
    const r = parseLocation("Springfield");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("AMBIGUOUS");
    expect(r.error.choices).toContain("Springfield, IL");
    expect(r.error.choices).toContain("Springfield, MA");
    expect(r.error.choices).toContain("Springfield, MO");
  });
  it("resolves a city without state when only one state has it", () => {
    expect(ok("Albuquerque").label).toBe("Albuquerque, NM");
  });
  it("resolves lat,lng and rejects impossible coordinates", () => {
    const l = ok("42.3601, -71.0589");
    expect(l.kind).toBe("coords");
    expect(l.lat).toBeCloseTo(42.3601, 4);
    const bad = parseLocation("95,10");
    expect(bad.ok).toBe(false);
  });
  it("explains unknown input in the words of the issue", () => {
    const r = parseLocation("xyz");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("We couldn't find 'xyz'. Try a 5-digit ZIP code or City, ST.");
    expect(parseLocation("Boston, ZZ").ok).toBe(false);
    expect(parseLocation("").ok).toBe(false);
  });
});

describe("places named for people", () => {
  it("names coordinates by the nearest ZIP's town, with its state", () => {
    const r = parseLocation("41.89,-87.63");
    expect(r.ok && r.location).toMatchObject({ kind: "coords", state: "IL", label: expect.stringMatching(/^Chicago, IL \(near 606\d\d\)$/) });
  });
  it("says an Evanston and a Springfield", () => {
    expect(article("Evanston")).toBe("an");
    expect(article("Springfield")).toBe("a");
    expect(article("Union")).toBe("a");
    expect(article("Irving")).toBe("an");
  });
});
