import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import styles from "@/components/admin/admin.module.css";
import { Flash } from "@/components/admin/flash";
import { formatDateTime, words } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { StatusBadge } from "@/components/admin/status-badge";
import { getSubmissionForReview } from "@/lib/data/submissions";
import { ZRouteId } from "@/lib/validation/moderation";
import { AdminShell } from "../../admin-shell";
import { moderatorForPage } from "../../guard";
import { approveSubmissionAction } from "../actions";
import { RejectSubmissionForm } from "./reject-form";
import { ownEntry } from "@/lib/forms";
import { listCompetingClaims } from "@/lib/data/claims";

export const metadata: Metadata = { title: "Review a submission" };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE: Record<string, string> = {
  approved: "Approved. The submitter has been e-mailed. Now verify the provider's certifications.",
  rejected: "Rejected. The submitter has been e-mailed your reason.",
};
const KIND_TITLES = { NEW: "New listing", EDIT: "Profile edit", CLAIM: "Claim of a listing" } as const;

export default async function AdminSubmissionPage({ params, searchParams }: TProps) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const id = ZRouteId.safeParse((await params).id);
  if (!id.success) notFound();
  const s = await getSubmissionForReview({ id: id.data });
  if (!s) notFound();
  const done = (await searchParams).done;
  const competing =
    s.kind === "CLAIM" && s.status === "PENDING" && s.providerId
      ? await listCompetingClaims({ providerId: s.providerId, exceptId: s.id })
      : [];
  const isEdit = s.kind === "EDIT";
  const pending = s.status === "PENDING";
  return (
    <AdminShell moderator={moderator} section="/admin/submissions">
      <p>
        <Link href={`/admin/submissions?kind=${s.kind}`}>
          Back to the {words(s.kind).toLowerCase()} queue
        </Link>
      </p>
      <h1>
        {KIND_TITLES[s.kind]}: {s.providerName}
      </h1>
      <Flash message={ownEntry(DONE, done)} />
      <dl className={styles.details}>
        <dt>Reference</dt>
        <dd>{s.reference}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={s.status} />
        </dd>
        <dt>NPI</dt>
        <dd>{s.npi}</dd>
        <dt>Submitted by (private)</dt>
        <dd>{s.contactEmail}</dd>
        <dt>Received</dt>
        <dd>{formatDateTime(s.createdAt)}</dd>
        {s.reviewedAt ? (
          <>
            <dt>Reviewed</dt>
            <dd>{formatDateTime(s.reviewedAt)}</dd>
          </>
        ) : null}
        {s.reason ? (
          <>
            <dt>Reason given</dt>
            <dd className={styles.quote}>{s.reason}</dd>
          </>
        ) : null}
        {s.providerId ? (
          <>
            <dt>Listing</dt>
            <dd>
              <Link href={`/admin/providers/${s.providerId}`}>Provider #{s.providerId}: moderation page</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {competing.length > 0 ? (
        <section aria-labelledby="competing-heading" className="alert alert--info">
          <h2 id="competing-heading">Other claims of this listing are waiting</h2>
          <p>Compare them before deciding: once one is approved, the others can only be rejected.</p>
          <ul>
            {competing.map((c) => (
              <li key={c.id}>
                <Link href={`/admin/submissions/${c.id}`}>{c.reference}</Link> by {c.contactEmail}, received{" "}
                {formatDateTime(c.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {s.status === "APPROVED" && s.providerId ? (
        <p className="alert alert--info">
          <Link href={`/admin/providers/${s.providerId}#certs-heading`}>
            Verify this provider&rsquo;s certifications
          </Link>
          : until then they show as self-reported.
        </p>
      ) : null}

      <section aria-labelledby="changes-heading" className="section">
        <h2 id="changes-heading">{isEdit ? "What the edit changes" : "The proposed profile"}</h2>
        {s.changes.length === 0 ? (
          <p>
            {isEdit
              ? "This edit changes nothing compared with the published profile."
              : "The submission has no fields."}
          </p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>
                {isEdit
                  ? "Changed fields only; a dash means empty"
                  : "Every field as submitted; a dash means empty"}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  {isEdit ? <th scope="col">Published</th> : null}
                  <th scope="col">Proposed</th>
                </tr>
              </thead>
              <tbody>
                {s.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.label}</th>
                    {isEdit ? <td className={styles.text}>{c.before ?? "—"}</td> : null}
                    <td className={isEdit ? `${styles.text} ${styles.changed}` : styles.text}>
                      {c.after ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {pending ? (
        <section aria-labelledby="decision-heading" className={`section ${styles.stack}`}>
          <h2 id="decision-heading">Decision</h2>
          <div className="card">
            <h3>Approve</h3>
            <p id="approve-hint">
              {s.kind === "NEW"
                ? "Publishes the listing."
                : s.kind === "EDIT"
                  ? "Applies the changes to the published listing."
                  : "Gives the submitter the listing."}{" "}
              The submitter is e-mailed. Certifications are verified separately, on the provider&rsquo;s page.
            </p>
            <ActionButtonForm
              action={approveSubmissionAction}
              fields={{ submissionId: String(s.id) }}
              label="Approve"
              pendingLabel="Approving…"
              describedBy="approve-hint"
            />
          </div>
          <div className="card">
            <h3>Reject</h3>
            <RejectSubmissionForm submissionId={s.id} />
          </div>
        </section>
      ) : null}
    </AdminShell>
  );
}
