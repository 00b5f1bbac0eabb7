import { REVIEW_REPORT_REASON_LABELS, type TReviewReportReason } from "@/lib/validation/review";
import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { StatusBadge } from "@/components/admin/status-badge";
import { listOpenReports } from "@/lib/data/moderation-reports";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";
import { ResolveReportForm } from "./resolve-form";
import { ownEntry } from "@/lib/forms";

export const metadata: Metadata = { title: "Reports" };

const DONE: Record<string, string> = { resolved: "Report resolved.", dismissed: "Report dismissed." };

export default async function AdminReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const done = (await searchParams).done;
  const reports = await listOpenReports();
  return (
    <AdminShell moderator={moderator} section="/admin/reports">
      <h1>Open reports</h1>
      <Flash message={ownEntry(DONE, done)} />
      <p className="muted">
        Reports of incorrect provider information and of reviews, oldest first. Resolve a report once you have
        acted on it (for example suspended the listing or asked the provider to correct it); dismiss it when
        there is nothing to do.
      </p>
      {reports.length === 0 ? <p>No open reports.</p> : null}
      <div className={styles.stack}>
        {reports.map((r) => (
          <article key={r.id} className="card" aria-labelledby={`report-${r.id}-title`}>
            <h2 id={`report-${r.id}-title`}>
              Report #{r.id}: {r.target === "REVIEW" ? "a review" : "provider information"}
            </h2>
            <dl className={styles.details}>
              <dt>Received</dt>
              <dd>{formatDateTime(r.createdAt)}</dd>
              <dt>Provider</dt>
              <dd>
                {r.provider ? <Link href={`/admin/providers/${r.provider.id}`}>{r.provider.name}</Link> : "—"}
              </dd>
              <dt>Reason</dt>
              <dd>{REVIEW_REPORT_REASON_LABELS[r.reason as TReviewReportReason] ?? r.reason}</dd>
              <dt>Details</dt>
              <dd>{r.details ? <p className={styles.quote}>{r.details}</p> : "—"}</dd>
              {r.review ? (
                <>
                  <dt>Review</dt>
                  <dd>
                    {r.review.rating} of 5 stars by {r.review.displayName}{" "}
                    <StatusBadge status={r.review.status} />
                    <p className={styles.quote}>{r.review.body}</p>
                  </dd>
                </>
              ) : null}
            </dl>
            <ResolveReportForm reportId={r.id} aboutReview={r.review !== null} />
          </article>
        ))}
      </div>
    </AdminShell>
  );
}
