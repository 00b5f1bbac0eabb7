import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { deliverAfterCommit, queueMail } from "@/lib/data/mail";
import { inTransaction } from "@/lib/data/moderation";
import { keyedHash } from "@/lib/data/rate-limit";
import { DELETION_DAYS } from "@/lib/data/retention";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fromPrismaError } from "@/lib/errors";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, localizedPath, type TLocale } from "@/lib/i18n/routing";
import type { ContactStatus, ContactTopic } from "@/lib/generated/prisma/enums";
import { newContactReference } from "@/lib/reference";
import { CONTACT_TOPICS, type TContactMessage } from "@/lib/validation/contact";

// Messages to the moderators from /contact. Stored (moderators read them at /admin/contact, and a
// notice without the message's words is e-mailed to each moderator); the sender gets a receipt with
// the reference. A "delete my data" message is carried out by lib/data/data-deletion.ts.

/** A form must be open this long before it is sent: bots post at once, people take longer. */
export const MIN_FORM_SECONDS = 3;
/** ...and not longer than this: an old stamp is refused (the form then carries a fresh one). */
const MAX_FORM_HOURS = 24;

/**
 * When the form was rendered, signed: "<ms>.<keyed hash>". A bot cannot make up a stamp that passes
 * the time check without fetching the form first and waiting.
 */
export function contactFormStamp(now = Date.now()): string {
  return `${now}.${keyedHash(`contact-form:${now}`)}`;
}

export type TStampCheck = "ok" | "too-fast" | "invalid";

export function checkContactFormStamp(stamp: string, now = Date.now()): TStampCheck {
  const m = /^(\d{13})\.([0-9a-f]{32})$/.exec(stamp);
  if (!m || keyedHash(`contact-form:${m[1]}`) !== m[2]) return "invalid";
  const age = now - Number(m[1]);
  if (age < MIN_FORM_SECONDS * 1000) return "too-fast";
  if (age > MAX_FORM_HOURS * 3_600_000) return "invalid";
  return "ok";
}

/** Stores a message, queues the sender's receipt and the moderators' notice (after the commit). */
export async function createContactMessage(opts: {
  input: TContactMessage;
  networkHash: string;
  /** The language of the form the message came from: the sender's receipt is in it. */
  locale?: TLocale;
}): Promise<{ reference: string }> {
  const { input } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      const reference = await db.$transaction(async (tx) => {
        const row = await tx.contactMessage.create({
          data: {
            reference: newContactReference(),
            topic: CONTACT_TOPICS[input.topic].db,
            name: input.name,
            email: input.email,
            message: input.message,
            networkHash: opts.networkHash,
          },
          select: { reference: true },
        });
        await queueMail(tx, {
          to: input.email,
          subject: receiptWords(opts.locale ?? DEFAULT_LOCALE)("subject", { reference: row.reference }),
          text: receiptText(input, row.reference, opts.locale ?? DEFAULT_LOCALE),
        });
        const moderators = await tx.user.findMany({ where: { role: "MODERATOR" }, select: { email: true } });
        for (const m of moderators) {
          // No words of the message and no address: the notice only points to /admin/contact.
          await queueMail(tx, {
            to: m.email,
            subject: `New message to the moderators: ${CONTACT_TOPICS[input.topic].label} (${row.reference})`,
            text: `A message (${row.reference}) is waiting at ${new URL("/admin/contact", env().APP_URL).toString()}.`,
          });
        }
        return row.reference;
      });
      deliverAfterCommit();
      return { reference };
    } catch (e) {
      // The reference is the only unique column: on the rare collision, try again with another.
      if (fromPrismaError(e)?.code !== "CONFLICT" || attempt >= 3) throw e;
    }
  }
}

const receiptWords = (locale: TLocale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "patientMail.contact" });

function receiptText(input: TContactMessage, reference: string, locale: TLocale): string {
  const t = receiptWords(locale);
  const lines = [t("hello", { name: input.name }), "", t("received", { reference })];
  if (input.topic === "delete") lines.push("", t("deletion", { days: DELETION_DAYS }), "", t("notYou"));
  else lines.push("", t("answer"));
  lines.push("", t("privacy", { url: new URL(localizedPath("/privacy", locale), env().APP_URL).toString() }));
  return lines.join("\n");
}

export type TModerationContactMessage = {
  id: number;
  reference: string;
  topic: ContactTopic;
  topicLabel: string;
  name: string;
  email: string;
  message: string;
  status: ContactStatus;
  createdAt: Date;
  closedAt: Date | null;
};

const TOPIC_LABELS = Object.fromEntries(Object.values(CONTACT_TOPICS).map((t) => [t.db, t.label])) as Record<
  ContactTopic,
  string
>;

/** Open messages, oldest first (they wait longest), then the latest closed ones. */
export async function listContactMessagesForModeration(opts: {
  status: ContactStatus;
  limit?: number;
}): Promise<TModerationContactMessage[]> {
  const rows = await db.contactMessage.findMany({
    where: { status: opts.status },
    orderBy: opts.status === "OPEN" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ closedAt: "desc" }],
    take: opts.limit ?? 50,
    select: {
      id: true,
      reference: true,
      topic: true,
      name: true,
      email: true,
      message: true,
      status: true,
      createdAt: true,
      closedAt: true,
    },
  });
  return rows.map((r) => ({ ...r, topicLabel: TOPIC_LABELS[r.topic] }));
}

export async function countOpenContactMessages(): Promise<{ all: number; deletions: number }> {
  const [all, deletions] = await Promise.all([
    db.contactMessage.count({ where: { status: "OPEN" } }),
    db.contactMessage.count({ where: { status: "OPEN", topic: "DELETE_MY_DATA" } }),
  ]);
  return { all, deletions };
}

/**
 * Closes a message the moderator has answered (by e-mail, outside the site). A deletion request is
 * not closed this way: it is carried out (lib/data/data-deletion.ts), or it stays open.
 */
export async function closeContactMessage(opts: { id: number; moderatorId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const row = await tx.contactMessage.findUnique({
      where: { id: opts.id },
      select: { topic: true, reference: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "That message no longer exists.");
    if (row.topic === "DELETE_MY_DATA")
      throw new AppError("CONFLICT", "A deletion request is closed by carrying it out.");
    const { count } = await tx.contactMessage.updateMany({
      where: { id: opts.id, status: "OPEN" },
      data: { status: "CLOSED", closedById: opts.moderatorId, closedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "This message is already closed.");
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: "contact-message.close",
      targetType: "contact-message",
      targetId: row.reference,
    });
  });
}
