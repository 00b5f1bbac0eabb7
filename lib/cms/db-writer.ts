// The CMS imports' database side. Rows are staged in TEMPORARY tables on the import's own connection
// while the file is read (batches of multi-row INSERTs on unnest() arrays, as lib/nppes does), and the
// stored data is replaced in ONE transaction at the end. So an interrupted import (Ctrl-C, a read
// error, a crash) changes nothing: the temporary tables vanish with the connection and the previous
// data stays whole. Temporary rather than UNLOGGED tables: private to the session (two imports never
// see each other's rows), never WAL-logged, and nothing to clean up after a crash.
//
// Evidence is stored for every NPI, listed or not. Listed providers whose evidence changed get their
// search read model (SearchPoint) rebuilt in the same transaction, as lib/search-columns.ts requires.
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rebuildSearchPoints } from "@/lib/search-columns";
import type { TClaimRecord } from "./claims-row";
import type { TClinicianRecord } from "./clinician-row";

export type TImportMeta = {
  dataset: "claims" | "clinicians";
  year: number | null;
  sourceFile: string;
  release: string;
  layout: string;
  rowsScanned: number;
  rowsKept: number;
  rowsRejected: number;
  startedAt: Date;
};

export type TReplaceResult = {
  importId: number;
  stored: number;
  replaced: number;
  providersRefreshed: number;
};

/** Runs `work` in a transaction on `client`, with the executor lib/search-columns.ts takes. */
async function transaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

const executor = (client: pg.Client) => ({
  $executeRaw: (q: Prisma.Sql) => client.query(q.text, q.values).then((r) => r.rowCount ?? 0),
});

async function insertImport(client: pg.Client, meta: TImportMeta): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "MedicareImport" ("dataset", "year", "sourceFile", "release", "layout", "rowsScanned", "rowsKept",
       "rowsRejected", "startedAt", "finishedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING "id"`,
    [
      meta.dataset,
      meta.year,
      meta.sourceFile,
      meta.release,
      meta.layout,
      meta.rowsScanned,
      meta.rowsKept,
      meta.rowsRejected,
      meta.startedAt,
    ],
  );
  return rows[0]!.id;
}

/** Rebuilds the read model of the listed providers with these NPIs; returns how many. */
async function refreshProviders(client: pg.Client, npisSql: string, params: unknown[]): Promise<number> {
  const { rows } = await client.query<{ ids: number[] }>(
    `SELECT coalesce(array_agg(p."id"), '{}') AS ids FROM "Provider" p WHERE p."npi" IN (${npisSql})`,
    params,
  );
  const ids = rows[0]!.ids;
  if (ids.length > 0) await rebuildSearchPoints(executor(client), ids);
  return ids.length;
}

// Claims ------------------------------------------------------------------------------------------

export type TDuplicate = { line: number; npi: string; hcpcs: string; place: string; firstLine: number };

export class ClaimsStage {
  constructor(private readonly client: pg.Client) {}

  async create(): Promise<void> {
    await this.client.query(`CREATE TEMPORARY TABLE cms_claims_stage (
      npi char(10), hcpcs varchar(5), place char(1), beneficiaries int, services float8, days int, line int)`);
  }

  async add(records: TClaimRecord[]): Promise<void> {
    const col = <K extends keyof TClaimRecord>(k: K) => records.map((r) => r[k]);
    await this.client.query(
      `INSERT INTO cms_claims_stage SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::float8[], $6::int[], $7::int[])`,
      [
        col("npi"),
        col("hcpcs"),
        col("placeOfService"),
        col("beneficiaries"),
        col("services"),
        col("beneficiaryDays"),
        col("line"),
      ],
    );
  }

  /** Rows repeating an earlier row's NPI, code and place of service: the first one counts. */
  async duplicates(): Promise<TDuplicate[]> {
    const { rows } = await this.client.query<TDuplicate>(`
      SELECT line, npi, hcpcs, place, first_line AS "firstLine" FROM (
        SELECT line, npi, hcpcs, place, min(line) OVER (PARTITION BY npi, hcpcs, place) AS first_line
        FROM cms_claims_stage) d
      WHERE line <> first_line ORDER BY line`);
    return rows;
  }

  /** Replaces the year's rows with the staged ones in one transaction. */
  async replaceYear(meta: TImportMeta & { year: number }): Promise<TReplaceResult> {
    const c = this.client;
    return transaction(c, async () => {
      // The search's evidence window counts back from the latest claims year imported
      // (lib/search/filters.ts): a newer year moves it for every provider with claims.
      const latest = await c.query<{ year: number | null }>(
        `SELECT max("year") AS year FROM "MedicareImport" WHERE "dataset" = 'claims'`,
      );
      const windowMoves = latest.rows[0]!.year === null || meta.year > latest.rows[0]!.year;
      const importId = await insertImport(c, meta);
      // Listed providers whose rows for the year change (compared before the old rows go).
      const providersRefreshedSql = `
        WITH old AS (
          SELECT s."npi", s."hcpcs", s."placeOfService" AS place, s."beneficiaries", s."services", s."beneficiaryDays" AS days
          FROM "MedicareServiceStat" s JOIN "Provider" p ON p."npi" = s."npi" WHERE s."year" = $1
        ), new AS (
          SELECT DISTINCT ON (t.npi, t.hcpcs, t.place) t.npi, t.hcpcs, t.place, t.beneficiaries, t.services, t.days
          FROM cms_claims_stage t JOIN "Provider" p ON p."npi" = t.npi ORDER BY t.npi, t.hcpcs, t.place, t.line
        )
        SELECT coalesce(o.npi, n.npi) FROM old o FULL JOIN new n
          ON o.npi = n.npi AND o.hcpcs = n.hcpcs AND o.place = n.place
        WHERE (o.beneficiaries, o.services, o.days) IS DISTINCT FROM (n.beneficiaries, n.services, n.days)`;
      const changed = await c.query<{ npi: string }>(providersRefreshedSql, [meta.year]);
      const deleted = await c.query(`DELETE FROM "MedicareServiceStat" WHERE "year" = $1`, [meta.year]);
      // No zero rows are ever written: only rows the file published (11 or more beneficiaries).
      const inserted = await c.query(
        `INSERT INTO "MedicareServiceStat" ("npi", "year", "hcpcs", "placeOfService", "beneficiaries", "services",
           "beneficiaryDays", "importId")
         SELECT DISTINCT ON (npi, hcpcs, place) npi, $1, hcpcs, place, beneficiaries, services, days, $2
         FROM cms_claims_stage ORDER BY npi, hcpcs, place, line`,
        [meta.year, importId],
      );
      const npis = changed.rows.map((r) => r.npi);
      const providersRefreshed = windowMoves
        ? await refreshProviders(
            c,
            `SELECT "npi" FROM "MedicareServiceStat" UNION ALL SELECT unnest($1::text[])`,
            [npis],
          )
        : npis.length
          ? await refreshProviders(c, "SELECT unnest($1::text[])", [npis])
          : 0;
      return {
        importId,
        stored: inserted.rowCount ?? 0,
        replaced: deleted.rowCount ?? 0,
        providersRefreshed,
      };
    });
  }
}

// Clinicians --------------------------------------------------------------------------------------

/** Separates list items in staged text (string_to_array); never in CMS's text. */
const SEP = "\x1f";

export class CliniciansStage {
  constructor(private readonly client: pg.Client) {}

  async create(): Promise<void> {
    await this.client.query(`CREATE TEMPORARY TABLE cms_clinicians_stage (
      npi char(10), line int, school text, grad int, specialties text[], assign char(1), tele boolean,
      groups text[], addresses jsonb, hospitals jsonb)`);
  }

  async add(records: TClinicianRecord[]): Promise<void> {
    const list = (xs: string[]) => xs.join(SEP);
    await this.client.query(
      `INSERT INTO cms_clinicians_stage
       SELECT npi, line, school, grad, CASE WHEN specs = '' THEN '{}' ELSE string_to_array(specs, $11) END, assign, tele,
         CASE WHEN groups = '' THEN '{}' ELSE string_to_array(groups, $11) END, addresses::jsonb, hospitals::jsonb
       FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::text[], $6::text[], $7::boolean[], $8::text[],
         $9::text[], $10::text[]) AS t(npi, line, school, grad, specs, assign, tele, groups, addresses, hospitals)`,
      [
        records.map((r) => r.npi),
        records.map((r) => r.line),
        records.map((r) => r.medicalSchool),
        records.map((r) => r.graduationYear),
        records.map((r) => list(r.specialties)),
        records.map((r) => r.acceptsAssignment),
        records.map((r) => r.telehealth),
        records.map((r) => list(r.groupNames)),
        records.map((r) => JSON.stringify(r.addresses)),
        records.map((r) => (r.hospitals === null ? null : JSON.stringify(r.hospitals))),
        SEP,
      ],
    );
  }

  /**
   * Finds the NPIs staged more than once (the file is mostly grouped by NPI; an NPI whose rows are
   * scattered is staged once per run of rows), for the caller to fold; returns how many.
   */
  async findScattered(): Promise<number> {
    const r = await this.client.query(`CREATE TEMPORARY TABLE cms_clinicians_scattered AS
      SELECT npi FROM cms_clinicians_stage GROUP BY npi HAVING count(*) > 1`);
    return r.rowCount ?? 0;
  }

  /**
   * The staged runs of the scattered NPIs in NPI and line order, `batch` rows at a time, through a
   * cursor: call it inside replaceAll's transaction. An NPI's runs may straddle two batches.
   */
  async *scatteredRuns(batch = 10_000): AsyncGenerator<TClinicianRecord[]> {
    const c = this.client;
    await c.query(`DECLARE cms_scattered_runs NO SCROLL CURSOR FOR
      SELECT s.npi, s.line, s.school AS "medicalSchool", s.grad AS "graduationYear", s.specialties,
        s.assign AS "acceptsAssignment", s.tele AS telehealth, s.groups AS "groupNames", s.addresses, s.hospitals
      FROM cms_clinicians_stage s JOIN cms_clinicians_scattered d ON d.npi = s.npi ORDER BY s.npi, s.line`);
    try {
      for (;;) {
        const { rows } = await c.query<TClinicianRecord>(`FETCH ${batch} FROM cms_scattered_runs`);
        if (rows.length === 0) return;
        yield rows;
      }
    } finally {
      await c.query(`CLOSE cms_scattered_runs`).catch(() => {});
    }
  }

  /** Replaces every clinician with the staged ones (single runs as staged, `folded` for the rest). */
  async replaceAll(
    meta: TImportMeta,
    fileDate: string,
    /** The scattered NPIs, each folded into one record (called inside the transaction). */
    folded: () => AsyncGenerator<TClinicianRecord[]>,
  ): Promise<TReplaceResult> {
    const c = this.client;
    return transaction(c, async () => {
      const importId = await insertImport(c, meta);
      // The listed providers' current facts, to find whose change (fileDate and importId aside).
      await c.query(`CREATE TEMPORARY TABLE cms_clinicians_before ON COMMIT DROP AS
        SELECT k."npi", md5(row(k."medicalSchool", k."graduationYear", k."specialties", k."acceptsAssignment",
          k."telehealth", k."groupNames", k."addresses", k."hospitals")::text) AS h
        FROM "CareCompareClinician" k JOIN "Provider" p ON p."npi" = k."npi"`);
      const deleted = await c.query(`DELETE FROM "CareCompareClinician"`);
      const single = await c.query(
        `INSERT INTO "CareCompareClinician" ("npi", "fileDate", "medicalSchool", "graduationYear", "specialties",
           "acceptsAssignment", "telehealth", "groupNames", "addresses", "hospitals", "importId")
         SELECT npi, $1::date, school, grad, specialties, assign, tele, groups, addresses, hospitals, $2
         FROM cms_clinicians_stage s WHERE NOT EXISTS (SELECT 1 FROM cms_clinicians_scattered d WHERE d.npi = s.npi)`,
        [fileDate, importId],
      );
      let stored = single.rowCount ?? 0;
      for await (const records of folded()) {
        await this.insert(records, fileDate, importId);
        stored += records.length;
      }
      const providersRefreshed = await refreshProviders(
        c,
        `SELECT coalesce(b."npi", a."npi") FROM cms_clinicians_before b
         FULL JOIN (SELECT k."npi", md5(row(k."medicalSchool", k."graduationYear", k."specialties", k."acceptsAssignment",
             k."telehealth", k."groupNames", k."addresses", k."hospitals")::text) AS h
           FROM "CareCompareClinician" k JOIN "Provider" p ON p."npi" = k."npi") a ON a."npi" = b."npi"
         WHERE a.h IS DISTINCT FROM b.h`,
        [],
      );
      return { importId, stored, replaced: deleted.rowCount ?? 0, providersRefreshed };
    });
  }

  private async insert(records: TClinicianRecord[], fileDate: string, importId: number): Promise<void> {
    await this.client.query(
      `INSERT INTO "CareCompareClinician" ("npi", "fileDate", "medicalSchool", "graduationYear", "specialties",
         "acceptsAssignment", "telehealth", "groupNames", "addresses", "hospitals", "importId")
       SELECT npi, $1::date, school, grad,
         CASE WHEN specs = '' THEN '{}' ELSE string_to_array(specs, $12) END, assign, tele,
         CASE WHEN groups = '' THEN '{}' ELSE string_to_array(groups, $12) END, addresses::jsonb, hospitals::jsonb, $2
       FROM unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::boolean[], $9::text[], $10::text[],
         $11::text[]) AS t(npi, school, grad, specs, assign, tele, groups, addresses, hospitals)`,
      [
        fileDate,
        importId,
        records.map((r) => r.npi),
        records.map((r) => r.medicalSchool),
        records.map((r) => r.graduationYear),
        records.map((r) => r.specialties.join(SEP)),
        records.map((r) => r.acceptsAssignment),
        records.map((r) => r.telehealth),
        records.map((r) => r.groupNames.join(SEP)),
        records.map((r) => JSON.stringify(r.addresses)),
        records.map((r) => (r.hospitals === null ? null : JSON.stringify(r.hospitals))),
        SEP,
      ],
    );
  }
}
