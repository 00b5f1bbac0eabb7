import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/data/audit";
import { deliverAfterCommit, queueMail } from "@/lib/data/mail";
import { inTransaction, type TTx } from "@/lib/data/moderation";
import { keyedHash } from "@/lib/data/rate-limit";
import { RETENTION } from "@/lib/data/retention";
import { EDIT_PREFIX } from "@/lib/data/reviews";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { normaliseEmail } from "@/lib/validation/review";

// A patient's request to delete their data (a /contact message with the topic "delete my data"),
// carried out by a moderator from /admin/contact. What is linked to an e-mail address:
// - consultation requests sent with it: deleted;
// - reviews, through the keyed hash of the address (lib/data/reviews.ts): a review never confirmed,
//   or an edit waiting for confirmation or approval, is deleted; a confirmed review loses the hash
//   (replaced by a random value, so "one review per address" no longer links it to anyone) and stays
//   as moderated, under the name its writer chose;
// - e-mails in the outbox table to it or answering to it (copies, receipts, the practice's e-mail
//   with the patient's details): deleted;
// - the sender's messages to the moderators, this request included: deleted.
// The audit log records who carried it out, when, and the counts: never the address.

export type TPersonalDataCounts = {
  consultRequests: number;
  reviewsToDelete: number;
  reviewsToUnlink: number;
  emails: number;
  contactMessages: number;
  /** A provider's or moderator's account uses the address: not deleted here (see the privacy page). */
  hasAccount: boolean;
};

function where(email: string) {
  const address = normaliseEmail(email);
  const hash = keyedHash(address);
  return {
    address,
    hash,
    consult: { patientEmail: { equals: address, mode: "insensitive" as const } },
    reviews: { emailHash: { in: [hash, EDIT_PREFIX + hash] } },
    emails: {
      OR: [
        { to: { equals: address, mode: "insensitive" as const } },
        { replyTo: { equals: address, mode: "insensitive" as const } },
      ],
    },
    messages: { email: address },
  };
}

/** What a deletion request would remove, for the moderator to see before carrying it out. */
export async function countPersonalData(opts: { email: string }): Promise<TPersonalDataCounts> {
  const w = where(opts.email);
  const [consultRequests, reviews, emails, contactMessages, account] = await Promise.all([
    db.consultRequest.count({ where: w.consult }),
    db.review.findMany({ where: w.reviews, select: { status: true, emailHash: true } }),
    db.outboxEmail.count({ where: w.emails }),
    db.contactMessage.count({ where: w.messages }),
    db.user.findUnique({ where: { email: w.address }, select: { id: true } }),
  ]);
  const drop = reviews.filter((r) => dropsWhole(r)).length;
  return {
    consultRequests,
    reviewsToDelete: drop,
    reviewsToUnlink: reviews.length - drop,
    emails,
    contactMessages,
    hasAccount: Boolean(account),
  };
}

const dropsWhole = (r: { status: string; emailHash: string }) =>
  r.status === "UNCONFIRMED" || r.emailHash.startsWith(EDIT_PREFIX);

/**
 * Carries out an open deletion request: deletes and unlinks the data of its address, deletes the
 * request itself, audits the counts and e-mails the address that it is done, in one transaction.
 */
export async function carryOutDeletionRequest(opts: {
  id: number;
  moderatorId: string;
}): Promise<Omit<TPersonalDataCounts, "hasAccount">> {
  const counts = await inTransaction(async (tx) => {
    // Locked, so two moderators clicking at once carry it out once.
    const rows = await tx.$queryRaw<Array<{ email: string; reference: string; topic: string; status: string }>>`
      SELECT email, reference, topic::text AS topic, status::text AS status FROM "ContactMessage" WHERE id = ${opts.id} FOR UPDATE`;
    const request = rows[0];
    if (!request) throw new AppError("NOT_FOUND", "That request no longer exists: it may have been carried out already.");
    if (request.topic !== "DELETE_MY_DATA") throw new AppError("CONFLICT", "This message is not a deletion request.");
    if (request.status !== "OPEN") throw new AppError("CONFLICT", "This deletion request is already closed.");
    const counts = await deleteFor(tx, request.email);
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: "personal-data.delete",
      targetType: "contact-message",
      targetId: request.reference,
      details: counts,
    });
    await queueMail(tx, {
      to: request.email,
      subject: `Your data was deleted (reference ${request.reference})`,
      text: doneText(request.reference, counts),
    });
    return counts;
  });
  deliverAfterCommit();
  return counts;
}

async function deleteFor(tx: TTx, email: string): Promise<Omit<TPersonalDataCounts, "hasAccount">> {
  const w = where(email);
  const consultRequests = (await tx.consultRequest.deleteMany({ where: w.consult })).count;
  const reviews = await tx.review.findMany({ where: w.reviews, select: { id: true, status: true, emailHash: true } });
  const drop = reviews.filter(dropsWhole).map((r) => r.id);
  if (drop.length) await tx.review.deleteMany({ where: { id: { in: drop } } });
  const keep = reviews.filter((r) => !dropsWhole(r));
  // One random value each: the (providerId, emailHash) index stays unique and links to nobody.
  for (const r of keep) await tx.review.update({ where: { id: r.id }, data: { emailHash: `erased:${randomUUID()}` } });
  const emails = (await tx.outboxEmail.deleteMany({ where: w.emails })).count;
  const contactMessages = (await tx.contactMessage.deleteMany({ where: w.messages })).count;
  return { consultRequests, reviewsToDelete: drop.length, reviewsToUnlink: keep.length, emails, contactMessages };
}

function doneText(reference: string, c: Omit<TPersonalDataCounts, "hasAccount">): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    "Hello,",
    "",
    `As you asked (reference ${reference}), a NeckCare Finder moderator deleted the data linked to this e-mail address:`,
    `- ${plural(c.consultRequests, "consultation request", "consultation requests")};`,
    `- ${plural(c.reviewsToDelete, "unconfirmed review or review edit", "unconfirmed reviews or review edits")};`,
    `- ${plural(c.reviewsToUnlink, "published or moderated review", "published or moderated reviews")} no longer linked to this address (the review stays under the name you chose; write to us if you want it removed);`,
    `- ${plural(c.emails, "stored e-mail", "stored e-mails")} and ${plural(c.contactMessages, "message", "messages")} to the moderators.`,
    "",
    "Practices you wrote to keep the e-mail they received: ask them directly to delete it.",
    `This notice itself is deleted from our records after ${RETENTION.sentEmailDays} days. Privacy policy: ${new URL("/privacy", env().APP_URL).toString()}`,
  ].join("\n");
}
