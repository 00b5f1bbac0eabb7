// `npm run db:reset -- --yes`: empties the database (yours in DATABASE_URL, or the embedded one),
// applies the migrations and loads the demo data. Destructive, so it asks for --yes.
import { spawn } from "node:child_process";
import "dotenv/config";
import pg from "pg";
import { checkDatabaseReachable } from "./lib/database-url.mjs";
import { firstLine, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { migrate } from "./lib/migrate.mjs";

async function main() {
  let url = process.env.DATABASE_URL;
  const where = url ? `the database in DATABASE_URL (${new URL(url).host}${new URL(url).pathname})` : "the embedded database in .data/postgres";
  if (!process.argv.includes("--yes")) {
    console.error(`This deletes every row of ${where} and reloads the demo data. Run again with --yes: npm run db:reset -- --yes`);
    process.exit(1);
  }
  let stop;
  if (url) await checkDatabaseReachable(url);
  else {
    const db = await startEmbeddedPostgres({ port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
    url = db.url;
    stop = db.stop;
  }
  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    } finally {
      await client.end();
    }
    const { applied } = await migrate({ connectionString: url, log: () => {} });
    console.log(`Database emptied; applied ${applied.length} migration(s).`);
    const code = await new Promise((resolve) =>
      spawn(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } }).on("exit", resolve),
    );
    if (code !== 0) throw new Error("seeding failed (see above)");
  } finally {
    await stop?.();
  }
}

main().catch((e) => {
  console.error(`db:reset: ${firstLine(e)}`);
  process.exit(1);
});
