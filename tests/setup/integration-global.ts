import type { TestProject } from "vitest/node";
import { adminUrlFromEnv, createTestDatabase } from "../../scripts/lib/test-db.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

// One migrated database for the integration run, created on the test server and dropped after.
export default async function setup(project: TestProject) {
  const adminUrl = adminUrlFromEnv();
  if (!adminUrl) {
    throw new Error("Integration tests need a PostgreSQL server: run them through `npm test`, or set TEST_ADMIN_DATABASE_URL.");
  }
  const db = await createTestDatabase(adminUrl, "int");
  project.provide("databaseUrl", db.url);
  project.provide("adminDatabaseUrl", adminUrl);
  return async () => {
    await db.drop();
  };
}
