// `npm run db:migrate`: applies pending prisma/migrations to the database in DATABASE_URL.
// Replaces `prisma migrate deploy`, whose native engine cannot be downloaded here; the history it
// writes is Prisma's, so `prisma migrate deploy` / `status` keep working wherever they can run.
import "dotenv/config";
import { migrate } from "./lib/migrate.mjs";

/**
 * The URL without its password, for messages.
 * @param {string} url
 */
function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

/**
 * One line for errors raised before any SQL ran (bad URL, server down, wrong credentials, ...).
 * @param {unknown} error
 * @param {string} url
 */
function describe(error, url) {
  const e = /** @type {{ code?: string, message?: string }} */ (error);
  const message = String(e.message ?? error).split("\n")[0];
  if (message.startsWith("Migration ")) return message;
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error();
  } catch {
    return "DATABASE_URL is not a valid PostgreSQL URL (expected postgresql://user:password@host:5432/database).";
  }
  const connectionProblem =
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH)$/.test(e.code ?? "") ||
    /^(28|3D|08)/.test(e.code ?? "") ||
    /timeout|terminated|SSL/i.test(message);
  return connectionProblem
    ? `Could not connect to the database at ${redact(url)}: ${message || e.code}.`
    : `Migrating ${redact(url)} failed: ${message}`;
}

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL is not set: set it to your PostgreSQL database, or use `npm start`, which runs an embedded database and migrates it.",
  );
  process.exit(1);
}

try {
  const { applied } = await migrate({ connectionString: url });
  console.log(applied.length > 0 ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (error) {
  console.error(describe(error, url));
  process.exit(1);
}
