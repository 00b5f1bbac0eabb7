// The rules by which a profile reads Medicare claims (issue 14; shared/data/cms/SOURCES.md):
// suppression is "not published", never zero; drug units never become patients or visits; 64613
// before 2014 is the neck, 64615 never is; 76942 alone proves nothing.
import { describe, expect, it } from "vitest";
import { CMS_CODES } from "@/lib/cms/codes";
import { TOXIN_CODES } from "@/lib/cms/evidence";
import {
  DEMO_CLAIMS_SOURCE,
  evidenceForYear,
  importsToRead,
  latestYears,
  neckCodeOf,
  type TClaimsRow,
} from "./medicare-evidence";

const IMPORTS = [
  { id: 2, year: 2023, sourceFile: "MUP_PHY_R25_P05_V10_D23_Prov_Svc.csv", release: "2025-05-01" },
  { id: 1, year: 2023, sourceFile: "older.csv", release: "2024-05-01" },
];
const row = (
  hcpcs: string,
  place: "F" | "O",
  beneficiaries: number,
  beneficiaryDays: number,
  year = 2023,
): TClaimsRow => ({
  year,
  hcpcs,
  placeOfService: place,
  beneficiaries,
  beneficiaryDays,
  importId: 2,
});

describe("a year of Medicare claims on a profile", () => {
  it("is 'not published' without rows, with no count at all (never zero)", () => {
    const y = evidenceForYear(2023, [], IMPORTS);
    expect(y).toMatchObject({ year: 2023, state: "none-published", neck: null, migraine: null, toxins: [] });
    expect(y.source).toEqual({ sourceFile: "MUP_PHY_R25_P05_V10_D23_Prov_Svc.csv", release: "2025-05-01" });
  });

  it("counts neck patients as the larger place's count (at least), and visits as the sum of days", () => {
    const y = evidenceForYear(2023, [row("64616", "O", 40, 95), row("64616", "F", 14, 20)], IMPORTS);
    expect(y.neck).toEqual({ patientsAtLeast: 40, visits: 115 });
    expect(y.neckCode).toBe("64616");
    expect(y.state).toBe("rows");
  });

  it("takes 64613 as the neck before 2014, and keeps 64615 (migraine) out of it", () => {
    expect(neckCodeOf(2012)).toBe("64613");
    expect(neckCodeOf(2014)).toBe("64616");
    const y = evidenceForYear(2012, [row("64613", "O", 22, 30, 2012), row("64615", "O", 60, 90, 2012)], []);
    expect(y.neck).toEqual({ patientsAtLeast: 22, visits: 30 });
    expect(y.migraine).toEqual({ patientsAtLeast: 60 });
    const migraineOnly = evidenceForYear(2023, [row("64615", "O", 60, 90)], IMPORTS);
    expect(migraineOnly.neck).toBeNull();
    expect(migraineOnly.state).toBe("rows");
  });

  it("names toxins without any count: their figures are drug units", () => {
    const y = evidenceForYear(
      2023,
      [row("J0585", "O", 31, 35), row("J0588", "O", 12, 13), row("64616", "O", 30, 35)],
      IMPORTS,
    );
    expect(y.toxins).toEqual(["onabotulinumtoxinA", "incobotulinumtoxinA"]);
    // Patients of a toxin row are not neck patients either.
    expect(y.neck).toEqual({ patientsAtLeast: 30, visits: 35 });
  });

  it("shows ultrasound guidance (76942) only beside neck injections, and never as data by itself", () => {
    const alone = evidenceForYear(2023, [row("76942", "O", 80, 90)], IMPORTS);
    expect(alone.state).toBe("none-published");
    expect(alone.guidance.ultrasound).toBe(false);
    const beside = evidenceForYear(2023, [row("76942", "O", 80, 90), row("64616", "O", 11, 12)], IMPORTS);
    expect(beside.guidance).toEqual({ emg: false, electricalStimulation: false, ultrasound: true });
  });

  it("tells EMG (95874) from electrical stimulation (95873) guidance", () => {
    const y = evidenceForYear(2023, [row("95874", "O", 20, 25), row("95873", "F", 11, 11)], IMPORTS);
    expect(y.guidance).toEqual({ emg: true, electricalStimulation: true, ultrasound: false });
  });

  it("ignores rows of other years and codes outside the kept list", () => {
    const y = evidenceForYear(2023, [row("64616", "O", 50, 60, 2022), row("17311", "O", 99, 99)], IMPORTS);
    expect(y.state).toBe("none-published");
  });
});

describe("the data years and codes", () => {
  it("are the years imported among the latest three, newest first, each once", () => {
    expect(
      latestYears([{ year: 2021 }, { year: 2023 }, { year: 2012 }, { year: 2023 }, { year: 2022 }]),
    ).toEqual([2023, 2022, 2021]);
    // 2022 not imported: nothing is known about it, and 2012 is not recent because of that.
    expect(latestYears([{ year: 2012 }, { year: 2021 }, { year: 2023 }])).toEqual([2023, 2021]);
    expect(latestYears([{ year: 2012 }])).toEqual([2012]);
    expect(latestYears([])).toEqual([]);
  });

  it("name every toxin code of lib/cms/codes.ts", () => {
    const toxinCodes = CMS_CODES.filter((c) => c.kind === "toxin").map((c) => c.code);
    expect(Object.keys(TOXIN_CODES).sort()).toEqual(toxinCodes.sort());
  });

  it("leave the demo's fictional imports out once a real claims file is imported", () => {
    const demo = { id: 1, year: 2022, sourceFile: DEMO_CLAIMS_SOURCE, release: "" };
    const real = { id: 2, year: 2023, sourceFile: "MUP_PHY_R25_P05_V10_D23_Prov_Svc.csv", release: "" };
    expect(importsToRead([demo])).toEqual([demo]);
    expect(importsToRead([demo, real])).toEqual([real]);
  });
});
