// Throwaway databases for tests: created on the test server, migrated, dropped afterwards.
// Tests never touch the developer's own database, only databases named neckcare_test_*.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "./migrate.mjs";

/** The maintenance database URL of the server that tests should use. */
export function adminUrlFromEnv() {
  const explicit = process.env.TEST_ADMIN_DATABASE_URL;
  if (explicit) return explicit;
  const app = process.env.DATABASE_URL;
  if (!app) return undefined;
  const url = new URL(app);
  url.pathname = "/postgres";
  return url.toString();
}

/** @param {string} adminUrl @param {string} name */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * @param {string} adminUrl
 * @param {string} label
 * @returns {Promise<{ name: string, url: string, drop: () => Promise<void> }>}
 */
export async function createTestDatabase(adminUrl, label) {
  const name = `neckcare_test_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  await migrate({ connectionString: url, log: () => {} });
  return {
    name,
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
