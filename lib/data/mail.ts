import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type TMail = { to: string; subject: string; text: string; html?: string; replyTo?: string };

let transport: Transporter | undefined;

/**
 * Sends an e-mail through SMTP_URL, or, when it is unset, writes it to the development outbox that
 * moderators read at /admin/outbox, so the whole product works offline. Plain text is the source:
 * every message must make sense without HTML.
 */
export async function sendMail(mail: TMail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db.outboxEmail.create({
      data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null },
    });
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    replyTo: mail.replyTo,
  });
}

export async function listOutbox(opts: { limit: number }) {
  return db.outboxEmail.findMany({
    orderBy: { id: "desc" },
    take: opts.limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
