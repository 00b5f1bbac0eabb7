// A profile's public Medicare evidence (issue 14) read from real PostgreSQL: the latest three data
// years imported, a year without rows as "not published" (never 0), drug units never shown as patients
// or visits, 64613 in 2012 counted as the neck and 64615 never; and Care Compare's facts.
import { beforeEach, describe, expect, it } from "vitest";
import { getCareCompareFacts, getMedicareEvidence } from "@/lib/data/medicare-evidence";
import { db } from "@/lib/db";
import { uniqueNpi } from "../factories";

/** One committed claims import of `year`, as the importer records it. */
async function claimsImport(year: number, sourceFile = `claims_${year}.csv`) {
  const at = new Date(`${year + 2}-05-01T00:00:00Z`);
  return db.medicareImport.create({
    data: {
      dataset: "claims",
      year,
      sourceFile,
      release: `${year + 2}-05-01 (test)`,
      layout: "current (29 columns, comma-separated)",
      rowsScanned: 1,
      rowsKept: 1,
      rowsRejected: 0,
      startedAt: at,
      finishedAt: at,
    },
  });
}

type TRow = { hcpcs: string; place?: "F" | "O"; benes: number; services: number; days: number };
async function stats(npi: string, year: number, importId: number, rows: TRow[]) {
  await db.medicareServiceStat.createMany({
    data: rows.map((r) => ({
      npi,
      year,
      hcpcs: r.hcpcs,
      placeOfService: r.place ?? "O",
      beneficiaries: r.benes,
      services: r.services,
      beneficiaryDays: r.days,
      importId,
    })),
  });
}

// Which years show depends on every claims import in the database, so each test starts from none.
// Integration files run one at a time (vitest.config.ts), so no other file's rows are in use.
beforeEach(async () => {
  await db.medicareServiceStat.deleteMany({});
  await db.careCompareClinician.deleteMany({});
  await db.medicareImport.deleteMany({});
});

describe("Medicare claims evidence", () => {
  it("is null before any claims file is imported", async () => {
    expect(await getMedicareEvidence({ npi: uniqueNpi() })).toBeNull();
  });

  it("shows the latest three years imported, a year without rows as not published, never 0", async () => {
    const npi = uniqueNpi();
    const other = uniqueNpi();
    const y2020 = await claimsImport(2020);
    const y2021 = await claimsImport(2021);
    const y2022 = await claimsImport(2022, "MUP_PHY_R24_P05_V10_D22_Prov_Svc.csv");
    const y2023 = await claimsImport(2023);
    await stats(npi, 2020, y2020.id, [{ hcpcs: "64616", benes: 90, services: 200, days: 180 }]);
    await stats(npi, 2021, y2021.id, [
      { hcpcs: "64616", place: "O", benes: 48, services: 120, days: 110 },
      { hcpcs: "64616", place: "F", benes: 12, services: 15, days: 14 },
      { hcpcs: "95874", benes: 40, services: 90, days: 100 },
    ]);
    // 2022: the doctor has no row (fewer than 11 patients, or none); someone else does.
    await stats(other, 2022, y2022.id, [{ hcpcs: "64616", benes: 30, services: 60, days: 60 }]);
    await stats(npi, 2023, y2023.id, [{ hcpcs: "64616", benes: 11, services: 22, days: 21 }]);

    const e = await getMedicareEvidence({ npi });
    expect(e?.datasetUrl).toMatch(/^https:\/\/data\.cms\.gov\/.*by-provider-and-service$/);
    expect(e?.years.map((y) => [y.year, y.state])).toEqual([
      [2023, "rows"],
      [2022, "none-published"],
      [2021, "rows"],
    ]);
    const [y23, y22, y21] = e!.years;
    expect(y23?.neck).toEqual({ patientsAtLeast: 11, visits: 21 });
    expect(y22).toMatchObject({ neck: null, migraine: null, toxins: [] });
    expect(y22?.source.sourceFile).toBe("MUP_PHY_R24_P05_V10_D22_Prov_Svc.csv");
    expect(JSON.stringify(y22)).not.toMatch(/:0[,}]/);
    // 48 in the office and 12 in a facility: at least 48 patients (not 60), 124 visits.
    expect(y21?.neck).toEqual({ patientsAtLeast: 48, visits: 124 });
    expect(y21?.guidance).toEqual({ emg: true, electricalStimulation: false, ultrasound: false });
  });

  it("never shows a toxin's 10,140 drug units as patients or visits", async () => {
    const npi = uniqueNpi();
    const imp = await claimsImport(2023);
    // The real 2012 neurologist's J0585 row of shared/data/cms, moved to 2023: 10,140 units, 31 patients.
    await stats(npi, 2023, imp.id, [{ hcpcs: "J0585", benes: 31, services: 10140, days: 35 }]);
    const e = await getMedicareEvidence({ npi });
    const [y] = e!.years;
    expect(y).toMatchObject({ state: "rows", neck: null, toxins: ["onabotulinumtoxinA"] });
    expect(JSON.stringify(e)).not.toContain("10140");
  });

  it("counts 64613 in 2012 as neck injections and 64615 never", async () => {
    const npi = uniqueNpi();
    const imp = await claimsImport(2012, "Medicare_Provider_Util_Payment_PUF_CY2012.txt");
    await stats(npi, 2012, imp.id, [
      { hcpcs: "64613", benes: 25, services: 40, days: 38 },
      { hcpcs: "64615", benes: 70, services: 75, days: 74 },
    ]);
    const [y] = (await getMedicareEvidence({ npi }))!.years;
    expect(y).toMatchObject({ year: 2012, neckCode: "64613", neck: { patientsAtLeast: 25, visits: 38 } });
    expect(y?.migraine).toEqual({ patientsAtLeast: 70 });
  });
});

describe("Care Compare facts", () => {
  it("are null for a doctor the file does not list, and read plainly otherwise", async () => {
    const npi = uniqueNpi();
    expect(await getCareCompareFacts({ npi })).toBeNull();
    const imp = await db.medicareImport.create({
      data: {
        dataset: "clinicians",
        sourceFile: "DAC_NationalDownloadableFile.csv",
        release: "2026-03-03",
        layout: "current",
        rowsScanned: 1,
        rowsKept: 1,
        rowsRejected: 0,
        startedAt: new Date(),
        finishedAt: new Date(),
      },
    });
    await db.careCompareClinician.create({
      data: {
        npi,
        fileDate: new Date("2026-03-03"),
        medicalSchool: "OTHER",
        graduationYear: 1998,
        specialties: ["NEUROLOGY"],
        acceptsAssignment: "Y",
        telehealth: true,
        groupNames: ["Lakeside Neurology"],
        addresses: [],
        hospitals: [{ ccn: "330101", name: "Lakeside Hospital" }, { bad: 1 }],
        importId: imp.id,
      },
    });
    expect(await getCareCompareFacts({ npi })).toEqual({
      fileDate: "2026-03-03",
      medicalSchool: null,
      graduationYear: 1998,
      acceptsAssignment: "Y",
      telehealth: true,
      hospitals: [{ ccn: "330101", name: "Lakeside Hospital" }],
      groupNames: ["Lakeside Neurology"],
    });
  });
});
