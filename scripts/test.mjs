// `npm test`: lint, typecheck, Vitest (unit + integration on a throwaway database), a production
// build and Playwright end-to-end tests against it in Debian's Chromium.
// PostgreSQL: the server of TEST_ADMIN_DATABASE_URL or DATABASE_URL when set (only databases named
// neckcare_test_* are created there), otherwise an embedded one in .data/test-postgres.
// Options: --only=lint,typecheck,vitest,build,e2e   --skip=...   (for quick local runs); other
// arguments go to Playwright (e.g. a spec file). NEXT_DIST_DIR, E2E_PORT and E2E_SMTP_PORT let
// two runs share a machine.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import "dotenv/config";
import { buildIsCurrent, writeBuildStamp } from "./lib/build-stamp.mjs";
import { checkDatabaseReachable } from "./lib/database-url.mjs";
import { firstLine, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { startSmtpCatcher } from "./lib/smtp-catcher.mjs";
import { adminUrlFromEnv, createTestDatabase } from "./lib/test-db.mjs";

const ALL = ["lint", "typecheck", "vitest", "build", "e2e"];
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1]?.split(",");
const only = arg("only");
const skip = arg("skip") ?? [];
for (const s of [...(only ?? []), ...skip]) {
  if (!ALL.includes(s)) {
    console.error(`Unknown step "${s}". Steps: ${ALL.join(", ")}.`);
    process.exit(2);
  }
}
const steps = ALL.filter((s) => (!only || only.includes(s)) && !skip.includes(s));
const playwrightArgs = process.argv.slice(2).filter((a) => !a.startsWith("--only=") && !a.startsWith("--skip="));
const distDir = process.env.NEXT_DIST_DIR || ".next";
const E2E_MODERATOR = { email: "moderator@e2e.neckcare.test", password: "e2e-moderator-password-2026" };
const needsDb = steps.includes("vitest") || steps.includes("e2e");

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
const results = [];

function run(label, args, env = process.env) {
  console.log(`\n=== ${label}: ${args.join(" ")}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { stdio: "inherit", env });
    p.on("exit", (code) => {
      results.push({ label, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
      resolve(code === 0);
    });
  });
}

async function cleanup() {
  for (const c of cleanups.reverse()) await c().catch((e) => console.error(`cleanup: ${firstLine(e)}`));
}

async function main() {
  let adminUrl;
  if (needsDb) {
    adminUrl = adminUrlFromEnv();
    if (adminUrl) {
      await checkDatabaseReachable(adminUrl);
      console.log(`Tests use the PostgreSQL server at ${new URL(adminUrl).host} (throwaway neckcare_test_* databases).`);
    } else {
      console.log("No DATABASE_URL: starting an embedded PostgreSQL for the tests in .data/test-postgres.");
      const pgServer = await startEmbeddedPostgres({ dataDir: ".data/test-postgres", port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330) });
      cleanups.push(pgServer.stop);
      ownSignals();
      const url = new URL(pgServer.url);
      url.pathname = "/postgres";
      adminUrl = url.toString();
    }
  }
  const env = { ...process.env, ...(adminUrl ? { TEST_ADMIN_DATABASE_URL: adminUrl } : {}), NEXT_TELEMETRY_DISABLED: "1" };
  let ok = true;

  if (steps.includes("lint")) ok = (await run("lint", ["node_modules/eslint/bin/eslint.js", "."], env)) && ok;
  if (steps.includes("typecheck")) ok = (await run("typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"], env)) && ok;
  if (steps.includes("vitest")) ok = (await run("vitest", ["node_modules/vitest/vitest.mjs", "run"], env)) && ok;

  if (steps.includes("build")) {
    if (buildIsCurrent() && !process.env.CI) {
      console.log("\n=== build: up to date, skipped");
    } else {
      // The typecheck step already checked every file: skip next build's own repeat of it.
      const skipTypes = steps.includes("typecheck") ? { NEXT_SKIP_TYPECHECK: "1" } : {};
      const built = await run("build", ["node_modules/next/dist/bin/next", "build"], { ...env, ...skipTypes, NODE_ENV: "production" });
      if (built) writeBuildStamp();
      ok = built && ok;
    }
  }
  if (steps.includes("e2e")) {
    if (!existsSync(`${distDir}/BUILD_ID`)) {
      console.error(`\n=== e2e: no production build (${distDir}) to test; run the build step first.`);
      ok = false;
    } else {
      const e2eDb = await createTestDatabase(/** @type {string} */ (adminUrl), "e2e");
      cleanups.push(e2eDb.drop);
      // A real SMTP server catches the app's e-mail (sign-in links, notices) for the tests.
      const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
      const mailDir = `.data/e2e-mail-${smtpPort}`;
      const smtp = await startSmtpCatcher({ port: smtpPort, dir: mailDir });
      cleanups.push(smtp.close);
      const e2eEnv = {
        ...env,
        DATABASE_URL: e2eDb.url,
        E2E_DATABASE_URL: e2eDb.url,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        E2E_MAIL_DIR: mailDir,
        E2E_MODERATOR_EMAIL: E2E_MODERATOR.email,
        E2E_MODERATOR_PASSWORD: E2E_MODERATOR.password,
      };
      const seeded =
        (await run("e2e seed", ["--import", "tsx", "prisma/seed.ts"], e2eEnv)) &&
        (await run("e2e moderator", ["--import", "tsx", "scripts/create-moderator.ts", `--email=${E2E_MODERATOR.email}`, "--name=E2E Moderator"], { ...e2eEnv, MODERATOR_PASSWORD: E2E_MODERATOR.password }));
      ok = seeded && (await run("e2e", ["node_modules/@playwright/test/cli.js", "test", ...playwrightArgs], e2eEnv)) && ok;
    }
  }

  console.log("\n=== summary");
  for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.label} (${r.seconds} s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
  return ok;
}

let exitCode = 1;
// Also called after the embedded PostgreSQL starts: it installs signal handlers of its own that
// would exit before the cleanup (dropping test databases) has run.
function ownSignals() {
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.removeAllListeners(sig);
    process.on(sig, () => {
      void cleanup().then(() => process.exit(130));
    });
  }
}
ownSignals();
try {
  exitCode = (await main()) ? 0 : 1;
} catch (e) {
  console.error(`npm test: ${firstLine(e)}`);
} finally {
  await cleanup();
}
process.exit(exitCode);
