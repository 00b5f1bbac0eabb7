import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import { NPI_MESSAGES } from "@/lib/npi";
import { emptyProviderForm, toProviderForm, ZSubmissionSteps, type TProviderForm } from "./provider-form";
import { ZProviderSubmission } from "./provider-submission";

function valid(): TProviderForm {
  const f = emptyProviderForm();
  f.identity = {
    ...f.identity,
    npi: "1234567893",
    firstName: "Ana",
    lastName: "Ruiz",
    credential: "DO",
    contactEmail: "Office@Example.org",
  };
  f.locations[0] = {
    ...f.locations[0]!,
    practiceName: "Clinic",
    street1: "1 Main St",
    city: "Boston",
    state: "ma",
    zip: "02115",
    phone: "617-555-0100",
  };
  f.experience = {
    ...f.experience,
    yearsInjecting: "4",
    yearlyNeckProcedures: "80",
    guidance: ["ULTRASOUND"],
  };
  f.attestation = true;
  return f;
}

const errorsOf = (input: unknown) => {
  const r = ZProviderSubmission.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};

describe("ZProviderSubmission", () => {
  it("normalises what people type", () => {
    const f = valid();
    f.identity.languages = " English, spanish ,English,, ";
    f.locations[0]!.phone = "+1 (617) 555-0100";
    f.locations[0]!.zip = "02115 1234";
    const p = ZProviderSubmission.parse(f);
    expect(p.identity.contactEmail).toBe("office@example.org");
    expect(p.identity.languages).toEqual(["English", "spanish"]);
    expect(p.identity.middleName).toBeUndefined();
    expect(p.locations[0]).toMatchObject({ state: "MA", zip: "02115-1234", phone: "(617) 555-0100" });
    expect(p.experience).toMatchObject({ yearsInjecting: 4, yearlyNeckProcedures: 80 });
  });

  it("parses its own output to the same value (stored payloads are read back through it)", () => {
    const once = ZProviderSubmission.parse(valid());
    expect(ZProviderSubmission.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
    expect(ZProviderSubmission.parse(toProviderForm(once))).toEqual(once);
  });

  it("explains a wrong NPI", () => {
    const f = valid();
    f.identity.npi = "1234567890";
    expect(errorsOf(f)["identity.npi"]).toBe(NPI_MESSAGES["check-digit"]);
    f.identity.npi = "";
    expect(errorsOf(f)["identity.npi"]).toBe("Enter your 10-digit NPI.");
    f.identity.npi = "3234567893";
    expect(errorsOf(f)["identity.npi"]).toBe(NPI_MESSAGES["first-digit"]);
  });

  it("keeps HTML as text, drops control characters, and refuses over-long text with a message", () => {
    const f = valid();
    f.identity.bio = `<script>alert(1)</script>\u0000 line one\r\nline two`;
    expect(ZProviderSubmission.parse(f).identity.bio).toBe("<script>alert(1)</script> line one\nline two");
    f.identity.bio = "x".repeat(1501);
    expect(errorsOf(f)["identity.bio"]).toBe("Keep the introduction to 1500 characters or fewer.");
    f.identity.bio = "";
    f.identity.credential = "A".repeat(21);
    expect(errorsOf(f)["identity.credential"]).toMatch(/20 characters or fewer/);
  });

  it("checks locations: state, ZIP, phone, and that some consultation is offered", () => {
    const f = valid();
    f.locations[0] = {
      ...f.locations[0]!,
      state: "XX",
      zip: "1234",
      phone: "555-0100",
      inPersonConsults: false,
      telehealthConsults: false,
    };
    expect(errorsOf(f)).toMatchObject({
      "locations.0.state": "Choose the state.",
      "locations.0.zip": "Enter a 5-digit ZIP code, or ZIP+4 such as 02115-1234.",
      "locations.0.phone": "Enter a US phone number with area code, e.g. (617) 555-0100.",
    });
    const g = valid();
    g.locations[0] = { ...g.locations[0]!, inPersonConsults: false, telehealthConsults: false };
    expect(errorsOf(g)["locations.0.inPersonConsults"]).toMatch(/in-person or telehealth/);
    g.locations = [];
    expect(errorsOf(g).locations).toBe("Add at least one practice location.");
  });

  it("checks certifications and experience", () => {
    const f = valid();
    f.certifications = [
      { board: "OTHER", boardName: "", specialty: "NEUROLOGY", subspecialty: "NEUROLOGY", year: "1949" },
      {
        board: "ABPN",
        boardName: "ignored",
        specialty: "PMR",
        subspecialty: "",
        year: String(new Date().getUTCFullYear() + 1),
      },
    ];
    f.experience = {
      ...f.experience,
      yearsInjecting: "61",
      yearlyNeckProcedures: "1e3",
      guidance: ["NONE", "EMG"],
    };
    expect(errorsOf(f)).toMatchObject({
      "certifications.0.boardName": "Enter the name of the board.",
      "certifications.0.subspecialty": expect.stringMatching(/same as the specialty/),
      "certifications.0.year": expect.stringMatching(/between 1950 and/),
      "certifications.1.year": expect.stringMatching(/between 1950 and/),
      "experience.yearsInjecting": "Enter the years you have injected the neck between 0 and 60.",
      "experience.yearlyNeckProcedures": expect.stringMatching(/whole number/),
      "experience.guidance": expect.stringMatching(/cannot be combined/),
    });
    f.certifications = [
      { board: "ABPN", boardName: "ignored", specialty: "NEUROLOGY", subspecialty: "", year: "2010" },
    ];
    f.experience = { ...f.experience, yearsInjecting: "3", yearlyNeckProcedures: "10", guidance: ["EMG"] };
    expect(ZProviderSubmission.parse(f).certifications[0]?.boardName).toBeUndefined();
  });

  it("needs the attestation", () => {
    const f = valid();
    f.attestation = false;
    expect(errorsOf(f)).toEqual({ attestation: "Tick the box to attest that this information is true." });
  });
});

describe("step schemas", () => {
  it("report only their own step's fields, under the same paths", () => {
    const f = emptyProviderForm();
    const keys = (step: keyof typeof ZSubmissionSteps) => {
      const r = ZSubmissionSteps[step].safeParse(f);
      return r.success ? [] : Object.keys(fieldErrors(r.error));
    };
    expect(keys("identity").every((k) => k.startsWith("identity."))).toBe(true);
    expect(keys("locations")).toContain("locations.0.zip");
    expect(keys("certifications")).toEqual([]);
    expect(keys("experience")).toContain("experience.guidance");
    f.locations[0] = { ...f.locations[0]!, inPersonConsults: false };
    expect(keys("consultation")).toEqual(["locations.0.inPersonConsults"]);
  });
});
