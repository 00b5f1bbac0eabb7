import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import { NPI_MESSAGES } from "@/lib/npi";
import {
  emptyProviderForm,
  toProviderForm,
  upgradeStoredForm,
  ZSubmissionSteps,
  type TProviderForm,
} from "./provider-form";
import { ZProviderSubmission, ZStoredSubmission } from "./provider-submission";

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
    f.locations[0]!.phone = "+1 (617) 555-0100";
    f.locations[0]!.zip = "02115 1234";
    const p = ZProviderSubmission.parse(f);
    expect(p.identity.contactEmail).toBe("office@example.org");
    expect(p.identity.middleName).toBeUndefined();
    expect(p.locations[0]).toMatchObject({ state: "MA", zip: "02115-1234", phone: "(617) 555-0100" });
    expect(p.experience).toMatchObject({ yearsInjecting: 4, yearlyNeckProcedures: 80 });
  });

  it("parses its own output to the same value (stored payloads are read back through it)", () => {
    const f = valid();
    f.identity = { ...f.identity, languages: ["vi", "en"], languagesOther: "Hmong, Spanish", gender: "MALE" };
    f.insurancePlans = ["tricare", "medicare"];
    const once = ZProviderSubmission.parse(f);
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

  it("stores ticked languages as codes in the list's order, and types other languages as written", () => {
    const f = valid();
    f.identity.languages = ["es", "en", "es"];
    f.identity.languagesOther = " Klingon, Hmong ,klingon,, ";
    expect(ZProviderSubmission.parse(f).identity).toMatchObject({
      languages: ["en", "es"],
      languagesOther: ["Klingon", "Hmong"],
    });
  });

  it("turns other languages the list knows into codes ('español', 'Mandarin', 'ko')", () => {
    const f = valid();
    f.identity.languages = ["en"];
    f.identity.languagesOther = "español, Mandarin, Tigrinya, ko";
    const p = ZProviderSubmission.parse(f);
    expect(p.identity.languages).toEqual(["en", "es", "zh", "ko"]);
    expect(p.identity.languagesOther).toEqual(["Tigrinya"]);
    // …and the form made from it shows them ticked, so the review step and the edit form agree.
    expect(toProviderForm(p).identity).toMatchObject({
      languages: ["en", "es", "zh", "ko"],
      languagesOther: "Tigrinya",
    });
  });

  it("refuses a language or plan that is not in the list, and too many or too long other languages", () => {
    const f = valid();
    (f.identity.languages as string[]) = ["Spanish"];
    (f.insurancePlans as string[]) = ["medicare", "acme-health"];
    f.identity.languagesOther = "x".repeat(41);
    expect(errorsOf(f)).toMatchObject({
      "identity.languages.0": expect.stringMatching(/^Choose languages from the list/),
      "insurancePlans.1": "Choose plans from the list.",
      "identity.languagesOther.0": "Keep each language to 40 characters or fewer.",
    });
    f.identity.languages = [];
    f.insurancePlans = [];
    f.identity.languagesOther = Array.from({ length: 11 }, (_, i) => `Lang${i}`).join(", ");
    expect(errorsOf(f)).toEqual({ "identity.languagesOther": "List at most 10 other languages." });
  });

  it("stores gender only when stated, and refuses any other value", () => {
    const f = valid();
    expect(ZProviderSubmission.parse(f).identity.gender).toBeUndefined();
    f.identity.gender = "FEMALE";
    expect(ZProviderSubmission.parse(f).identity.gender).toBe("FEMALE");
    (f.identity.gender as string) = "female";
    expect(errorsOf(f)["identity.gender"]).toBe("Choose Female, Male or Prefer not to say.");
  });

  it("stores insurance plans in the list's order, without repeats", () => {
    const f = valid();
    f.insurancePlans = ["kaiser", "medicare", "kaiser"];
    expect(ZProviderSubmission.parse(f).insurancePlans).toEqual(["medicare", "kaiser"]);
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
    (f.insurancePlans as string[]) = ["acme"];
    expect(keys("consultation")).toEqual(["locations.0.inPersonConsults", "insurancePlans.0"]);
  });
});

describe("payloads stored before languages became codes", () => {
  const legacy = () => {
    const p: Record<string, unknown> = { ...ZProviderSubmission.parse(valid()) };
    const identity: Record<string, unknown> = { ...(p.identity as object) };
    delete p.insurancePlans;
    delete identity.languagesOther;
    delete identity.gender;
    return { ...p, identity: { ...identity, languages: ["English", "Español", "Klingon"] } };
  };

  it("are refused by the strict schema, and read by the stored one with names as codes", () => {
    expect(ZProviderSubmission.safeParse(legacy()).success).toBe(false);
    const p = ZStoredSubmission.parse(legacy());
    expect(p.identity).toMatchObject({ languages: ["en", "es"], languagesOther: ["Klingon"] });
    expect(p.insurancePlans).toEqual([]);
    // A payload stored as the form typed it, languages as one string.
    expect(
      ZStoredSubmission.parse({
        ...legacy(),
        identity: { ...legacy().identity, languages: "English, Russian" },
      }).identity.languages,
    ).toEqual(["en", "ru"]);
  });

  it("leave current payloads as they are", () => {
    const p = ZProviderSubmission.parse({ ...valid(), insurancePlans: ["medicare"] });
    expect(ZStoredSubmission.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it("and old form values (an edit's `previous`) are read in the current shape", () => {
    const old = { ...valid(), identity: { ...valid().identity, languages: "English, Farsi, Klingon" } };
    expect(upgradeStoredForm(old)).toMatchObject({
      identity: { languages: ["en", "fa"], languagesOther: "Klingon", gender: "" },
      insurancePlans: [],
    });
    expect(upgradeStoredForm(valid())).toEqual(valid());
    expect(upgradeStoredForm(null)).toBeNull();
  });
});
