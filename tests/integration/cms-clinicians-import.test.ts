// The Care Compare clinicians import against real PostgreSQL: the real 2021 rows of
// tests/fixtures/cms (a spreadsheet-damaged copy, see its README) and, built here at run time from
// those rows, a file in the current 31-column layout. What must be stored is worked out from the
// files with a plain CSV reader, not the importer's scanner.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importCmsClinicians, type TCmsCliniciansOptions } from "@/lib/cms/clinicians-import";
import { db } from "@/lib/db";
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";
import { createProvider } from "../factories";

const FIXTURES = path.resolve("tests/fixtures/cms");
const FILE_2021 = path.join(FIXTURES, "dac_national_downloadable_file_2021_sample.csv");
const CURRENT_HEADER = readFileSync(
  path.join(FIXTURES, "dac_national_downloadable_file_current_header_reconstructed.txt"),
  "utf8",
).trim();
const tmp = mkdtempSync(path.join(os.tmpdir(), "cms-clinicians-test-"));
let reports = 0;

/** A plain RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const [header2021, ...rows2021] = parseCsv(readFileSync(FILE_2021, "utf8"));
const names2021 = header2021!.map((h) => h.trim());
const records2021 = rows2021.map((r) => Object.fromEntries(names2021.map((h, i) => [h, r[i] ?? ""])));
const npis2021 = [...new Set(records2021.map((r) => r.NPI!))];

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
/** The 2021 columns that the current layout renamed. */
const RENAMED: Record<string, string> = {
  "Provider Last Name": "lst_nm",
  "Provider First Name": "frst_nm",
  "Provider Middle Name": "mid_nm",
  "Facility Name": "org_nm",
  "City/Town": "cty",
  State: "st",
  "ZIP Code": "zip",
  "Telephone Number": "phn_numbr",
};
/**
 * The real 2021 rows in the current layout (derived): each value under its current name, the
 * hospital columns dropped, Telehlth "Y" for PM&R and neurology rows, blank otherwise.
 */
function writeCurrentLayout(name: string, records = records2021): string {
  const header = CURRENT_HEADER.split(",");
  const lines = records.map((r) =>
    header
      .map((h) =>
        h === "Telehlth"
          ? /PHYSICAL MEDICINE|NEUROLOGY/.test(r.pri_spec!)
            ? "Y"
            : ""
          : csvField(r[RENAMED[h] ?? h] ?? ""),
      )
      .join(","),
  );
  const file = path.join(tmp, name);
  writeFileSync(file, [CURRENT_HEADER, ...lines].join("\n") + "\n");
  return file;
}

function run(file: string, options: Partial<TCmsCliniciansOptions> = {}) {
  const reportPath = path.join(tmp, `report-${++reports}.csv`);
  return importCmsClinicians({ file, databaseUrl: process.env.DATABASE_URL, reportPath, ...options }).then(
    (s) => ({
      ...s,
      report: () => readFileSync(reportPath, "utf8").trim().split("\n").slice(1),
    }),
  );
}

const clinician = (npi: string) => db.careCompareClinician.findUniqueOrThrow({ where: { npi } });

beforeEach(async () => {
  await db.careCompareClinician.deleteMany({});
});

afterAll(async () => {
  await db.careCompareClinician.deleteMany({});
  await db.medicareImport.deleteMany({ where: { dataset: "clinicians", clinicians: { none: {} } } });
  await db.$disconnect();
  rmSync(tmp, { recursive: true, force: true });
});

describe("importing the 2021 layout (real rows)", () => {
  it("stores one record per NPI with the file's date", async () => {
    expect(npis2021.length).toBe(371);
    const s = await run(FILE_2021, { date: "2021-09-01" });
    expect(s).toMatchObject({
      layout: "2021 (40 columns, with hospital affiliations)",
      fileDate: "2021-09-01",
      fileDateSource: "--date",
      rowsScanned: 386,
      rowsKept: 386,
      rowsRejected: 0,
      stored: 371,
      replaced: 0,
    });
    const stored = await db.careCompareClinician.findMany({ select: { npi: true, fileDate: true } });
    expect(stored.map((r) => r.npi).sort()).toEqual([...npis2021].sort());
    expect(new Set(stored.map((r) => r.fileDate.toISOString()))).toEqual(
      new Set(["2021-09-01T00:00:00.000Z"]),
    );
  });

  it("keeps each clinician's school, year, specialties, assignment, groups, addresses and hospitals", async () => {
    await run(FILE_2021, { date: "2021-09-01" });
    for (const npi of npis2021) {
      const rows = records2021.filter((r) => r.NPI === npi);
      const first = rows[0]!;
      const c = await clinician(npi);
      expect(c.medicalSchool).toBe(first.Med_sch || null);
      expect(c.graduationYear).toBe(first.Grd_yr ? Number(first.Grd_yr) : null);
      expect(c.specialties[0]).toBe(first.pri_spec);
      for (const r of rows)
        for (const k of ["pri_spec", "sec_spec_1", "sec_spec_2", "sec_spec_3", "sec_spec_4"])
          if (r[k]) expect(c.specialties).toContain(r[k]);
      const assignments = new Set(rows.map((r) => r.ind_assgn));
      expect(c.acceptsAssignment).toBe(assignments.has("Y") ? "Y" : assignments.has("M") ? "M" : null);
      // The 2021 layout has no telehealth column: unknown, not "no".
      expect(c.telehealth).toBeNull();
      expect(c.groupNames).toEqual([...new Set(rows.map((r) => r.org_nm).filter(Boolean))]);
      const addresses = c.addresses as { street1: string; zip: string }[];
      expect(new Set(addresses.map((a) => a.street1))).toEqual(new Set(rows.map((r) => r.adr_ln_1)));
      // A ZIP is 5 or 9 digits again: the spreadsheet's lost leading zeros restored.
      for (const a of addresses) expect(a.zip).toMatch(/^(\d{5}|\d{9})$/);
      const ccns = rows.flatMap((r) => [1, 2, 3, 4, 5].map((k) => r[`hosp_afl_${k}`]!)).filter(Boolean);
      const hospitals = c.hospitals as { ccn: string }[];
      expect(hospitals.map((h) => h.ccn)).toEqual([...new Set(ccns.map((x) => x.padStart(6, "0")))]);
    }
  });

  it("drops a phone number the spreadsheet turned into 2.12689E+12, with a note", async () => {
    const s = await run(FILE_2021);
    const damaged = records2021.find((r) => r.phn_numbr === "2.12689E+12")!;
    const c = await clinician(damaged.NPI!);
    expect((c.addresses as { phone: string | null }[])[0]!.phone).toBeNull();
    expect(s.report()).toContain(
      `${records2021.indexOf(damaged) + 2},${damaged.NPI},note,"phone ""2.12689E+12"" is not a whole 10-digit number: left out"`,
    );
    // Without --date or a date in the name, the file's modification time, and the summary says so.
    expect(s.fileDateSource).toBe("file modification time");
  });
});

describe("a clinician whose rows are apart in the file", () => {
  it("is folded from all its runs, as if its rows had been together", async () => {
    // The last row of every clinician with several moves to the end of the file. The reader folds
    // runs that meet in memory (a batch fills per 1 MB read), so at least the runs across the
    // chunk boundary are written apart: the first at once, the later one folded in at the end.
    const multi = npis2021.filter((npi) => records2021.filter((r) => r.NPI === npi).length > 1);
    expect(multi.length).toBeGreaterThan(5);
    const lastOf = new Set(multi.map((npi) => records2021.findLastIndex((r) => r.NPI === npi)));
    const apart = [
      ...records2021.filter((_, i) => !lastOf.has(i)),
      ...records2021.filter((_, i) => lastOf.has(i)),
    ];
    const facts = async () =>
      db.careCompareClinician.findMany({ orderBy: { npi: "asc" }, omit: { importId: true, fileDate: true } });

    await run(writeCurrentLayout("dac_2024-07-01.csv"));
    const together = await facts();
    const s = await run(writeCurrentLayout("dac_2024-07-01_apart.csv", apart), { batchSize: 5 });
    expect(s).toMatchObject({ rowsKept: 386, stored: 371, replaced: 371 });
    expect(s.notes.join(" ")).toMatch(/\d+ runs? of rows (was|were) apart/);
    expect(await facts()).toEqual(together);
  });
});

describe("importing the current layout (derived from the real 2021 rows)", () => {
  it("stores telehealth as yes or no, and no hospitals (the layout has none)", async () => {
    const file = writeCurrentLayout("DAC_NationalDownloadableFile_2024-05-01.csv");
    const s = await run(file);
    expect(s).toMatchObject({
      layout: "current (31 columns, with Telehlth)",
      fileDate: "2024-05-01",
      fileDateSource: "file name",
      release: "2024-05-01 (from the file name)",
      rowsKept: 386,
      stored: 371,
    });
    const neurologist = await clinician("1215081427");
    expect(neurologist).toMatchObject({ telehealth: true, hospitals: null, acceptsAssignment: "Y" });
    const chiropractor = await clinician(records2021.find((r) => r.pri_spec === "CHIROPRACTIC")!.NPI!);
    expect(chiropractor.telehealth).toBe(false);
  });

  it("replaces the previous snapshot as a whole: a clinician no longer in the file is gone", async () => {
    await run(FILE_2021, { date: "2021-09-01" });
    const firstHundred = records2021.slice(0, 100);
    const s = await run(writeCurrentLayout("dac_2024-06-01.csv", firstHundred));
    const kept = new Set(firstHundred.map((r) => r.NPI!));
    expect(s).toMatchObject({ stored: kept.size, replaced: 371 });
    expect(await db.careCompareClinician.count()).toBe(kept.size);
    const gone = npis2021.find((n) => !kept.has(n))!;
    expect(await db.careCompareClinician.findUnique({ where: { npi: gone } })).toBeNull();
  });

  it("reports malformed rows with their line numbers and imports the rest", async () => {
    const good = readFileSync(writeCurrentLayout("dac_2024-07-01.csv"), "utf8").trim().split("\n");
    const lines = [...good];
    lines[3] = lines[3]!.replace(/^\d{10}/, "1234567890"); // line 4: wrong check digit
    lines[5] = lines[5]!.split(",").slice(0, 20).join(","); // line 6: cut short
    const file = path.join(tmp, "dac_2024-07-02.csv");
    writeFileSync(file, lines.join("\n") + "\n");
    const s = await run(file);
    expect(s).toMatchObject({ rowsScanned: 386, rowsKept: 384, rowsRejected: 2 });
    expect(s.report().filter((l) => l.includes(",rejected,"))).toEqual([
      '4,1234567890,rejected,"""1234567890"" is not a valid NPI"',
      expect.stringMatching(/^6,\d{10},rejected,20 fields where the header has 31$/),
    ]);
  });

  it("changes nothing when interrupted (Ctrl-C)", async () => {
    await run(FILE_2021, { date: "2021-09-01" });
    const controller = new AbortController();
    controller.abort();
    const s = await run(writeCurrentLayout("dac_2024-08-01.csv", records2021.slice(0, 10)), {
      signal: controller.signal,
    });
    expect(s).toMatchObject({ interrupted: true, importId: null });
    expect(await db.careCompareClinician.count()).toBe(371);
  });

  it("rebuilds the search read model of a listed provider whose Medicare assignment changed", async () => {
    const p = await createProvider(db, { locations: [{ lat: 32.95, lng: -117.06 }] });
    await db.provider.update({ where: { id: p.id }, data: { npi: "1215081427" } });
    try {
      const first = await run(FILE_2021, { date: "2021-09-01" });
      expect(first.providersRefreshed).toBe(1);
      const point = await db.searchPoint.findFirstOrThrow({ where: { providerId: p.id } });
      expect(point.facts).toContain("medicare");
      // The same facts in a newer file: nothing to rebuild.
      expect((await run(FILE_2021, { date: "2021-10-01" })).providersRefreshed).toBe(0);
    } finally {
      await db.provider.delete({ where: { id: p.id } });
    }
  });
});

/** What a swapped-in table must share with the migrated one (names, definitions, owner, grants). */
async function tableStructure(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows;
    const T = `'"CareCompareClinician"'::regclass`;
    return {
      table: await q(`SELECT relkind, relpersistence, reloptions, relrowsecurity, relreplident,
        pg_get_userbyid(relowner) = current_user AS "ownedByImporter", relacl::text AS acl FROM pg_class WHERE oid = ${T}`),
      columns: await q(`SELECT attname, format_type(atttypid, atttypmod) AS type, attnotnull, atthasdef,
        attstorage, attcompression FROM pg_attribute WHERE attrelid = ${T} AND attnum > 0 AND NOT attisdropped ORDER BY attnum`),
      constraints:
        await q(`SELECT conname, contype, pg_get_constraintdef(oid) AS def, convalidated, condeferrable
        FROM pg_constraint WHERE conrelid = ${T} ORDER BY conname`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
        AND tablename = 'CareCompareClinician' ORDER BY indexname`),
      triggers: await q(
        `SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = ${T} AND NOT tgisinternal ORDER BY tgname`,
      ),
      // The foreign key's triggers on both tables (internal, named by OID: counted).
      fkTriggers:
        await q(`SELECT count(*)::int AS n FROM pg_trigger t JOIN pg_constraint k ON k.oid = t.tgconstraint
        WHERE k.conrelid = ${T}`),
      leftovers: await q(`SELECT relname FROM pg_class WHERE relname LIKE 'CareCompareClinician%'
        AND relname NOT IN ('CareCompareClinician', 'CareCompareClinician_pkey', 'CareCompareClinician_importId_idx')`),
    };
  } finally {
    await c.end();
  }
}

describe("the new table swapped in at the end", () => {
  let migrated: Awaited<ReturnType<typeof tableStructure>>;
  beforeAll(async () => {
    // The table as migrations create it, in a database of its own.
    const fresh = await createTestDatabase(process.env.TEST_ADMIN_DATABASE_URL!, "cms_ref");
    try {
      migrated = await tableStructure(fresh.url);
    } finally {
      await fresh.drop();
    }
  });

  it("is the table migrations create: columns, constraints, indexes, triggers, owner and grants", async () => {
    expect(migrated.indexes.map((i) => i.indexname)).toEqual([
      "CareCompareClinician_importId_idx",
      "CareCompareClinician_pkey",
    ]);
    expect(migrated.constraints.length).toBe(4);
    // The search's card version trigger (migration 20261203200000) is the table's own and comes along.
    expect((migrated.triggers as Array<{ tgname: string }>).map((t) => t.tgname)).toEqual(["x_search_card_changed"]);
    await run(FILE_2021, { date: "2021-09-01" });
    expect(await tableStructure(process.env.DATABASE_URL!)).toEqual(migrated);
    await run(writeCurrentLayout("dac_2024-05-01.csv"));
    expect(await tableStructure(process.env.DATABASE_URL!)).toEqual(migrated);
    // The foreign key holds: the import's row cannot go while its clinicians are there.
    const { importId } = await db.careCompareClinician.findFirstOrThrow();
    await expect(db.medicareImport.delete({ where: { id: importId } })).rejects.toThrow();
  });

  it("moves the search's read-model version, so cached result cards show the new facts", async () => {
    const generation = async () =>
      (await db.$queryRawUnsafe<Array<{ g: bigint }>>(`SELECT "generation" AS g FROM "x_search_generation"`))[0]!.g;
    await run(FILE_2021, { date: "2021-09-01" });
    const before = await generation();
    await run(writeCurrentLayout("dac_2024-05-01.csv"));
    expect(await generation()).toBeGreaterThan(before);
  });

  it("fails whole when the swap fails: the old table stays, with its rows, indexes and constraints", async () => {
    await run(FILE_2021, { date: "2021-09-01" });
    const before = await db.careCompareClinician.findMany({ orderBy: { npi: "asc" } });
    const imports = await db.medicareImport.count();
    expect(await tableStructure(process.env.DATABASE_URL!)).toEqual(migrated);
    // A view on the table: the old table cannot be dropped, so the import fails at its very end.
    await db.$executeRawUnsafe(`CREATE VIEW cms_test_dependent AS SELECT "npi" FROM "CareCompareClinician"`);
    try {
      await expect(run(writeCurrentLayout("dac_2024-09-01.csv", records2021.slice(0, 50)))).rejects.toThrow(
        /depend/,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP VIEW cms_test_dependent`);
    }
    expect(await db.careCompareClinician.findMany({ orderBy: { npi: "asc" } })).toEqual(before);
    expect(await db.medicareImport.count()).toBe(imports);
    expect(await tableStructure(process.env.DATABASE_URL!)).toEqual(migrated);
  });
  // Last: REVOKE leaves the owner's privileges written out in the table's ACL, unlike migrations.
  it("keeps the grants given on the table", async () => {
    const role = `neckcare_test_reader_${process.pid}`;
    await db.$executeRawUnsafe(`CREATE ROLE ${role} NOLOGIN`);
    try {
      await db.$executeRawUnsafe(`GRANT SELECT, UPDATE ON "CareCompareClinician" TO ${role}`);
      await run(FILE_2021, { date: "2021-09-01" });
      const [p] = await db.$queryRawUnsafe<{ s: boolean; u: boolean; d: boolean }[]>(
        `SELECT has_table_privilege('${role}', '"CareCompareClinician"', 'SELECT') AS s,
          has_table_privilege('${role}', '"CareCompareClinician"', 'UPDATE') AS u,
          has_table_privilege('${role}', '"CareCompareClinician"', 'DELETE') AS d`,
      );
      expect(p).toEqual({ s: true, u: true, d: false });
    } finally {
      await db.$executeRawUnsafe(`REVOKE ALL ON "CareCompareClinician" FROM ${role}`);
      await db.$executeRawUnsafe(`DROP ROLE ${role}`);
    }
  });
});
