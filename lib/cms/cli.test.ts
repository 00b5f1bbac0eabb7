// The import commands' arguments: the data-update job (lib/data-update/importers.ts) depends on them,
// and a person typing them gets one clear sentence for each mistake.
import { describe, expect, it } from "vitest";
import { parseCmsArgs } from "./cli";

const parse = (...argv: string[]) => parseCmsArgs(argv, ["year"], "the claims CSV");

describe("the CMS import commands' arguments", () => {
  it("take the file and the options the data update passes", () => {
    expect(parse("f.csv", "--year=2021", "--release=2023-05-01", "--report=f.csv.import-report.csv")).toEqual(
      {
        file: "f.csv",
        dryRun: false,
        json: false,
        report: "f.csv.import-report.csv",
        release: "2023-05-01",
        values: { year: "2021" },
      },
    );
    expect(parse("--help")).toBe("help");
  });

  it("say what is wrong", () => {
    expect(() => parse()).toThrow("Which file? Give the claims CSV.");
    expect(() => parse("a.csv", "b.csv")).toThrow("One file at a time (got a.csv and b.csv).");
    expect(() => parse("a.csv", "--date=2024-01-01")).toThrow("Unknown option --date=2024-01-01.");
    expect(() => parse("a.csv", "--year=")).toThrow("--year needs a value, e.g. --year=...");
  });
});
