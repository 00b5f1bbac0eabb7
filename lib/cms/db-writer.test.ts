import { describe, expect, it } from "vitest";
import type { TClinicianRecord } from "./clinician-row";
import { CopyBuffer } from "./copy-buffer";
import { clinicianFacts, copyLine, writeClinicianRow } from "./db-writer";

const record = (over: Partial<TClinicianRecord>): TClinicianRecord => ({
  npi: "1215081427",
  line: 2,
  medicalSchool: "OTHER",
  graduationYear: 1998,
  specialties: ["NEUROLOGY", "PAIN MANAGEMENT"],
  acceptsAssignment: "Y",
  telehealth: true,
  groupNames: ["SAN DIEGO NEURO GROUP"],
  addresses: [
    {
      street1: "1 MAIN ST",
      street2: null,
      city: "SAN DIEGO",
      state: "CA",
      zip: "92101",
      phone: "6195551234",
    },
  ],
  hospitals: null,
  ...over,
});

describe("writeClinicianRow", () => {
  it("writes the same COPY text as the general path (copyLine of the values)", () => {
    const records = [
      record({}),
      record({
        medicalSchool: null,
        graduationYear: null,
        specialties: [],
        acceptsAssignment: null,
        telehealth: null,
        groupNames: [],
        addresses: [],
        hospitals: [],
      }),
      record({
        medicalSchool: "UNIVERSIDAD DE PUERTO RICO, ESCUELA DE MEDICINA",
        specialties: ['A "QUOTED" ONE', "BACK\\SLASH", "TAB\tHERE"],
        telehealth: false,
        groupNames: ["Clínica Añasco", "LINE\nBREAK"],
        addresses: [
          {
            street1: 'SUITE "B"\\2',
            street2: "PISO 2",
            city: "AÑASCO",
            state: "PR",
            zip: "00610",
            phone: null,
          },
          { street1: "x\u0001y\r", street2: null, city: "€ 😀 \ud800", state: "", zip: "1", phone: "" },
        ],
        hospitals: [
          { ccn: "050636", name: 'SCRIPPS "MERCY" HOSPITAL' },
          { ccn: "400019", name: "HOSPITAL\tSAN PABLO" },
        ],
      }),
    ];
    for (const r of records) {
      const out = new CopyBuffer(16);
      writeClinicianRow(out, r, "2024-05-01", 42);
      expect(out.take().toString("utf8")).toBe(copyLine([r.npi, "2024-05-01", ...clinicianFacts(r), 42]));
    }
  });
});
