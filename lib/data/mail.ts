import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env, mailToOutbox } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TMail = { to: string; subject: string; text: string; html?: string; replyTo?: string };

// E-mail is a transactional outbox (issue 16): a change writes its e-mail as an OutboxEmail row in
// its own transaction (queueMail), and the row is delivered only after the commit (deliverMail).
// So no e-mail describes a write that was rolled back, and none is lost when the process stops
// between the commit and the delivery: instrumentation.ts drains what is pending every minute, with
// growing pauses between the attempts of a row the mail server refused.
//
// Delivery is SMTP_URL, or without it the outbox moderators read at /admin/outbox (development,
// tests, and trials with MAIL_OUTBOX=1; production refuses to start with neither: lib/env.ts).

const MAX_ATTEMPTS = 8;
/** Pause before attempt n+1: 1, 2, 4, ... 64 minutes. */
const retryDelayMs = (attempts: number) => 60_000 * 2 ** Math.min(attempts - 1, 6);

let transport: Transporter | undefined;

type TDbClient = Prisma.TransactionClient | typeof db;

/** Writes an e-mail in the caller's transaction; it is delivered once that commits (deliverMail). */
export async function queueMail(tx: TDbClient, mail: TMail): Promise<number> {
  const row = await tx.outboxEmail.create({
    data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, replyTo: mail.replyTo ?? null },
    select: { id: true },
  });
  return row.id;
}

/**
 * Queues an e-mail outside any transaction and delivers it now. Throws when the mail server refused
 * it (the row stays queued and is retried later), so a caller can tell its user.
 */
export async function sendMail(mail: TMail): Promise<void> {
  const id = await queueMail(db, mail);
  const [result] = await deliverMail({ ids: [id] });
  if (result && !result.ok) throw new Error(`e-mail ${id} not delivered yet: ${result.error}`);
}

/** Delivers pending e-mail after the commit that wrote it; failures are logged, never thrown. */
export function deliverAfterCommit(): void {
  deliverMail({}).catch((e: unknown) => console.error("mail: delivery failed", e));
}

/**
 * Delivers pending rows whose time has come (or the given ones), each locked while it is sent, so
 * two processes never send the same row. Returns what became of each row it tried.
 */
export async function deliverMail(opts: { ids?: number[]; limit?: number }): Promise<Array<{ id: number; ok: boolean; error?: string }>> {
  const results: Array<{ id: number; ok: boolean; error?: string }> = [];
  const limit = opts.limit ?? 50;
  for (let i = 0; i < limit; i++) {
    const outcome = await db.$transaction(async (tx) => {
      // One row at a time, locked; rows another process is sending are skipped, not waited for.
      const rows = opts.ids
        ? await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM "OutboxEmail" WHERE id = ANY(${opts.ids}) AND status = 'PENDING' AND id <> ALL(${results.map((r) => r.id)}) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`
        : await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM "OutboxEmail" WHERE status = 'PENDING' AND "nextAttemptAt" <= now() AND id <> ALL(${results.map((r) => r.id)}) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const id = rows[0]?.id;
      if (id === undefined) return null;
      const mail = await tx.outboxEmail.findUniqueOrThrow({ where: { id }, select: { to: true, subject: true, text: true, html: true, replyTo: true, attempts: true } });
      try {
        const via = await transmit(mail);
        await tx.outboxEmail.update({ where: { id }, data: { status: "SENT", via, sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
        return { id, ok: true };
      } catch (e) {
        const attempts = mail.attempts + 1;
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
        await tx.outboxEmail.update({
          where: { id },
          data: { attempts, lastError: error, status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)) },
        });
        return { id, ok: false, error };
      }
    }, { timeout: 60_000 });
    if (!outcome) break;
    results.push(outcome);
  }
  return results;
}

async function transmit(mail: { to: string; subject: string; text: string; html: string | null; replyTo: string | null }): Promise<"smtp" | "outbox"> {
  if (mailToOutbox()) {
    // A trial (MAIL_OUTBOX=1) has no mailbox: whoever runs the server reads the whole message in
    // its log; moderators see it at /admin/outbox with the links blanked.
    if (env().NODE_ENV === "production") console.log(`mail (outbox) to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
    return "outbox";
  }
  const { SMTP_URL, MAIL_FROM } = env();
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined, replyTo: mail.replyTo ?? undefined });
  return "smtp";
}

/**
 * Sign-in links and confirmation tokens blanked out: whoever reads the outbox (a moderator) must
 * not be able to use them, or a moderator could sign in as any provider. Any long token-like
 * query value and any link to the auth endpoints is cut.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/https?:\/\/\S*\/api\/auth\/\S+/g, "[sign-in link removed: it is only delivered by e-mail]")
    .replace(/([?&](?:token|code|key)=)[^\s&]+/gi, "$1[removed]");
}

/** The outbox as moderators see it: e-mail delivered to it, secrets blanked. */
export async function listOutbox(opts: { limit: number }) {
  const rows = await db.outboxEmail.findMany({
    where: { via: "outbox" },
    orderBy: { id: "desc" },
    take: opts.limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, text: redactSecrets(r.text) }));
}
