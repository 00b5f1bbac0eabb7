import { describe, expect, it } from "vitest";
import { parseNpiLookupQuery } from "./npi-lookup";

// GET /api/npi-lookup's validation (issue 18): a typo or an odd query is answered with a clear
// message before any database row or the NPPES API is read.

const q = (s: string) => parseNpiLookupQuery(new URLSearchParams(s));

describe("parseNpiLookupQuery", () => {
  it("accepts a valid NPI, with spaces or dashes as typed", () => {
    expect(q("npi=1234567893")).toEqual({ ok: true, npi: "1234567893" });
    expect(q("npi=123-456-7893")).toEqual({ ok: true, npi: "1234567893" });
  });

  it("explains a missing, short, wrongly started or mistyped NPI", () => {
    expect(q("")).toMatchObject({ ok: false, fields: { npi: "Enter your 10-digit NPI." } });
    expect(q("npi=")).toMatchObject({ ok: false, fields: { npi: "Enter your 10-digit NPI." } });
    expect(q("npi=12345")).toMatchObject({ ok: false, fields: { npi: "An NPI is exactly 10 digits." } });
    expect(q("npi=3234567893")).toMatchObject({ ok: false, fields: { npi: "An NPI starts with 1 or 2." } });
    expect(q("npi=1234567890")).toMatchObject({ ok: false, message: expect.stringMatching(/check digit/) });
    expect(q("npi=%27%20OR%201%3D1")).toMatchObject({ ok: false });
  });

  it("treats built-in property names as parameters like any other", () => {
    expect(q("npi=1234567893&__proto__=x")).toMatchObject({
      ok: false,
      message: "Only the npi parameter is accepted.",
    });
    expect(q("constructor=1&npi=1234567893")).toMatchObject({
      ok: false,
      message: "Only the npi parameter is accepted.",
    });
  });

  it("refuses a repeated NPI or any other parameter", () => {
    expect(q("npi=1234567893&npi=1245319599")).toMatchObject({ ok: false, message: "Give npi once." });
    expect(q("npi=1234567893&name=smith")).toMatchObject({
      ok: false,
      message: "Only the npi parameter is accepted.",
    });
  });
});
