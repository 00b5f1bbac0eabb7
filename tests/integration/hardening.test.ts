// Issue 16 against real PostgreSQL: e-mail only after the commit that caused it (finding 5), the
// outbox never shows a usable link (finding 1), no raw client data on sessions (finding 8), and
// per-account pauses for moderator passwords (finding 3).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverMail, listOutbox, queueMail } from "@/lib/data/mail";
import { keyedHash } from "@/lib/data/rate-limit";
import { submitReview } from "@/lib/data/reviews";
import { checkPasswordPause, clearPasswordFailures, FREE_FAILURES, recordPasswordFailure } from "@/lib/data/sign-in-guard";
import { db } from "@/lib/db";
import { ZReview } from "@/lib/validation/review";
import { createProvider } from "../factories";

const run = randomUUID().slice(0, 8);
let providerId = 0;

beforeAll(async () => {
  providerId = (await createProvider(db, { locations: [{ lat: 46.2, lng: -103.9, zip: "58623", state: "ND" }] })).id;
});

afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS x_test_refuse_review ON "Review"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS x_test_refuse_review()`);
  await db.review.deleteMany({ where: { providerId } });
  await db.provider.deleteMany({ where: { id: providerId } });
  await db.$disconnect();
});

describe("e-mail and transactions", () => {
  it("sends no confirmation for a review whose transaction rolled back", async () => {
    // A deferred constraint trigger fails the commit itself, after everything in the transaction
    // (the review and its e-mail) has run.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION x_test_refuse_review() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."displayName" = 'Rolled Back' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE CONSTRAINT TRIGGER x_test_refuse_review AFTER INSERT OR UPDATE ON "Review" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION x_test_refuse_review()`);
    const email = `rolled-back-${run}@example.org`;
    const input = ZReview.parse({ providerId, displayName: "Rolled Back", email, rating: 4, body: "Thorough exam and a clear plan; the injections helped within two weeks.", attestation: "on" });
    await expect(submitReview({ input, networkHash: keyedHash(`net-${run}`) })).rejects.toThrow();
    expect(await db.review.count({ where: { providerId } })).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
  });

  it("delivers a queued e-mail once its transaction commits, exactly once", async () => {
    const to = `queued-${run}@example.org`;
    const id = await db.$transaction((tx) => queueMail(tx, { to, subject: "Queued", text: "Hello" }));
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    const [first, second] = await Promise.all([deliverMail({ ids: [id] }), deliverMail({ ids: [id] })]);
    expect([...first!, ...second!].filter((r) => r.ok)).toHaveLength(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id }, select: { status: true, via: true, attempts: true } })).toEqual({ status: "SENT", via: "outbox", attempts: 1 });
  });
});

describe("the outbox moderators read", () => {
  it("never shows a usable sign-in link or confirmation token", async () => {
    const to = `outbox-${run}@example.org`;
    const id = await queueMail(db, {
      to,
      subject: "Your sign-in link",
      text: `Sign in: http://localhost:3000/api/auth/magic-link/verify?token=SECRETTOKEN123&callbackURL=%2Faccount\nConfirm: http://localhost:3000/reviews/confirm?token=OTHERSECRET456`,
    });
    await deliverMail({ ids: [id] });
    const shown = (await listOutbox({ limit: 50 })).find((m) => m.id === id);
    expect(shown?.text).toBeDefined();
    expect(shown?.text).not.toContain("SECRETTOKEN123");
    expect(shown?.text).not.toContain("OTHERSECRET456");
    expect(shown?.text).not.toContain("/api/auth/");
  });
});

describe("sessions", () => {
  it("cannot store a raw IP address or user agent", async () => {
    const userId = `session-${run}`;
    await db.user.create({ data: { id: userId, email: `${userId}@example.org`, name: "S" } });
    try {
      await expect(
        db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 60_000), ipAddress: "203.0.113.7", userAgent: "Mozilla/5.0" } }),
      ).rejects.toThrow();
      await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 60_000) } });
    } finally {
      await db.user.delete({ where: { id: userId } });
    }
  });
});

describe("moderator passwords per account", () => {
  it("pauses an address after repeated wrong passwords from any networks, audits it, and forgets it at a success", async () => {
    const email = `mod-${run}@example.org`;
    for (let i = 0; i < FREE_FAILURES - 1; i++) await recordPasswordFailure(email);
    await expect(checkPasswordPause(email)).resolves.toBeUndefined();
    await recordPasswordFailure(email);
    await expect(checkPasswordPause(email)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const audit = await db.auditLog.findFirst({ where: { action: "moderator-sign-in.paused" }, orderBy: { id: "desc" } });
    expect(audit?.details).toMatchObject({ failures: FREE_FAILURES });
    expect(JSON.stringify(audit)).not.toContain(email);
    await clearPasswordFailures(email);
    await expect(checkPasswordPause(email)).resolves.toBeUndefined();
  });

  it("never pauses anyone for more than a minute", async () => {
    const email = `mod-long-${run}@example.org`;
    for (let i = 0; i < 40; i++) await recordPasswordFailure(email);
    const row = await db.signInFailure.findFirstOrThrow({ where: { failures: 40 } });
    await db.signInFailure.update({ where: { accountHash: row.accountHash }, data: { lastFailAt: new Date(Date.now() - 61_000) } });
    await expect(checkPasswordPause(email)).resolves.toBeUndefined();
    await clearPasswordFailures(email);
  });
});
