import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { StatusBadge } from "@/components/admin/status-badge";
import { listConsultRequestsForModeration } from "@/lib/data/moderation-consults";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";
import { markSpamAction } from "./actions";

export const metadata: Metadata = { title: "Consult requests" };

export default async function AdminConsultRequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const done = (await searchParams).done;
  const requests = await listConsultRequestsForModeration({ limit: 50 });
  return (
    <AdminShell moderator={moderator} section="/admin/consult-requests">
      <h1>Consult requests</h1>
      <Flash message={done === "spam" ? "Marked as spam." : undefined} />
      <p className="muted">
        The 50 most recent requests, newest first. Patient contact details are private: they are shown here
        only so that you can judge spam. Never copy them elsewhere.
      </p>
      {requests.length === 0 ? <p>No consultation requests yet.</p> : null}
      <div className={styles.stack}>
        {requests.map((r) => (
          <article key={r.id} className="card" aria-labelledby={`consult-${r.id}-title`}>
            <h2 id={`consult-${r.id}-title`}>
              Request #{r.id} to {r.provider.name} <StatusBadge status={r.status} />
            </h2>
            <dl className={styles.details}>
              <dt>Reference</dt>
              <dd>{r.reference}</dd>
              <dt>Received</dt>
              <dd>{formatDateTime(r.createdAt)}</dd>
              <dt>Provider</dt>
              <dd>
                <Link href={`/admin/providers/${r.provider.id}`}>{r.provider.name}</Link>
                {r.practice ? `, ${r.practice}` : null}
              </dd>
              <dt>Patient</dt>
              <dd>{r.patientName}</dd>
              <dt>E-mail</dt>
              <dd>{r.patientEmail ?? "—"}</dd>
              <dt>Phone</dt>
              <dd>{r.patientPhone ?? "—"}</dd>
              <dt>Preferred times</dt>
              <dd>{r.preferredTimes ?? "—"}</dd>
              <dt>Message</dt>
              <dd>
                <p className={styles.quote}>{r.message}</p>
              </dd>
              {r.sameNetworkDay > 1 ? (
                <>
                  <dt>Spam signal</dt>
                  <dd>{r.sameNetworkDay} requests from the same network within 24 hours</dd>
                </>
              ) : null}
            </dl>
            {r.status === "SPAM" ? null : (
              <ActionButtonForm
                action={markSpamAction}
                fields={{ consultRequestId: String(r.id) }}
                label={`Mark request #${r.id} as spam`}
                pendingLabel="Marking…"
                danger
              />
            )}
          </article>
        ))}
      </div>
    </AdminShell>
  );
}
