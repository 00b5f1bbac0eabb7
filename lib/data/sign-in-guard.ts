import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { keyedHash } from "./rate-limit";

// Moderator passwords, per account (issue 16): the per-network limit alone let eight networks try
// eight passwords. After FREE_FAILURES wrong passwords for one address, each further try waits a
// growing pause after the last failure: 8, 16, 32, then 60 seconds, never more than MAX_PAUSE_SECONDS, so
// an attacker gets about one guess a minute while a moderator who knows the password waits at most
// a minute. Counted for any address, a moderator's or not (the answers must not tell them apart),
// keyed by a hash of the address; forgotten an hour after the last failure or at a success.

export const FREE_FAILURES = 4;
export const MAX_PAUSE_SECONDS = 60;
const FORGET_AFTER_MS = 3_600_000;

export function pauseSeconds(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES + 3), MAX_PAUSE_SECONDS);
}

const accountKey = (email: string) => keyedHash(`moderator-sign-in:${email.trim().toLowerCase()}`);

/** Throws RATE_LIMITED while the address must still wait after its last failures. */
export async function checkPasswordPause(email: string): Promise<void> {
  const row = await db.signInFailure.findUnique({ where: { accountHash: accountKey(email) } });
  if (!row || Date.now() - row.lastFailAt.getTime() > FORGET_AFTER_MS) return;
  const waitMs = row.lastFailAt.getTime() + pauseSeconds(row.failures) * 1000 - Date.now();
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError("RATE_LIMITED", `Too many wrong passwords for this address. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`);
  }
}

/** Counts a wrong password; the first pause and every tenth failure after it go to the audit log. */
export async function recordPasswordFailure(email: string): Promise<void> {
  const accountHash = accountKey(email);
  const forgetBefore = new Date(Date.now() - FORGET_AFTER_MS);
  const rows = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "SignInFailure" ("accountHash", failures, "lastFailAt") VALUES (${accountHash}, 1, now())
    ON CONFLICT ("accountHash") DO UPDATE SET
      failures = CASE WHEN "SignInFailure"."lastFailAt" < ${forgetBefore} THEN 1 ELSE "SignInFailure".failures + 1 END,
      "lastFailAt" = now()
    RETURNING failures`;
  const failures = rows[0]?.failures ?? 1;
  if (failures === FREE_FAILURES || (failures > FREE_FAILURES && (failures - FREE_FAILURES) % 10 === 0)) {
    await recordAudit(db, {
      actorId: null,
      action: "moderator-sign-in.paused",
      targetType: "sign-in-address",
      targetId: accountHash,
      details: { failures, pauseSeconds: pauseSeconds(failures) },
    });
  }
}

export async function clearPasswordFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { accountHash: accountKey(email) } });
}
