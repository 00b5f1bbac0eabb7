// Tells the running web server that data changed outside it (an import, `npm run data:update`,
// the seed), so that it expires its cached profiles (POST /api/revalidate, lib/cache-tags.ts).
// Never throws: an unreachable server is reported in one line; its cached profiles then refresh
// within an hour on their own (PROFILE_REVALIDATE_SECONDS).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { revalidateToken } from "@/lib/cache-tags";

/** AUTH_SECRET as the server has it: the environment, or the one `npm start` keeps in .data. */
function authSecret(env: Record<string, string | undefined>): string | null {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.resolve(".data/auth-secret");
  return existsSync(file) ? readFileSync(file, "utf8").trim() || null : null;
}

export type TNotifyResult = { ok: boolean; message: string };

export async function notifyProfilesChanged(
  what: { all: true } | { providers: number[] },
  env: Record<string, string | undefined> = process.env,
): Promise<TNotifyResult> {
  const base = env.REVALIDATE_URL || env.APP_URL || "http://localhost:3000";
  const later = "cached profiles refresh on their own within an hour";
  const secret = authSecret(env);
  if (!secret) return { ok: false, message: `Web server not told (no AUTH_SECRET): ${later}.` };
  let url: URL;
  try {
    url = new URL("/api/revalidate", base);
  } catch {
    return { ok: false, message: `Web server not told (REVALIDATE_URL/APP_URL "${base}" is not a URL): ${later}.` };
  }
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${revalidateToken(secret)}`, "Content-Type": "application/json" },
      body: JSON.stringify(what),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.ok) return { ok: true, message: `Web server at ${url.origin} told to refresh its cached profiles.` };
    return { ok: false, message: `Web server at ${url.origin} answered ${res.status} to the refresh: ${later}.` };
  } catch (e) {
    const reason = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    return { ok: false, message: `Web server at ${url.origin} not reached (${reason}): ${later}.` };
  }
}
