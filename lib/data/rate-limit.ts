import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type TLimit = { name: string; limit: number; windowSeconds: number };

// Limits of every public write, in one place. Counted in PostgreSQL (fixed windows), so they hold
// across several app instances.
export const LIMITS = {
  submission: { name: "submission", limit: 5, windowSeconds: 3600 },
  consultRequest: { name: "consult", limit: 5, windowSeconds: 3600 },
  consultRequestPerProvider: { name: "consult-provider", limit: 30, windowSeconds: 3600 },
  signInEmail: { name: "sign-in", limit: 5, windowSeconds: 900 },
  signInEmailPerAddress: { name: "sign-in-address", limit: 3, windowSeconds: 900 },
  report: { name: "report", limit: 10, windowSeconds: 3600 },
  review: { name: "review", limit: 5, windowSeconds: 3600 },
  reviewConfirm: { name: "review-confirm", limit: 20, windowSeconds: 3600 },
  recommendation: { name: "recommendation", limit: 20, windowSeconds: 86400 },
  // Not a write, but each lookup may ask the NPPES API for us: a form needs a few, a scraper many.
  npiLookup: { name: "npi-lookup", limit: 30, windowSeconds: 600 },
  contact: { name: "contact", limit: 5, windowSeconds: 3600 },
  contactPerAddress: { name: "contact-address", limit: 3, windowSeconds: 3600 },
} satisfies Record<string, TLimit>;

/** A keyed hash of an identifier (network, e-mail), so no raw IP or address is stored for limits. */
export function keyedHash(value: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(value).digest("hex").slice(0, 32);
}

/**
 * Counts one event for `subject` (already hashed or otherwise non-identifying) and throws
 * RATE_LIMITED once the limit of the current window is passed.
 */
export async function consumeRateLimit(limit: TLimit, subject: string): Promise<void> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const key = `${limit.name}:${subject}`;
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
    RETURNING count`;
  if ((rows[0]?.count ?? 0) > limit.limit) {
    const minutes = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 60000));
    throw new AppError(
      "RATE_LIMITED",
      `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
  // Old windows are useless; clear a few now and then instead of running a cron job.
  if (Math.random() < 0.01)
    await db.rateLimitBucket.deleteMany({
      where: { windowStart: { lt: new Date(Date.now() - 2 * 86400_000) } },
    });
}
