// A clinician's rows become one record a profile can show: spreadsheet damage undone only where it
// is certain, and rows of several enrollments and addresses folded without losing any.
import { describe, expect, it } from "vitest";
import { CLINICIAN_SLOT as S } from "./clinician-columns";
import {
  foldClinician,
  normaliseCcn,
  normalisePhone,
  normaliseZip,
  parseClinicianRow,
  type TClinicianRecord,
} from "./clinician-row";

function reader(values: Record<number, string>, layout: "2021" | "current" = "2021") {
  return {
    get: (slot: number) => values[slot] ?? "",
    hasTelehealth: layout === "current",
    hasHospitals: layout === "2021",
  };
}

// A real 2021 row (shared/data/cms/dac_national_downloadable_file_2021_sample.csv, NPI 1215081427).
const NEUROLOGIST = {
  [S.npi]: "1215081427",
  [S.medicalSchool]: "UNIVERSITY OF SOUTHERN CALIFORNIA KECK SCHOOL OF MEDICINE",
  [S.graduationYear]: "1995",
  [S.primarySpecialty]: "NEUROLOGY",
  [S.street1]: "15615 POMERADO RD",
  [S.city]: "POWAY",
  [S.state]: "CA",
  [S.zip]: "920642405",
  [S.phone]: "8586134000",
  [S.assignment]: "Y",
  [S.hospitalCcn]: "50636",
  [S.hospitalName]: "PALOMAR MEDICAL CENTER POWAY",
};

describe("a clinician row", () => {
  it("keeps the school, year, specialties, assignment, address and hospitals", () => {
    const out = parseClinicianRow(reader(NEUROLOGIST), 9);
    expect(out).toEqual({
      kind: "record",
      notes: [],
      record: {
        npi: "1215081427",
        line: 9,
        medicalSchool: "UNIVERSITY OF SOUTHERN CALIFORNIA KECK SCHOOL OF MEDICINE",
        graduationYear: 1995,
        specialties: ["NEUROLOGY"],
        acceptsAssignment: "Y",
        telehealth: null,
        groupNames: [],
        addresses: [
          {
            street1: "15615 POMERADO RD",
            street2: null,
            city: "POWAY",
            state: "CA",
            zip: "920642405",
            phone: "8586134000",
          },
        ],
        // The spreadsheet dropped the CCN's leading zero.
        hospitals: [{ ccn: "050636", name: "PALOMAR MEDICAL CENTER POWAY" }],
      },
    });
  });

  it("says telehealth is unknown in the 2021 layout and yes/no in the current one", () => {
    const current = (t: string) =>
      parseClinicianRow(reader({ ...NEUROLOGIST, [S.telehealth]: t }, "current"), 2) as {
        record: TClinicianRecord;
      };
    expect(current("Y").record).toMatchObject({ telehealth: true, hospitals: null });
    expect(current("").record.telehealth).toBe(false);
  });

  it("is rejected for an NPI that is not one", () => {
    expect(parseClinicianRow(reader({ ...NEUROLOGIST, [S.npi]: "1215081428" }), 4)).toEqual({
      kind: "rejected",
      npi: "1215081428",
      reason: '"1215081428" is not a valid NPI',
    });
  });

  it("leaves out a phone in scientific notation and a graduation year that is not one, with a note", () => {
    const out = parseClinicianRow(
      reader({ ...NEUROLOGIST, [S.phone]: "2.12689E+12", [S.graduationYear]: "19" }),
      3,
    );
    expect(out).toMatchObject({
      record: { graduationYear: null, addresses: [{ phone: null }] },
      notes: [expect.stringContaining("graduation year"), expect.stringContaining('"2.12689E+12"')],
    });
  });
});

describe("spreadsheet damage", () => {
  it("restores leading zeros only where no real value could be that long", () => {
    expect(normaliseZip("6513")).toBe("06513");
    expect(normaliseZip("659")).toBe("00659");
    expect(normaliseZip("64844660")).toBe("064844660");
    expect(normaliseZip("7164728")).toBe("007164728");
    expect(normaliseZip("36207")).toBe("36207");
    expect(normaliseZip("341081869")).toBe("341081869");
    expect(normaliseZip("A1B 2C3")).toBe("A1B 2C3");
    expect(normaliseCcn("10023")).toBe("010023");
    expect(normaliseCcn("450647")).toBe("450647");
    expect(normaliseCcn("14T011")).toBe("14T011");
  });

  it("keeps 10-digit phones and drops the ones whose digits were lost", () => {
    expect(normalisePhone("7135278477")).toBe("7135278477");
    expect(normalisePhone("(713) 527-8477")).toBe("7135278477");
    expect(normalisePhone("3.0974E+12")).toBeNull();
    expect(normalisePhone("")).toBeNull();
  });
});

describe("folding a clinician's rows", () => {
  const rec = (over: Partial<TClinicianRecord>): TClinicianRecord => ({
    npi: "1215081427",
    line: 2,
    medicalSchool: null,
    graduationYear: null,
    specialties: [],
    acceptsAssignment: null,
    telehealth: null,
    groupNames: [],
    addresses: [],
    hospitals: null,
    ...over,
  });
  const address = (street1: string, phone: string | null) => ({
    street1,
    street2: null,
    city: "LA JOLLA",
    state: "CA",
    zip: "92064",
    phone,
  });

  it("keeps every specialty, group, address and hospital once, in order of first appearance", () => {
    const a = rec({
      medicalSchool: "OTHER",
      specialties: ["NEUROLOGY"],
      acceptsAssignment: "M",
      groupNames: ["SCRIPPS CLINIC"],
      addresses: [address("1 A ST", null)],
      hospitals: [{ ccn: "050636", name: "SCRIPPS" }],
    });
    foldClinician(
      a,
      rec({
        line: 5,
        graduationYear: 1995,
        specialties: ["PAIN MANAGEMENT", "NEUROLOGY"],
        acceptsAssignment: "Y",
        groupNames: ["SCRIPPS CLINIC", "UCSD"],
        addresses: [address("1 a st", "8586134000"), address("2 B ST", null)],
        hospitals: [
          { ccn: "050636", name: "SCRIPPS" },
          { ccn: "050025", name: "UCSD" },
        ],
      }),
    );
    expect(a).toEqual({
      npi: "1215081427",
      line: 2,
      medicalSchool: "OTHER",
      graduationYear: 1995,
      specialties: ["NEUROLOGY", "PAIN MANAGEMENT"],
      acceptsAssignment: "Y",
      telehealth: null,
      groupNames: ["SCRIPPS CLINIC", "UCSD"],
      addresses: [address("1 A ST", "8586134000"), address("2 B ST", null)],
      hospitals: [
        { ccn: "050636", name: "SCRIPPS" },
        { ccn: "050025", name: "UCSD" },
      ],
    });
  });

  it("says telehealth when any row does, and 'may accept' is not upgraded by a blank", () => {
    const a = rec({ telehealth: false, acceptsAssignment: "M" });
    foldClinician(a, rec({ telehealth: true, acceptsAssignment: null }));
    expect(a).toMatchObject({ telehealth: true, acceptsAssignment: "M" });
  });
});
