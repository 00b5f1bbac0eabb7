import { describe, expect, it } from "vitest";
import { FACT_KINDS, FACT_MARKS, factKeyLines, factMarkText } from "./fact-marks";

// The three marks on provider facts must never read alike, and each carries its date (issue 12).

describe("fact marks", () => {
  it("names three kinds with different labels and icons", () => {
    expect(FACT_KINDS).toEqual(["verified", "reported", "public"]);
    const labels = FACT_KINDS.map((k) => FACT_MARKS[k].label);
    const icons = FACT_KINDS.map((k) => FACT_MARKS[k].icon);
    expect(new Set(labels).size).toBe(3);
    expect(new Set(icons).size).toBe(3);
    expect(labels).toEqual(["Verified by NeckCare Finder", "Reported by the practice", "Public record"]);
  });

  it("dates every mark: the check, the practice's confirmation, the record", () => {
    expect(factMarkText({ kind: "verified", date: "2026-03-03T15:00:00Z" })).toBe("verified March 3, 2026");
    expect(factMarkText({ kind: "reported", date: "2026-11-30" })).toBe(
      "reported by the practice, confirmed November 30, 2026",
    );
    expect(factMarkText({ kind: "reported", date: null })).toBe(
      "reported by the practice, not yet confirmed",
    );
    expect(factMarkText({ kind: "public", date: "2026-10-01", source: "NPI registry" })).toBe(
      "public record: NPI registry, updated October 1, 2026",
    );
  });

  it("dates public Medicare data by its data year, Care Compare by its file's date", () => {
    expect(factMarkText({ kind: "public", date: null, source: "public Medicare data", year: 2023 })).toBe(
      "from public Medicare data, 2023",
    );
    expect(factMarkText({ kind: "public", date: "2026-03-03", source: "Medicare Care Compare" })).toBe(
      "public record: Medicare Care Compare, updated March 3, 2026",
    );
  });

  it("explains each mark in the printable key", () => {
    const lines = factKeyLines();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Verified by NeckCare Finder: .*moderator/);
    expect(lines[1]).toMatch(/^Reported by the practice: .*nobody checked/);
    expect(lines[2]).toMatch(/^Public record: .*NPI registry or Medicare data/);
  });
});
