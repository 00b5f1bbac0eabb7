// scripts/lib/migrate.mjs against a real PostgreSQL: applies the migrations, records them exactly as
// Prisma does, is idempotent, and leaves nothing behind when a migration fails.
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { adminUrlFromEnv, databaseUrl } from "../../scripts/lib/test-db.mjs";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? adminUrlFromEnv() ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// A database of its own: this test starts from an empty one, unlike the run's shared (migrated) database.
const DB_NAME = `neckcare_test_migrate_${randomBytes(4).toString("hex")}`;
const DB_URL = databaseUrl(ADMIN_URL, DB_NAME);
const silent = () => {};

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function migrationNames(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

let tmpDir: string | undefined;

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE "${DB_NAME}"`);
});

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

describe("migrate()", () => {
  it("applies every migration and records it the way Prisma does", async () => {
    const { applied } = await migrate({
      connectionString: DB_URL,
      migrationsDir: MIGRATIONS_DIR,
      log: silent,
    });
    expect(applied).toEqual(await migrationNames(MIGRATIONS_DIR));
    expect(applied).toContain("20261126000000_init");

    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Provider", "Location", "Review", "User", "_prisma_migrations"]),
    );
    // The hand-written parts of the migrations ran too.
    const indexes = await query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE indexname LIKE 'x\\_%'`,
    );
    expect(indexes.map((i) => i.indexname).sort()).toEqual([
      "x_name_word_pkey",
      "x_name_word_trgm",
      "x_provider_name_trgm",
      "x_search_change_generation",
      "x_search_generation_pkey",
      "x_search_point_earth",
      "x_search_point_words",
    ]);

    const sql = await readFile(path.join(MIGRATIONS_DIR, "20261126000000_init", "migration.sql"), "utf8");
    const rows = await query<{
      checksum: string;
      finished: boolean;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT checksum, finished_at IS NOT NULL AS finished, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" WHERE migration_name = $1`,
      ["20261126000000_init"],
    );
    expect(rows).toEqual([
      {
        checksum: createHash("sha256").update(sql).digest("hex"),
        finished: true,
        rolled_back_at: null,
        applied_steps_count: 1,
      },
    ]);
  });

  it("applies nothing when run again", async () => {
    const { applied } = await migrate({
      connectionString: DB_URL,
      migrationsDir: MIGRATIONS_DIR,
      log: silent,
    });
    expect(applied).toEqual([]);
  });

  it("rolls back a failing migration completely and names it in a one-line error", async () => {
    tmpDir = await mkdtemp(path.join(os.tmpdir(), "migrate-test-"));
    await cp(MIGRATIONS_DIR, tmpDir, { recursive: true });
    const broken = "29991231235959_broken";
    await mkdir(path.join(tmpDir, broken));
    // The first statement succeeds; the second fails, so the first must be undone.
    await writeFile(
      path.join(tmpDir, broken, "migration.sql"),
      'CREATE TABLE "HalfApplied" ("id" INTEGER);\nSELECT * FROM "DoesNotExist";\n',
    );

    const error = await migrate({ connectionString: DB_URL, migrationsDir: tmpDir, log: silent }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(broken);
    expect(message).toContain('relation "DoesNotExist" does not exist');
    expect(message).toContain("left unchanged");
    expect(message).not.toContain("\n");

    const [state] = await query<{ table: string | null }>(
      `SELECT to_regclass('"HalfApplied"')::text AS "table"`,
    );
    expect(state?.table).toBeNull();
    const recorded = await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken]);
    expect(recorded).toEqual([]);
  });

  it("turns free-text languages into codes, keeps what it cannot recognise, and refills the read model", async () => {
    // A database at the migration before the filter table, with a provider as it was stored then.
    const name = `neckcare_test_migrate_${randomBytes(4).toString("hex")}`;
    const url = databaseUrl(ADMIN_URL, name);
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrate-test-"));
    await adminQuery(`CREATE DATABASE "${name}"`);
    try {
      const names = await migrationNames(MIGRATIONS_DIR);
      const target = "20261203090000_search_filters";
      for (const m of names.filter((n) => n < target)) await cp(path.join(MIGRATIONS_DIR, m), path.join(dir, m), { recursive: true });
      await migrate({ connectionString: url, migrationsDir: dir, log: silent });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO "Provider" (npi, "firstName", "lastName", credential, languages, status, "updatedAt")
           VALUES ('1234567893', 'José', 'Núñez', 'MD', $1, 'PUBLISHED', now()) RETURNING id`,
          [["English", " spanish ", "Español", "Klingon", "Mandarin", "ASL", ""]],
        );
        await client.query(
          `INSERT INTO "Location" ("providerId", "practiceName", street1, city, state, zip, latitude, longitude, "updatedAt")
           VALUES ($1, 'Clínica Sur', '1 A St', 'Chicago', 'IL', '60611', 41.9, -87.6, now())`,
          [rows[0]!.id],
        );
        await cp(path.join(MIGRATIONS_DIR, target), path.join(dir, target), { recursive: true });
        await migrate({ connectionString: url, migrationsDir: dir, log: silent });
        const after = await client.query(`SELECT languages, "languagesOther" FROM "Provider"`);
        expect(after.rows).toEqual([{ languages: ["en", "es", "sgn", "zh"], languagesOther: ["Klingon"] }]);
        const points = await client.query(`SELECT facts, "nameWords" FROM "SearchPoint"`);
        expect(points.rows).toEqual([{ facts: ["language:en", "language:es", "language:sgn", "language:zh"], nameWords: ["jose", "nunez", "clinica", "sur"] }]);
        // The name dictionary has the words, for the name search.
        const words = await client.query(`SELECT word FROM "x_name_word" ORDER BY word`);
        expect(words.rows.map((r) => r.word)).toEqual(["clinica", "jose", "nunez", "sur"]);
      } finally {
        await client.end();
      }
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
