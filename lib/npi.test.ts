import { describe, expect, it } from "vitest";
import { isValidNpi, npiCheckDigit, npiProblem } from "./npi";

describe("NPI check digit", () => {
  it("accepts the CMS examples", () => {
    expect(isValidNpi("1234567893")).toBe(true);
    expect(isValidNpi("1558598797")).toBe(true);
  });
  it("computes the check digit of the CMS example", () => {
    expect(npiCheckDigit("123456789")).toBe(3);
  });
  it("explains each kind of mistake", () => {
    expect(npiProblem("1234567890")).toBe("check-digit");
    expect(npiProblem("123456789")).toBe("format");
    expect(npiProblem("12345678a3")).toBe("format");
    expect(npiProblem("3234567893")).toBe("first-digit");
  });
});
