import { describe, expect, it } from "vitest";
import { displayCaseAddress, formatPhone, parseZip } from "./address";
import { cleanCredential } from "./credential";
import { cleanSuffix, displayCaseName, splitSuffix } from "./names";

describe("displayCaseName", () => {
  it.each([
    ["SMITH", "Smith"],
    ["MCGOWEN", "McGowen"],
    ["MACMILLAN", "MacMillan"],
    ["MACHADO", "Machado"], // not a Mac- name
    ["MACK", "Mack"],
    ["O'DEA", "O'Dea"],
    ["D'AMATO", "D'Amato"],
    ["JONES-MCWILLIAMS", "Jones-McWilliams"],
    ["VAN DER VOORT", "Van Der Voort"],
    ["JOSÉ", "José"],
    ["  SMITH   JONES ", "Smith Jones"],
    ["DeMarco", "DeMarco"], // typed in mixed case by the provider: kept
    ["", ""],
  ])("surname %s -> %s", (raw, want) => expect(displayCaseName(raw, "surname")).toBe(want));

  it.each([
    ["JOHN", "John"],
    ["MARY-BETH", "Mary-Beth"],
    ["J. MICHAEL", "J. Michael"],
    ["R.", "R."],
    ["MACK", "Mack"],
  ])("given name %s -> %s", (raw, want) => expect(displayCaseName(raw, "given")).toBe(want));

  it("keeps roman numerals in surnames", () =>
    expect(displayCaseName("HENRY III", "surname")).toBe("Henry III"));
});

describe("suffixes", () => {
  it.each([
    ["JR.", "Jr."],
    ["JR", "Jr."],
    ["SR.", "Sr."],
    ["II", "II"],
    ["III", "III"],
    ["IX", "IX"],
    ["", null],
  ])("%s -> %s", (raw, want) => expect(cleanSuffix(raw)).toBe(want));

  it("moves a suffix out of the last name only when the suffix field is empty", () => {
    expect(splitSuffix("VERGO, JR.", "")).toEqual({ lastName: "VERGO", suffix: "JR" });
    expect(splitSuffix("DONALDSON III", "")).toEqual({ lastName: "DONALDSON", suffix: "III" });
    expect(splitSuffix("VERGO, JR.", "SR.")).toEqual({ lastName: "VERGO, JR.", suffix: "SR." });
    expect(splitSuffix("LE V", "")).toEqual({ lastName: "LE V", suffix: "" });
  });
});

describe("cleanCredential", () => {
  it.each([
    ["M.D.", "MD"],
    ["MD", "MD"],
    ["D.O.", "DO"],
    ["D.O", "DO"],
    ["MD, PHD", "MD, PhD"],
    ["M.D.,PH.D", "MD, PhD"],
    ["MD, PH. D", "MD, PhD"],
    ["M.D.FAAPMR", "MD"],
    ["M.D., F.A.C.S.", "MD"],
    ["MD,MPH,FACS", "MD, MPH"],
    ["M.D.  J.D.", "MD, JD"],
    ["M.D.1208", "MD"],
    ["M-D.", "MD"],
    ["MD PC", "MD"],
    ["MEDICAL DOCTOR", "MD"],
    ["V.M.D., M.D.", "VMD, MD"],
    ["PHARM. D.", "PharmD"],
    ["P.A.-C", "PA-C"],
    ["MD, MD", "MD"],
    ["SLP-CCC", "SLP-CCC"], // unknown: kept as cleaned upper text
    ["ABC.DEF", "ABCDEF"],
    ["", ""],
    ["  ", ""],
  ])("%s -> %s", (raw, want) => expect(cleanCredential(raw)).toBe(want));
});

describe("addresses", () => {
  it.each([
    ["99 E RIVER DR", "99 E River Dr"],
    ["5TH FLOOR", "5th Floor"],
    ["PO BOX 2005", "PO Box 2005"],
    ["1000 ASYLUM AVE STE 2112", "1000 Asylum Ave Ste 2112"],
    ["100 MLK JR BLVD", "100 MLK Jr Blvd"],
    ["APT 2A", "Apt 2A"],
    ["BIRTH AND BEYOND", "Birth and Beyond"],
    ["BRIGHAM & WOMEN'S HOSPITAL", "Brigham & Women's Hospital"],
    ["EAST HARTFORD", "East Hartford"],
    ["WINSTON-SALEM", "Winston-Salem"],
    ["O'FALLON", "O'Fallon"],
    ["McLean", "McLean"],
  ])("%s -> %s", (raw, want) => expect(displayCaseAddress(raw)).toBe(want));

  it("splits 5- and 9-digit ZIPs and refuses others", () => {
    expect(parseZip("061083288")).toEqual({ zip: "06108", zip4: "3288" });
    expect(parseZip("06032")).toEqual({ zip: "06032", zip4: null });
    expect(parseZip("06108-3288")).toEqual({ zip: "06108", zip4: "3288" });
    expect(parseZip("6108")).toBeNull();
    expect(parseZip("M5V3L9")).toBeNull();
    expect(parseZip("")).toBeNull();
  });

  it("formats ten-digit phone numbers", () => {
    expect(formatPhone("8602824128")).toBe("(860) 282-4128");
    expect(formatPhone("(860) 549-2020")).toBe("(860) 549-2020");
    expect(formatPhone("18602824128")).toBe("(860) 282-4128");
    expect(formatPhone("282412")).toBeNull();
    expect(formatPhone("")).toBeNull();
  });
});
