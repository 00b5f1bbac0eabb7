import { inject } from "vitest";

// Runs before each integration test file imports the app's modules, so lib/db connects to the
// run's own database and never to the developer's.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.TEST_ADMIN_DATABASE_URL = inject("adminDatabaseUrl");
