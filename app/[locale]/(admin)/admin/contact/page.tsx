import type { Metadata } from "next";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import {
  listContactMessagesForModeration,
  type TModerationContactMessage,
} from "@/lib/data/contact-messages";
import { countPersonalData, type TPersonalDataCounts } from "@/lib/data/data-deletion";
import { ownEntry } from "@/lib/forms";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";
import { carryOutDeletionAction, closeContactMessageAction } from "./actions";

export const metadata: Metadata = { title: "Messages" };

const DONE = {
  deleted:
    "The data was deleted, the request with it, and the sender was e-mailed. The audit log has the counts.",
  closed: "Message closed.",
} as const;

function DeletionFacts({ m, counts }: { m: TModerationContactMessage; counts: TPersonalDataCounts }) {
  return (
    <>
      <p>
        Data linked to <strong>{m.email}</strong>, which carrying it out removes:
      </p>
      <ul data-testid={`deletion-counts-${m.id}`}>
        <li>{counts.consultRequests} consultation request(s): deleted</li>
        <li>{counts.reviewsToDelete} unconfirmed review(s) or waiting edit(s): deleted</li>
        <li>{counts.reviewsToUnlink} confirmed review(s): unlinked from the address (the review stays)</li>
        <li>
          {counts.emails} stored e-mail(s) and {counts.contactMessages} message(s) to the moderators: deleted
        </li>
      </ul>
      {counts.hasAccount ? (
        <p className="alert alert--warn">
          This address also has a provider or moderator account. Carrying this out does not touch it: handle
          the account by hand after answering the sender.
        </p>
      ) : null}
    </>
  );
}

export default async function AdminContactPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const done = ownEntry(DONE, (await searchParams).done);
  const [open, closed] = await Promise.all([
    listContactMessagesForModeration({ status: "OPEN" }),
    listContactMessagesForModeration({ status: "CLOSED", limit: 20 }),
  ]);
  const counts = new Map(
    await Promise.all(
      open
        .filter((m) => m.topic === "DELETE_MY_DATA")
        .map(async (m) => [m.id, await countPersonalData({ email: m.email })] as const),
    ),
  );
  return (
    <AdminShell moderator={moderator} section="/admin/contact">
      <h1>Messages to the moderators</h1>
      <Flash message={done} />
      <p className="muted">
        From the contact form, oldest first. Answer by e-mail from the moderators’ mailbox, then close the
        message. The sender’s details are private: never copy them elsewhere. Deletion requests are carried
        out here.
      </p>
      <h2 id="open">Open ({open.length})</h2>
      {open.length === 0 ? <p>No open messages.</p> : null}
      <div className={styles.stack}>
        {open.map((m) => (
          <article key={m.id} className="card" aria-labelledby={`contact-${m.id}-title`}>
            <h3 id={`contact-${m.id}-title`}>
              {m.topic === "DELETE_MY_DATA" ? "Deletion request" : m.topicLabel} · {m.reference}
            </h3>
            <dl className={styles.details}>
              <dt>Received</dt>
              <dd>{formatDateTime(m.createdAt)}</dd>
              <dt>From</dt>
              <dd>
                {m.name},{" "}
                <a href={`mailto:${m.email}?subject=${encodeURIComponent(`Your message ${m.reference}`)}`}>
                  {m.email}
                </a>
              </dd>
              <dt>Message</dt>
              <dd>{m.message ? <p className={styles.quote}>{m.message}</p> : "(none)"}</dd>
            </dl>
            {m.topic === "DELETE_MY_DATA" ? (
              <>
                <DeletionFacts m={m} counts={counts.get(m.id)!} />
                <ActionButtonForm
                  action={carryOutDeletionAction}
                  fields={{ contactMessageId: String(m.id) }}
                  label={`Carry out deletion request ${m.reference}`}
                  pendingLabel="Deleting…"
                  danger
                />
              </>
            ) : (
              <ActionButtonForm
                action={closeContactMessageAction}
                fields={{ contactMessageId: String(m.id) }}
                label={`Close message ${m.reference} (answered)`}
                pendingLabel="Closing…"
              />
            )}
          </article>
        ))}
      </div>
      <h2>Recently closed</h2>
      {closed.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {closed.map((m) => (
            <li key={m.id}>
              {m.reference} · {m.topicLabel} · closed {m.closedAt ? formatDateTime(m.closedAt) : ""}
            </li>
          ))}
        </ul>
      )}
    </AdminShell>
  );
}
