// Checks a DATABASE_URL before anything uses it, turning driver errors into one actionable line.
import pg from "pg";

/** @param {string} url @returns {string | null} a problem, or null when the URL parses */
export function databaseUrlProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "DATABASE_URL is not a valid URL. Expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE.";
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    return `DATABASE_URL must start with postgresql:// (got "${parsed.protocol}//").`;
  }
  if (!parsed.hostname) return "DATABASE_URL has no host. Expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE.";
  if (parsed.pathname.length <= 1) return "DATABASE_URL names no database. Add it after the host, e.g. .../neckcare.";
  return null;
}

/** @param {string} url */
export async function checkDatabaseReachable(url) {
  const problem = databaseUrlProblem(url);
  if (problem) throw new Error(problem);
  const { hostname, port, pathname } = new URL(url);
  const where = `${hostname}:${port || 5432}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (e) {
    const err = /** @type {{ code?: string, message?: string }} */ (e);
    const db = decodeURIComponent(pathname.slice(1));
    const reasons = {
      ECONNREFUSED: `nothing is listening at ${where}. Start PostgreSQL there, or unset DATABASE_URL to use the embedded database.`,
      ENOTFOUND: `the host "${hostname}" cannot be found. Check DATABASE_URL.`,
      ETIMEDOUT: `${where} did not answer within 5 seconds. Check the host, port and firewall.`,
      "3D000": `the database "${db}" does not exist on ${where}. Create it (createdb ${db}) or fix DATABASE_URL.`,
      "28P01": `the password for that user was refused by ${where}. Check DATABASE_URL.`,
      "28000": `the server at ${where} refused that user. Check DATABASE_URL.`,
    };
    const reason = (err.code && reasons[/** @type {keyof typeof reasons} */ (err.code)]) ?? firstLineOf(err.message);
    throw new Error(`Cannot use the database in DATABASE_URL: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {string | undefined} text */
function firstLineOf(text) {
  return (text ?? "unknown error").split("\n")[0]?.trim() || "unknown error";
}
