// `npm run db:migration:new -- <name>`: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with
// the SQL that takes the database from "all existing migrations applied" to prisma/schema.prisma.
//
// `prisma migrate dev` cannot run here (its native schema engine is downloaded from an unreachable host),
// so this does the same with the WebAssembly schema engine: apply the existing migrations to a throwaway
// shadow database (with scripts/lib/migrate.mjs, exactly as production applies them), ask the engine for
// the diff from that database to the schema, then drop the shadow database.
//
// Hand-written SQL convention: objects schema.prisma cannot express (expression/trigram indexes, CHECK
// constraints) are named with the prefix "x_". The engine does not know them and would drop them, so
// statements dropping an "x_" object (or an extension) are filtered out of the generated SQL.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
// Not a direct dependency: it comes with @prisma/adapter-pg, whose version it must match anyway.
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { migrate, readMigrations } from "./lib/migrate.mjs";

const SCHEMA_FILE = "prisma/schema.prisma";
const MIGRATIONS_DIR = "prisma/migrations";
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

// Statements the diff emits for objects it cannot see in schema.prisma; see the convention above.
const HAND_WRITTEN_DROPS = [
  /\bDROP\s+INDEX\s+(IF\s+EXISTS\s+)?("[^"]*"\.)?"x_/i,
  /\bDROP\s+CONSTRAINT\s+(IF\s+EXISTS\s+)?"x_/i,
  /\bDROP\s+TABLE\s+(IF\s+EXISTS\s+)?("[^"]*"\.)?"x_/i,
  /\bDROP\s+EXTENSION\b/i,
];

// adapter-pg 7.10 rejects result columns of PostgreSQL's internal one-byte type "char" (OID 18), which the
// engine's catalog queries return (e.g. pg_constraint.contype), and the engine wants them typed as
// Character. So the pg client relabels them as "char"[] (OID 1002, which adapter-pg maps to
// CharacterArray; the engine's catalog queries return no real ones), and the adapter wrapper below turns
// that into Character. The values need no change: pg hands "char" over as a one-letter string.
/** @param {pg.QueryResult | undefined} result */
const relabelChar = (result) => {
  for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 1002;
  return result;
};
class CharRelabelingClient extends pg.Client {
  /**
   * pg.Client#query, in its callback and promise forms, with "char" columns relabelled.
   * @param {any} config
   * @param {any} [values]
   * @param {any} [callback]
   * @returns {any}
   */
  query(config, values, callback) {
    if (typeof values === "function") [callback, values] = [values, undefined];
    if (typeof callback === "function") {
      return super.query(config, values, (/** @type {Error} */ err, /** @type {any} */ res) =>
        callback(err, relabelChar(res)),
      );
    }
    const result = /** @type {any} */ (super.query(config, values));
    return typeof result?.then === "function" ? result.then(relabelChar) : result;
  }
}

/**
 * @template {{ queryRaw: Function, startTransaction?: Function }} T
 * @param {T} queryable an adapter or transaction from adapter-pg
 * @returns {T}
 */
function withCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (/** @type {any} */ query) => {
    const result = await queryRaw(query);
    result.columnTypes = result.columnTypes.map((/** @type {number} */ type) =>
      type === ColumnTypeEnum.CharacterArray ? ColumnTypeEnum.Character : type,
    );
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (/** @type {any[]} */ ...args) =>
      withCharColumns(await startTransaction(...args));
  }
  return queryable;
}

/** Loads the engine; importing its .wasm needs `node --experimental-wasm-modules` (the npm script adds it). */
async function loadEngine() {
  try {
    return (await import("@prisma/schema-engine-wasm")).SchemaEngine;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not load @prisma/schema-engine-wasm (${reason}). Run this via \`npm run db:migration:new\`, which passes node --experimental-wasm-modules.`,
    );
  }
}

/**
 * SQL from the live database at `url` to the schema files, computed by the schema engine.
 * @param {typeof import("@prisma/schema-engine-wasm").SchemaEngine} SchemaEngine
 * @param {string} url
 * @param {{ path: string, content: string }[]} files
 */
async function diffDatabaseToSchema(SchemaEngine, url, files) {
  const pool = new pg.Pool({ connectionString: url, Client: CharRelabelingClient });
  const pgFactory = new PrismaPg(pool);
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    connect: async () => withCharColumns(await pgFactory.connect()),
    // Only needed for diffs from a migrations directory, which this script does itself.
    connectToShadowDb: async () => withCharColumns(await pgFactory.connectToShadowDb()),
  });
  const engine = await SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    adapter,
  );
  try {
    // "schemaDatasource" = the database the adapter connects to (the engine refuses plain URLs now).
    const { stdout } = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return stdout ?? "";
  } finally {
    engine.free();
    await pool.end();
  }
}

/**
 * Splits the engine's script into its steps (each starts with a "-- StepName" comment) and removes those
 * that would drop hand-written objects. Also removes BEGIN;/COMMIT; lines (Prisma wraps enum rewrites in
 * them), since scripts/lib/migrate.mjs already runs each migration in a transaction and refuses them.
 * @param {string} script
 */
function filterGeneratedSql(script) {
  const steps = script
    .replace(/^(BEGIN|COMMIT);\n/gm, "")
    .trim()
    .split(/\n{2,}(?=-- )/);
  /** @type {string[]} */
  const removed = [];
  const kept = steps.filter((step) => {
    const drop = HAND_WRITTEN_DROPS.some((re) => re.test(step));
    if (drop) removed.push(step.replace(/^--.*\n/gm, "").trim());
    return !drop;
  });
  // The engine prints only a comment for an empty diff.
  const sql = kept.filter((step) => step.replace(/^--.*$/gm, "").trim() !== "").join("\n\n");
  return { sql: sql ? `${sql}\n` : "", removed };
}

/** @param {string} server @param {string} database */
function withDatabase(server, database) {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** @param {string} name */
const snakeCase = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);

// A panic inside the engine surfaces as an uncaught exception (not a rejection), skipping every finally
// block; the engine reports the panic's message here first (it crashes without this global).
let panicMessage = "";
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: { set_message: (/** @type {string} */ message) => (panicMessage = message) },
});
/** Drops the shadow database once it exists; also called when the engine crashes. */
let dropShadow = async () => {};
process.once("uncaughtException", async (error) => {
  console.error(
    `The schema engine crashed: ${(panicMessage || error.message).replace(/\s+/g, " ").slice(0, 600)}`,
  );
  await dropShadow();
  process.exit(1);
});

async function main() {
  const name = snakeCase(process.argv.slice(2).join(" "));
  if (!name) throw new Error("Usage: npm run db:migration:new -- <name>   (e.g. add_provider_website)");

  const existing = await readMigrations(MIGRATIONS_DIR);
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dirName = `${stamp}_${name}`;
  const last = existing.at(-1)?.name;
  if (last && dirName <= last)
    throw new Error(`New migration ${dirName} would sort before the latest one (${last}); check the clock.`);

  const SchemaEngine = await loadEngine(); // before creating anything, so a missing flag fails fast
  const files = [{ path: SCHEMA_FILE, content: await readFile(SCHEMA_FILE, "utf8") }];
  const server = process.env.DATABASE_URL || DEFAULT_SERVER;
  const shadow = `shadow_${stamp}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${shadow}"`);
  } catch (error) {
    await admin.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not create a temporary shadow database on ${new URL(server).host}: ${reason}. Set DATABASE_URL to a PostgreSQL server where this user may create databases.`,
    );
  }
  // FORCE (PostgreSQL 13+) in case a pooled connection is still closing.
  dropShadow = () =>
    admin
      .query(`DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`)
      .catch(() => {})
      .then(() => admin.end().catch(() => {}));

  let script;
  try {
    await migrate({
      connectionString: withDatabase(server, shadow),
      migrationsDir: MIGRATIONS_DIR,
      log: () => {},
    }).catch((error) => {
      throw new Error(`Could not apply the existing migrations to the shadow database: ${error.message}`);
    });
    script = await diffDatabaseToSchema(SchemaEngine, withDatabase(server, shadow), files);
  } finally {
    await dropShadow();
  }

  const { sql, removed } = filterGeneratedSql(script);
  for (const statement of removed) console.log(`Note: left out (drops a hand-written object): ${statement}`);
  if (!sql) {
    console.log(`No changes: ${SCHEMA_FILE} matches the existing migrations. Nothing was created.`);
    return;
  }
  const dir = path.join(MIGRATIONS_DIR, dirName);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  // Prisma Migrate expects this file next to the migrations (as `migrate dev` writes it); keep an existing one.
  await writeFile(
    path.join(MIGRATIONS_DIR, "migration_lock.toml"),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    { flag: "wx" },
  ).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code !== "EEXIST") throw error;
  });
  console.log(
    `Created ${path.join(dir, "migration.sql")}. Review it, then apply it with \`npm run db:migrate\`.`,
  );
}

main().catch((error) => {
  // Keep schema validation errors (several lines, with a code frame) but not the engine's Rust backtrace.
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    message
      .split("\n")
      .filter((line) => !/^\s+(\d+: |at )/.test(line))
      .join("\n")
      .trimEnd(),
  );
  process.exit(1);
});
