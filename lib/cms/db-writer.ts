// The CMS imports' database side. Either way, the stored data is replaced in ONE transaction, so an
// interrupted import (Ctrl-C, a read error, a crash) changes nothing and the previous data stays whole.
// - Claims (ClaimsStage): the kept rows (~1% of the file) are staged in a TEMPORARY table while the
//   file is read (COPY FROM STDIN, see copyRows); the year is replaced in one short transaction at
//   the end. Temporary rather than UNLOGGED: private to the session (two
//   imports never see each other's rows), never WAL-logged, gone with the connection after a crash.
// - Clinicians (CliniciansWriter): every clinician is replaced inside one transaction held open
//   while reading; each record is COPYed, as it is read, into a new table created in that
//   transaction without indexes or foreign key, which are built at the end and the table swapped in
//   for the old one (COPYing into the real table with its primary key, index and foreign key cost
//   the database twice as much; staging in a temporary table and moving everything with one
//   INSERT ... SELECT at the end doubled its work; row-batch INSERTs were three times slower).
//
// Evidence is stored for every NPI, listed or not. Listed providers whose evidence changed get their
// search read model (SearchPoint) rebuilt in the same transaction, as lib/search-columns.ts requires.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rebuildSearchPoints } from "@/lib/search-columns";
import type { TClaimRecord } from "./claims-row";
import type { TClinicianRecord } from "./clinician-row";
import { CopyBuffer } from "./copy-buffer";
import { NpiSet } from "./npi-set";

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

/** A role name as an SQL identifier. */
const pgIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

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

type TCopyValue = string | number | boolean | null;

/** A value in COPY's text format: \N for null; backslash, tab, newline and return escaped. */
function copyText(v: TCopyValue): string {
  if (v === null) return "\\N";
  const t = typeof v === "string" ? v : String(v);
  return /[\\\t\n\r]/.test(t)
    ? t.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"))
    : t;
}

/** One row in COPY's text format, as copyRows() writes it. */
export const copyLine = (row: TCopyValue[]): string => row.map(copyText).join("\t") + "\n";

/** A text[] literal, for a COPY column: every element quoted, quotes and backslashes escaped. */
function arrayLiteral(items: string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

/** COPYs rows already in COPY's text format (lib/cms/copy-buffer.ts) into `table`. */
async function copyBuffer(client: pg.Client, table: string, data: Buffer, options: string): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} FROM STDIN WITH (${options})`));
  const done = finished(stream);
  done.catch(() => {}); // Awaited below; the write's failure is the same error.
  stream.end(data);
  await done;
}

/**
 * COPYs rows into `table` (COPY FROM STDIN, text format), in chunks of ~64 kB, waiting for the
 * stream to drain whenever PostgreSQL is behind.
 */
export async function copyRows(
  client: pg.Client,
  table: string,
  rows: Iterable<TCopyValue[]>,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} FROM STDIN`));
  const done = finished(stream);
  done.catch(() => {}); // Awaited below; the writes' failure is the same error.
  let chunk = "";
  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length >= 65536) {
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), done]);
      chunk = "";
    }
  }
  stream.end(chunk);
  await done;
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
    await copyRows(
      this.client,
      "cms_claims_stage",
      records.map((r) => [
        r.npi,
        r.hcpcs,
        r.placeOfService,
        r.beneficiaries,
        r.services,
        r.beneficiaryDays,
        r.line,
      ]),
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

const CLINICIAN_COLUMNS = `"npi", "fileDate", "medicalSchool", "graduationYear", "specialties", "acceptsAssignment",
  "telehealth", "groupNames", "addresses", "hospitals", "importId"`;
const FACTS_HASH = `md5(row(k."medicalSchool", k."graduationYear", k."specialties", k."acceptsAssignment",
  k."telehealth", k."groupNames", k."addresses", k."hospitals")::text)`;

const CLINICIAN_FIELDS = `npi text, line int, "medicalSchool" text, "graduationYear" int, specialties text[],
  "acceptsAssignment" text, telehealth boolean, "groupNames" text[], addresses jsonb, hospitals jsonb`;

/** The table readers use, and the shadow table an import fills before swapping it in. */
const CLINICIANS = `"CareCompareClinician"`;
const NEXT = `"CareCompareClinician_next"`;

/** A clinician's facts as COPY values (medicalSchool .. hospitals, in CLINICIAN_COLUMNS' order). */
export const clinicianFacts = (r: TClinicianRecord): TCopyValue[] => [
  r.medicalSchool,
  r.graduationYear,
  arrayLiteral(r.specialties),
  r.acceptsAssignment,
  r.telehealth,
  arrayLiteral(r.groupNames),
  JSON.stringify(r.addresses),
  r.hospitals === null ? null : JSON.stringify(r.hospitals),
];

/**
 * One CareCompareClinician row (CLINICIAN_COLUMNS) in COPY's text format, written straight into
 * `out`: the same text as copyLine([npi, fileDate, ...clinicianFacts(r), importId]).
 */
export function writeClinicianRow(
  out: CopyBuffer,
  r: TClinicianRecord,
  fileDate: string,
  importId: number,
): void {
  out
    .text(r.npi)
    .text(fileDate)
    .text(r.medicalSchool)
    .int(r.graduationYear)
    .textArray(r.specialties)
    .text(r.acceptsAssignment)
    .bool(r.telehealth)
    .textArray(r.groupNames)
    .field()
    .ascii("[");
  for (let i = 0; i < r.addresses.length; i++) {
    const a = r.addresses[i]!;
    out
      .ascii(i === 0 ? `{"street1":` : `,{"street1":`)
      .jsonString(a.street1)
      .ascii(`,"street2":`)
      .jsonString(a.street2)
      .ascii(`,"city":`)
      .jsonString(a.city)
      .ascii(`,"state":`)
      .jsonString(a.state)
      .ascii(`,"zip":`)
      .jsonString(a.zip)
      .ascii(`,"phone":`)
      .jsonString(a.phone)
      .ascii("}");
  }
  out.ascii("]");
  if (r.hospitals === null) out.null();
  else {
    out.field().ascii("[");
    for (let i = 0; i < r.hospitals.length; i++) {
      const h = r.hospitals[i]!;
      out
        .ascii(i === 0 ? `{"ccn":` : `,{"ccn":`)
        .jsonString(h.ccn)
        .ascii(`,"name":`)
        .jsonString(h.name)
        .ascii("}");
    }
    out.ascii("]");
  }
  out.int(importId).end();
}

/** A batch of clinicians ready to write (CliniciansWriter.prepare). */
export type TPreparedBatch = { first: Buffer | null; later: TCopyValue[][] };

/**
 * Replaces Care Compare's clinicians in ONE transaction that stays open while the file is read.
 * The records are COPYed (FREEZE) into a shadow table created in that transaction with the table's
 * columns, NOT NULLs and CHECKs but no index or foreign key, so each record costs PostgreSQL only
 * its heap insert. At the end, the primary key and the importId index are built in one sort each,
 * the foreign key is added with one validating query, and the shadow table takes the real one's
 * place (the old table is dropped, the shadow and its indexes renamed to the migrated names, owner
 * and grants carried over) before the commit. Readers see the old table until the commit (they
 * wait on it during the short swap, never see a half table); Ctrl-C or any failure rolls the whole
 * thing back, shadow table included. Each clinician's first run of rows is written while the file
 * is read; a later run of an NPI already written (its rows were scattered in the file) goes to a
 * temporary table and is folded in at the end.
 */
export class CliniciansWriter {
  private importId = 0;
  private fileDate = "";
  private readonly written = new NpiSet();
  replaced = 0;
  scattered = 0;

  constructor(private readonly client: pg.Client) {}

  async begin(meta: TImportMeta, fileDate: string): Promise<void> {
    const c = this.client;
    this.fileDate = fileDate;
    await c.query("BEGIN");
    // The primary key's sort (1.25 million NPIs) in memory rather than on disk.
    await c.query("SET LOCAL maintenance_work_mem = '256MB'");
    this.importId = await insertImport(c, meta);
    // The listed providers' current facts, to find whose change (fileDate and importId aside).
    await c.query(`CREATE TEMPORARY TABLE cms_clinicians_before ON COMMIT DROP AS
      SELECT k."npi", ${FACTS_HASH} AS h FROM ${CLINICIANS} k JOIN "Provider" p ON p."npi" = k."npi"`);
    await c.query(`CREATE TEMPORARY TABLE cms_clinicians_stage (${CLINICIAN_FIELDS}) ON COMMIT DROP`);
    // Columns, NOT NULLs and CHECK constraints (same names) as migrated; indexes and the foreign key
    // come after the load.
    await c.query(`CREATE TABLE ${NEXT} (LIKE ${CLINICIANS} INCLUDING DEFAULTS INCLUDING CONSTRAINTS
      INCLUDING STORAGE INCLUDING COMPRESSION)`);
  }

  /**
   * Turns a batch (NPIs unique within it) into what add() sends, at once: first runs as COPY text,
   * later runs kept for staging. The records are free for the collector as soon as this returns,
   * rather than waiting for the previous batch's write (which made them survive into the old
   * generation).
   */
  prepare(records: TClinicianRecord[]): TPreparedBatch {
    const out = new CopyBuffer(records.length * 400);
    const later: TCopyValue[][] = [];
    for (const r of records) {
      if (this.written.add(r.npi)) writeClinicianRow(out, r, this.fileDate, this.importId);
      else later.push([r.npi, r.line, ...clinicianFacts(r)]);
    }
    return { first: out.length > 0 ? out.take() : null, later };
  }

  /** Writes a prepared batch: first runs into the table, later runs staged. */
  async add(batch: TPreparedBatch): Promise<void> {
    // The table was created in this transaction: rows go in frozen (no hint-bit rewrite or
    // freezing vacuum later); no other transaction can see it before the commit anyway.
    if (batch.first) await copyBuffer(this.client, `${NEXT} (${CLINICIAN_COLUMNS})`, batch.first, "FREEZE");
    if (batch.later.length > 0) {
      this.scattered += batch.later.length;
      await copyRows(this.client, "cms_clinicians_stage", batch.later);
    }
  }

  /**
   * Builds the shadow table's primary key, folds the staged later runs into their clinicians
   * (`fold` merges a clinician's runs, the first run first, then in line order), builds the importId
   * index and adds the foreign key, records the import's counts, swaps the shadow table in, rebuilds
   * the search read model of listed providers whose facts changed, and commits.
   */
  async commit(
    meta: TImportMeta,
    fold: (runs: TClinicianRecord[]) => TClinicianRecord,
  ): Promise<TReplaceResult> {
    const c = this.client;
    const t0 = performance.now();
    const step = (what: string) => {
      if (process.env.CMS_IMPORT_TIMINGS) console.error(`${what}: ${Math.round(performance.now() - t0)} ms`);
    };
    // Temporary names (an index's name is unique in the schema); the swap gives them the real ones.
    await c.query(`ALTER TABLE ${NEXT} ADD CONSTRAINT "CareCompareClinician_next_pkey" PRIMARY KEY ("npi")`);
    step("primary key");
    if (this.scattered > 0) {
      // Each scattered clinician's first run (from the table, line 0 so it sorts first) with its
      // later runs, in order; the folded records replace the first runs. The NPIs are looked up in
      // the primary key (compared as char(10): as text, the key could not be used).
      await c.query(`DECLARE cms_scattered_runs NO SCROLL CURSOR FOR
        SELECT k."npi", 0 AS line, k."medicalSchool", k."graduationYear", k."specialties", k."acceptsAssignment",
          k."telehealth", k."groupNames", k."addresses", k."hospitals"
        FROM ${NEXT} k WHERE k."npi" IN (SELECT DISTINCT npi::char(10) FROM cms_clinicians_stage)
        UNION ALL SELECT * FROM cms_clinicians_stage
        ORDER BY npi, line`);
      const runs: TClinicianRecord[] = [];
      const folded: TClinicianRecord[] = [];
      const flush = async (all: boolean) => {
        if (!all && folded.length < 5000) return;
        const batch = JSON.stringify(folded.splice(0));
        await c.query(
          `DELETE FROM ${NEXT} k USING jsonb_to_recordset($1::jsonb) AS t(npi char(10)) WHERE k."npi" = t.npi`,
          [batch],
        );
        await c.query(
          `INSERT INTO ${NEXT} (${CLINICIAN_COLUMNS})
           SELECT npi, $2::date, "medicalSchool", "graduationYear", specialties, "acceptsAssignment", telehealth,
             "groupNames", addresses, hospitals, $3
           FROM jsonb_to_recordset($1::jsonb) AS t(${CLINICIAN_FIELDS})`,
          [batch, this.fileDate, this.importId],
        );
      };
      for (;;) {
        const { rows } = await c.query<TClinicianRecord>(`FETCH 10000 FROM cms_scattered_runs`);
        for (const row of rows) {
          if (runs.length > 0 && runs[0]!.npi !== row.npi) folded.push(fold(runs.splice(0)));
          runs.push(row);
        }
        if (rows.length === 0) break;
        await flush(false);
      }
      if (runs.length > 0) folded.push(fold(runs));
      if (folded.length > 0) await flush(true);
      await c.query(`CLOSE cms_scattered_runs`);
      step("scattered runs folded");
    }
    await c.query(`CREATE INDEX "CareCompareClinician_next_importId_idx" ON ${NEXT} ("importId")`);
    step("importId index");
    // One query checks every row (a per-row check during the COPY cost a quarter of the database's work).
    await c.query(`ALTER TABLE ${NEXT} ADD CONSTRAINT "CareCompareClinician_importId_fkey" FOREIGN KEY ("importId")
      REFERENCES "MedicareImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE`);
    step("foreign key");
    const stored = this.written.size;
    await c.query(
      `UPDATE "MedicareImport" SET "rowsScanned" = $2, "rowsKept" = $3, "rowsRejected" = $4, "layout" = $5,
         "finishedAt" = now() WHERE "id" = $1`,
      [this.importId, meta.rowsScanned, meta.rowsKept, meta.rowsRejected, meta.layout],
    );
    await this.swap();
    step("swap");
    const providersRefreshed = await refreshProviders(
      c,
      `SELECT coalesce(b."npi", a."npi") FROM cms_clinicians_before b
       FULL JOIN (SELECT k."npi", ${FACTS_HASH} AS h FROM ${CLINICIANS} k JOIN "Provider" p ON p."npi" = k."npi") a
         ON a."npi" = b."npi"
       WHERE a.h IS DISTINCT FROM b.h`,
      [],
    );
    step("providers refreshed");
    await c.query("COMMIT");
    step("commit");
    return { importId: this.importId, stored, replaced: this.replaced, providersRefreshed };
  }

  /**
   * The shadow table takes the real one's place: same owner and grants, the migrated index names.
   * Dropping the old table locks it and MedicareImport (its foreign key's table) until the commit.
   * Anything else depending on the table (a view, say) makes the DROP fail and the import roll back.
   * A deadlock with a reader (it waits on one of the two tables while holding the other) retries the
   * swap alone.
   */
  private async swap(): Promise<void> {
    const c = this.client;
    const { rows } = await c.query<{ owner: string; grants: string[] }>(`
      SELECT pg_get_userbyid(t.relowner) AS owner,
        coalesce((SELECT array_agg(format('GRANT %s ON ${NEXT} TO %s%s', a.privilege_type,
            CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
            CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END))
          FROM aclexplode(t.relacl) a), '{}') AS grants
      FROM pg_class t WHERE t.oid = '${CLINICIANS}'::regclass`);
    const { owner, grants } = rows[0]!;
    await c.query(`ALTER TABLE ${NEXT} OWNER TO ${pgIdent(owner)}`);
    for (const grant of grants) await c.query(grant);
    // The table's own triggers (the search's card version, migration 20261203200000), recreated on
    // the swapped-in table by their definitions, which name the table as it will be called.
    const triggers = (
      await c.query<{ def: string }>(
        `SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = '${CLINICIANS}'::regclass AND NOT tgisinternal ORDER BY tgname`,
      )
    ).rows.map((r) => r.def);
    for (let attempt = 1; ; attempt++) {
      await c.query("SAVEPOINT cms_swap");
      try {
        await c.query(`LOCK TABLE ${CLINICIANS}, "MedicareImport" IN ACCESS EXCLUSIVE MODE`);
        this.replaced = Number(
          (await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${CLINICIANS}`)).rows[0]!.n,
        );
        await c.query(`DROP TABLE ${CLINICIANS}`);
        await c.query(`ALTER TABLE ${NEXT} RENAME TO ${CLINICIANS}`);
        await c.query(`ALTER INDEX "CareCompareClinician_next_pkey" RENAME TO "CareCompareClinician_pkey"`);
        await c.query(
          `ALTER INDEX "CareCompareClinician_next_importId_idx" RENAME TO "CareCompareClinician_importId_idx"`,
        );
        for (const def of triggers) await c.query(def);
        // The swap changed every row without a statement the triggers saw: one that changes nothing
        // fires their statement-level events (the search's cached cards start again).
        await c.query(`DELETE FROM ${CLINICIANS} WHERE false`);
        await c.query("RELEASE SAVEPOINT cms_swap");
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== "40P01" || attempt >= 3) throw e;
        await c.query("ROLLBACK TO SAVEPOINT cms_swap");
      }
    }
  }

  async rollback(): Promise<void> {
    await this.client.query("ROLLBACK").catch(() => {});
  }
}
