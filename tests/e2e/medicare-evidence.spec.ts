// Issue 14, "what patients see": a listing imported from the NPI registry shows public Medicare
// evidence on its profile: neck injections a year as Medicare patients and visits, guidance and toxins
// billed, migraine injections kept apart, a year without published rows as "not published", the
// caveats, the dataset link and the public-data mark; and Care Compare's facts in steps 2 and 5. A
// demo provider's figures say they are fictional.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { CLAIMS_DEMO_NOTE } from "../../lib/content/medicare";
import { DEMO_CLAIMS_SOURCE } from "../../lib/providers/medicare-evidence";
import { expectNoSeriousA11yViolations } from "./support/axe";

const FIXTURE = "tests/fixtures/nppes/plannet_sample-nppes-practitioner_20181204-data.csv";

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
});
test.afterAll(async () => {
  await db.end();
});

/**
 * Imports one real PM&R row of the NPPES sample through the importer's CLI, as an operator would (the
 * claim test takes neurologists, so the two never share a listing), and returns its NPI.
 */
function importRegistryRow(): string {
  const lines = readFileSync(FIXTURE, "latin1").split(/\r?\n/);
  const row = lines.slice(1).find((l) => l.includes('"208100000X"'))!;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "nppes-e2e-")), "npidata_pfile_medicare_e2e.csv");
  writeFileSync(file, `${lines[0]}\r\n${row}\r\n`, "latin1");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/import-nppes.ts", file], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NPPES_PUBLISH_IMPORTED: "true" },
    stdio: "pipe",
  });
  return /^"(\d{10})"/.exec(row)![1]!;
}

/**
 * Fictional Medicare rows for that NPI, as the CMS importers would store them, in 2023 only (2021 and
 * 2022 have no row for this doctor). They join the demo seed's fictional 2023 import: a real-looking
 * import would rightly hide every demo import (lib/providers/medicare-evidence.ts, importsToRead), and
 * these rows are as fictional as the seed's.
 */
async function addMedicareRows(npi: string): Promise<void> {
  const imp = await db.query<{ id: number }>(
    `SELECT id FROM "MedicareImport" WHERE dataset = 'claims' AND year = 2023 AND "sourceFile" = $1`,
    [DEMO_CLAIMS_SOURCE],
  );
  const rows: [string, "F" | "O", number, number, number][] = [
    ["64616", "O", 42, 180, 120],
    ["64616", "F", 13, 20, 15],
    ["95874", "O", 30, 80, 70],
    // The real 2012 neurologist's toxin row of shared/data/cms: 10,140 drug units, 31 patients.
    ["J0585", "O", 31, 10140, 35],
    ["64615", "O", 20, 22, 21],
  ];
  for (const [hcpcs, place, benes, services, days] of rows)
    await db.query(
      `INSERT INTO "MedicareServiceStat" ("npi", "year", "hcpcs", "placeOfService", "beneficiaries", "services", "beneficiaryDays", "importId")
       VALUES ($1, 2023, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [npi, hcpcs, place, benes, services, days, imp.rows[0]!.id],
    );
  const clinicians = await db.query<{ id: number }>(
    `INSERT INTO "MedicareImport" ("dataset", "sourceFile", "release", "layout", "rowsScanned", "rowsKept", "rowsRejected", "startedAt", "finishedAt")
     VALUES ('clinicians', 'e2e fixture: fictional Care Compare row', '2026-03-03 (test)', 'test', 1, 1, 0, now(), now()) RETURNING id`,
  );
  await db.query(
    `INSERT INTO "CareCompareClinician" ("npi", "fileDate", "medicalSchool", "graduationYear", "specialties", "acceptsAssignment", "telehealth", "groupNames", "addresses", "hospitals", "importId")
     VALUES ($1, '2026-03-03', 'OTHER', 1995, ARRAY['PHYSICAL MEDICINE AND REHABILITATION'], 'Y', true, ARRAY[]::text[], '[]', $2, $3)
     ON CONFLICT ("npi") DO NOTHING`,
    [npi, JSON.stringify([{ ccn: "999999", name: "Fixture Valley Hospital" }]), clinicians.rows[0]!.id],
  );
}

test("an imported listing's profile shows Medicare evidence with its year and caveats", async ({ page }) => {
  const npi = importRegistryRow();
  await addMedicareRows(npi);
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM "Provider" WHERE npi = $1 AND source = 'NPPES_IMPORT' AND status = 'PUBLISHED' AND NOT claimed`,
    [npi],
  );
  expect(rows[0], "an imported, published, unclaimed listing").toBeDefined();
  await page.goto(`/providers/${rows[0]!.id}`);
  await expect(page.getByText("From the public NPI registry, not yet claimed").first()).toBeVisible();

  const claims = page.getByRole("region", { name: "Evidence from Medicare claims" });
  await expect(claims).toBeVisible();
  const table = claims.getByRole("table", {
    name: /Medicare Part B claims of this doctor, data years 2021 to 2023/,
  });
  const y2023 = table.getByRole("row", { name: /From public Medicare data, 2023/ });
  // 42 in the office, 13 in a facility: at least 42 patients (a patient may be in both), 135 visits.
  await expect(y2023).toContainText("At least 42 patients, 135 visits");
  await expect(y2023).toContainText("EMG (95874)");
  await expect(y2023).toContainText("onabotulinumtoxinA (Botox)");
  await expect(y2023.getByRole("cell").last()).toHaveText("At least 20 patients");
  // Drug units are never patients or visits, and a year without rows is not published, never 0.
  await expect(claims).not.toContainText("10,140");
  await expect(claims).not.toContainText("10140");
  await expect(table.getByRole("row", { name: /2022/ })).toContainText(
    "Not published: fewer than 11 Medicare patients for each code, or none",
  );
  await expect(claims.locator('[data-fact="public"]').first()).toHaveText("▣From public Medicare data, 2023");
  // What the numbers are not, and where they come from.
  await expect(claims).toContainText("Medicare Part B fee-for-service patients only, not all patients");
  await expect(claims).toContainText("CMS does not publish counts under 11 patients");
  await expect(claims).toContainText(
    "Migraine injections (CPT 64615, chronic migraine) are not neck injections",
  );
  await expect(
    claims.getByRole("link", { name: /Medicare Physician & Other Practitioners/ }),
  ).toHaveAttribute(
    "href",
    /data\.cms\.gov\/provider-summary-by-type-of-service\/.*by-provider-and-service$/,
  );
  await expect(claims).toContainText(`2021, 2022 and 2023: ${DEMO_CLAIMS_SOURCE}`);
  // The listing is not a demo provider: no demo label (its source file says what it is).
  await expect(claims).not.toContainText("fictional, made up for the demo");

  // Care Compare: graduation as "in practice since" (not years injecting), hospitals, and in step 5
  // Medicare assignment and telehealth billed, beside the registry's "not confirmed".
  const credentials = page.locator("#credentials");
  await expect(credentials).toContainText("Medical school graduation");
  await expect(credentials).toContainText("1995");
  await expect(credentials).toContainText(
    "says nothing about how long the doctor has given botulinum toxin injections",
  );
  await expect(credentials).toContainText("Fixture Valley Hospital");
  const consultation = page.locator("#consultation");
  await expect(consultation.getByText("Not confirmed by the practice").first()).toBeVisible();
  await expect(consultation).toContainText("Accepts Medicare assignment");
  await expect(consultation).toContainText("Medicare claims show telehealth services");
  await expect(consultation.locator('[data-fact="public"]').first()).toHaveText(
    "▣Public record: Medicare Care Compare, updated March 3, 2026",
  );
  await expectNoSeriousA11yViolations(page);

  // On paper the whole table prints, not a scrolled slice of it.
  await page.emulateMedia({ media: "print" });
  await expect(y2023.getByRole("cell").last()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
});

test("a demo provider's Medicare figures say they are fictional", async ({ page }) => {
  const { rows } = await db.query<{ id: number }>(
    `SELECT p.id FROM "Provider" p
     WHERE p.source = 'DEMO' AND p.status = 'PUBLISHED'
       AND EXISTS (SELECT 1 FROM "MedicareServiceStat" s WHERE s.npi = p.npi AND s.year = 2023 AND s.hcpcs = '64616')
     ORDER BY p.id LIMIT 1`,
  );
  expect(rows[0], "a demo provider with fictional 2023 neck injection claims").toBeDefined();
  await page.goto(`/providers/${rows[0]!.id}`);
  const claims = page.getByRole("region", { name: "Evidence from Medicare claims" });
  await expect(claims.getByText(CLAIMS_DEMO_NOTE)).toBeVisible();
  await expect(claims.getByRole("row", { name: /From public Medicare data, 2023/ })).toContainText(
    /At least \d+ patients/,
  );
  await expect(claims).toContainText(DEMO_CLAIMS_SOURCE);
  await expectNoSeriousA11yViolations(page);
});
