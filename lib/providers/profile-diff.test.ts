import { describe, expect, it } from "vitest";
import {
  emptyCertification,
  emptyLocation,
  emptyProviderForm,
  type TProviderForm,
} from "@/lib/validation/provider-form";
import { diffProviderForms } from "./profile-diff";

function profile(): TProviderForm {
  const f = emptyProviderForm("a@example.org");
  f.identity = { ...f.identity, npi: "1234567893", firstName: "Ana", lastName: "Ruiz", credential: "MD" };
  f.locations = [
    {
      ...emptyLocation(),
      practiceName: "North",
      street1: "1 A St",
      city: "Boston",
      state: "MA",
      zip: "02115",
      phone: "(617) 555-0100",
    },
  ];
  f.certifications = [{ ...emptyCertification(), board: "ABPN", specialty: "NEUROLOGY", year: "2010" }];
  f.experience = {
    ...f.experience,
    yearsInjecting: "5",
    yearlyNeckProcedures: "100",
    guidance: ["EMG"],
    products: ["ONABOTULINUMTOXINA"],
  };
  return f;
}

describe("diffProviderForms", () => {
  it("lists every field of a new profile with before = null", () => {
    const changes = diffProviderForms(null, profile());
    expect(changes.every((c) => c.before === null)).toBe(true);
    expect(changes).toContainEqual({
      field: "identity.lastName",
      label: "Last name",
      before: null,
      after: "Ruiz",
    });
    expect(changes).toContainEqual({
      field: "experience.products",
      label: "Products used",
      before: null,
      after: "Botox (onabotulinumtoxinA)",
    });
    expect(changes).toContainEqual({
      field: "certifications.0",
      label: "Board certification 1",
      before: null,
      after: "American Board of Psychiatry and Neurology: Neurology (2010)",
    });
  });

  it("lists only what an edit changes, including removed and added rows", () => {
    const before = profile();
    const after = profile();
    after.identity.bio = "New bio";
    after.locations[0]!.acceptingNewPatients = false;
    after.locations.push({
      ...emptyLocation(),
      practiceName: "South",
      street1: "2 B St",
      city: "Quincy",
      state: "MA",
      zip: "02169",
      phone: "(617) 555-0101",
    });
    after.certifications = [];
    const changes = diffProviderForms(before, after).map((c) => [c.field, c.before, c.after]);
    expect(changes).toContainEqual(["identity.bio", null, "New bio"]);
    expect(changes).toContainEqual(["locations.0.acceptingNewPatients", "Yes", "No"]);
    expect(changes).toContainEqual(["locations.1.practiceName", null, "South"]);
    expect(changes).toContainEqual([
      "certifications.0",
      "American Board of Psychiatry and Neurology: Neurology (2010)",
      null,
    ]);
    expect(changes.find((c) => c[0] === "identity.lastName")).toBeUndefined();
    expect(changes.find((c) => c[0] === "insurancePlans")).toBeUndefined();
    expect(diffProviderForms(before, profile())).toEqual([]);
  });

  it("shows languages by name, other languages as written, gender and insurance plans by name", () => {
    const before = profile();
    before.identity.languages = ["en"];
    const after = profile();
    after.identity = {
      ...after.identity,
      languages: ["en", "es", "sgn"],
      languagesOther: "Hmong",
      gender: "FEMALE",
    };
    after.insurancePlans = ["medicare", "va-community-care"];
    const changes = diffProviderForms(before, after).map((c) => [c.label, c.before, c.after]);
    expect(changes).toEqual([
      ["Gender", null, "Female"],
      ["Languages", "English", "English, Spanish, American Sign Language"],
      ["Other languages (shown as written)", null, "Hmong"],
      ["Insurance plans (reported by the practice)", null, "Medicare, VA Community Care"],
    ]);
  });
});
