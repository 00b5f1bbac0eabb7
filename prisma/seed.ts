// `npm run db:seed`: replaces the demo providers with a fresh deterministic set.
// Flags: --if-empty (skip when any provider exists; used by `npm start`), --count=N.
import "dotenv/config";
import { createPrismaClient } from "@/lib/db-client";
import { generateDemoData } from "./seed/generate";
import { writeDemoData } from "./seed/write";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. Set it, or run `npm start`, which seeds the embedded database itself.");
    process.exit(1);
  }
  const countArg = process.argv.find((a) => a.startsWith("--count="));
  const count = countArg ? Number(countArg.slice("--count=".length)) : 3000;
  if (!Number.isInteger(count) || count < 1 || count > 200_000) {
    console.error(`--count must be a whole number from 1 to 200000 (got "${countArg?.slice(8)}").`);
    process.exit(1);
  }
  const db = createPrismaClient(url, 2);
  try {
    if (process.argv.includes("--if-empty") && (await db.provider.count()) > 0) {
      console.log("Database already has providers: demo data not seeded.");
      return;
    }
    const started = Date.now();
    const data = generateDemoData(count);
    const { providers } = await writeDemoData(db, data);
    console.log(`Seeded ${providers} fictional demo providers in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(`Seeding failed: ${e instanceof Error ? e.message.split("\n").filter(Boolean).pop() : String(e)}`);
  process.exit(1);
});
