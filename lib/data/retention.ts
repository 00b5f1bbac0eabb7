import "server-only";
import { DELETION_DAYS, RETENTION } from "@/lib/content/retention";
import { db } from "@/lib/db";

// The purge of personal data past its time (lib/content/retention.ts has the figures, which the
// privacy page states, so the page cannot promise what the code does not do).
// The purge runs from instrumentation.ts every hour, in each server process (deleting what is
// already gone is harmless, so two processes need no coordination).

export { DELETION_DAYS, RETENTION };

const DAY = 86_400_000;

export type TPurgeCounts = {
  consultRequests: number;
  emails: number;
  contactMessages: number;
  unconfirmedReviews: number;
  sessions: number;
  verifications: number;
  rateLimitBuckets: number;
  signInFailures: number;
};

/** Deletes everything past its retention time. Returns how many rows of each kind went. */
export async function purgeExpiredData(now = new Date()): Promise<TPurgeCounts> {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const [
    consultRequests,
    emails,
    contactMessages,
    unconfirmedReviews,
    sessions,
    verifications,
    rateLimitBuckets,
    signInFailures,
  ] = await db.$transaction([
    db.consultRequest.deleteMany({ where: { createdAt: { lt: before(RETENTION.consultRequestDays) } } }),
    db.outboxEmail.deleteMany({
      where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: before(RETENTION.sentEmailDays) } },
    }),
    db.contactMessage.deleteMany({
      where: { status: "CLOSED", closedAt: { lt: before(RETENTION.closedContactMessageDays) } },
    }),
    db.review.deleteMany({
      where: { status: "UNCONFIRMED", confirmExpiresAt: { lt: before(RETENTION.unconfirmedReviewDays) } },
    }),
    db.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.verification.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before(RETENTION.rateLimitDays) } } }),
    db.signInFailure.deleteMany({ where: { lastFailAt: { lt: before(RETENTION.signInFailureDays) } } }),
  ]);
  return {
    consultRequests: consultRequests.count,
    emails: emails.count,
    contactMessages: contactMessages.count,
    unconfirmedReviews: unconfirmedReviews.count,
    sessions: sessions.count,
    verifications: verifications.count,
    rateLimitBuckets: rateLimitBuckets.count,
    signInFailures: signInFailures.count,
  };
}
