import type { Metadata } from "next";
import styles from "@/components/admin/admin.module.css";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { listOutbox } from "@/lib/data/mail";
import { env } from "@/lib/env";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";

export const metadata: Metadata = { title: "Outbox" };

/**
 * The development outbox: e-mail written to the database when SMTP_URL is unset, so the demo works
 * offline. It holds sign-in links and private addresses, hence moderators only.
 */
export default async function AdminOutboxPage() {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const mails = await listOutbox({ limit: 50 });
  return (
    <AdminShell moderator={moderator} section="/admin/outbox">
      <h1>Outbox</h1>
      {env().SMTP_URL ? (
        <p className="alert alert--info">
          SMTP_URL is set, so e-mail is sent through SMTP and new messages no longer land here.
        </p>
      ) : (
        <p className="muted">
          SMTP_URL is not set, so e-mail is not sent: the 50 most recent messages are kept here instead,
          newest first.
        </p>
      )}
      {mails.length === 0 ? <p>The outbox is empty.</p> : null}
      <div className={styles.stack}>
        {mails.map((m) => (
          <article key={m.id} className="card" aria-labelledby={`mail-${m.id}-subject`}>
            <h2 id={`mail-${m.id}-subject`}>{m.subject}</h2>
            <dl className={styles.details}>
              <dt>To</dt>
              <dd>{m.to}</dd>
              <dt>Written</dt>
              <dd>{formatDateTime(m.createdAt)}</dd>
            </dl>
            {/* Plain text as text: React escapes it, so a message can never inject markup here. */}
            <pre className={styles.pre}>{m.text}</pre>
          </article>
        ))}
      </div>
    </AdminShell>
  );
}
