// Applies prisma/migrations/<name>/migration.sql with plain `pg`, recording each in `_prisma_migrations`
// exactly as Prisma Migrate does, so `prisma migrate deploy` / `status` later see the same history.
// Unlike Prisma, each migration runs in one transaction: PostgreSQL DDL is transactional, so a failed
// migration leaves no trace. (Statements that refuse to run in a transaction, e.g. CREATE INDEX
// CONCURRENTLY, therefore cannot be used in migrations here; PostgreSQL says so when they run.)
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// The advisory-lock key Prisma Migrate uses (prisma-engines, postgres connector), so this script and
// `prisma migrate deploy` also wait for each other.
const LOCK_KEY = 72707369;

// Prisma's own definition of the history table (checked against what its schema engine creates).
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** @typedef {{ name: string, sql: string, checksum: string }} Migration */
/** @typedef {{ migration_name: string, checksum: string, finished_at: Date | null }} HistoryRow */

/** @param {string} text */
const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Migration directories sorted by name (the timestamp prefix gives the order), as Prisma reads them.
 * @param {string} migrationsDir
 * @returns {Promise<Migration[]>}
 */
export async function readMigrations(migrationsDir) {
  /** @type {import("node:fs").Dirent[]} */
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return [];
    throw error;
  }
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch(() => {
        throw new Error(`Migration directory ${name} has no readable migration.sql (${file}).`);
      });
      return { name, sql, checksum: sha256(sql) };
    }),
  );
}

/**
 * Prisma also accepts a checksum taken before a checkout converted line endings (CRLF vs LF).
 * @param {Migration} migration
 * @param {string} checksum
 */
function checksumMatches(migration, checksum) {
  return checksum === migration.checksum || checksum === sha256(migration.sql.replace(/\r\n/g, "\n"));
}

/**
 * Compares the files with the recorded history and returns the migrations still to apply.
 * Refuses (like Prisma) when the history has a failed migration or an applied file was edited.
 * @param {pg.Client} client
 * @param {Migration[]} migrations
 * @param {(line: string) => void} log
 */
async function pending(client, migrations, log) {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
  if (!exists.rows[0].exists) return migrations;
  /** @type {{ rows: HistoryRow[] }} */
  const history = await client.query(
    `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations"
     WHERE "rolled_back_at" IS NULL ORDER BY "started_at"`,
  );
  const failed = history.rows.find((row) => row.finished_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} is recorded as failed (unfinished) in _prisma_migrations. ` +
        `Repair the database by hand, then run \`prisma migrate resolve --rolled-back ${failed.migration_name}\` ` +
        `(or delete that row) before migrating again.`,
    );
  }
  const applied = new Map(history.rows.map((row) => [row.migration_name, row.checksum]));
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && !checksumMatches(migration, checksum)) {
      throw new Error(
        `Migration ${migration.name} was changed after it was applied (its checksum differs from the one ` +
          `recorded in _prisma_migrations). Restore the original file and put the change in a new migration.`,
      );
    }
  }
  const known = new Set(migrations.map((m) => m.name));
  const missing = [...applied.keys()].filter((name) => !known.has(name));
  if (missing.length > 0)
    log(`Note: applied migrations not in the migrations directory: ${missing.join(", ")}`);
  return migrations.filter((m) => !applied.has(m.name));
}

/**
 * Runs `body` with a connected client, closing it afterwards.
 * @template T
 * @param {string} connectionString
 * @param {(client: pg.Client) => Promise<T>} body
 * @returns {Promise<T>}
 */
async function withClient(connectionString, body) {
  // A timeout, because an unreachable host otherwise hangs for minutes before failing.
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  // Errors after connecting (e.g. the server shutting down) must not crash the process unhandled.
  client.on("error", () => {});
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Names of the migrations in `migrationsDir` not yet applied to the database.
 * @param {{ connectionString: string, migrationsDir?: string }} options
 * @returns {Promise<string[]>}
 */
export async function pendingMigrations({ connectionString, migrationsDir = "prisma/migrations" }) {
  const migrations = await readMigrations(migrationsDir);
  return withClient(connectionString, async (client) =>
    (await pending(client, migrations, () => {})).map((m) => m.name),
  );
}

/**
 * One-line description of a PostgreSQL error, with the line in migration.sql where it happened.
 * @param {unknown} error
 * @param {string} sql
 */
function describeSqlError(error, sql) {
  const e = /** @type {{ message?: string, position?: string }} */ (error);
  const message = String(e.message ?? error).replace(/\s+/g, " ");
  if (!e.position) return message;
  const line = sql.slice(0, Number(e.position) - 1).split("\n").length;
  return `${message} (line ${line} of migration.sql)`;
}

/**
 * Applies pending migrations in name order, each in its own transaction.
 * @param {{ connectionString: string, migrationsDir?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ applied: string[] }>}
 */
export async function migrate({ connectionString, migrationsDir = "prisma/migrations", log = console.log }) {
  const migrations = await readMigrations(migrationsDir);
  return withClient(connectionString, async (client) => {
    // Session-level lock: held across the per-migration transactions, released on unlock or disconnect.
    const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEY]);
    if (!rows[0].locked) {
      log("Another process is migrating this database; waiting for it to finish...");
      await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    }
    try {
      await client.query(CREATE_TABLE);
      /** @type {string[]} */
      const applied = [];
      for (const migration of await pending(client, migrations, log)) {
        // A COMMIT inside the file would end our transaction early and break the all-or-nothing promise.
        // ("BEGIN;" never occurs in PL/pgSQL bodies, whose BEGIN takes no semicolon.)
        if (/^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im.test(migration.sql)) {
          throw new Error(
            `Migration ${migration.name} contains its own BEGIN/COMMIT; remove them (each migration already ` +
              `runs in a transaction). Nothing from it was applied.`,
          );
        }
        try {
          await client.query("BEGIN");
          // No parameters, so pg uses the simple query protocol, which runs a multi-statement script.
          await client.query(migration.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations"
               ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
             VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
            [randomUUID(), migration.checksum, migration.name],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          const earlier =
            applied.length > 0 ? ` (the ${applied.length} migration(s) before it were applied)` : "";
          throw new Error(
            `Migration ${migration.name} failed: ${describeSqlError(error, migration.sql)}. ` +
              `It was rolled back, so the database was left unchanged by it${earlier}.`,
          );
        }
        applied.push(migration.name);
        log(`Applied migration ${migration.name}`);
      }
      return { applied };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    }
  });
}
