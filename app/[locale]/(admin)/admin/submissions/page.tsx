import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { formatDateTime, words } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { StatusBadge } from "@/components/admin/status-badge";
import { listSubmissions } from "@/lib/data/submissions";
import { SUBMISSION_KINDS, SUBMISSION_STATUSES, ZSubmissionQueueParams } from "@/lib/validation/moderation";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";

export const metadata: Metadata = { title: "Submissions" };

const KIND_LABELS = { NEW: "New listings", EDIT: "Edits", CLAIM: "Claims" } as const;

export default async function AdminSubmissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const { kind, status } = ZSubmissionQueueParams.parse(await searchParams);
  const rows = await listSubmissions({ kind, status, limit: 100 });
  const href = (k: string | undefined, s: string) =>
    `/admin/submissions?${new URLSearchParams({ ...(k ? { kind: k } : {}), status: s.toLowerCase() })}`;
  const title = `${kind ? KIND_LABELS[kind] : "All submissions"}: ${words(status).toLowerCase()}`;
  return (
    <AdminShell moderator={moderator} section="/admin/submissions">
      <h1>Submissions</h1>
      <nav aria-label="Kind of submission">
        <ul className={styles.nav}>
          {[undefined, ...SUBMISSION_KINDS].map((k) => (
            <li key={k ?? "all"}>
              <Link href={href(k, status)} aria-current={k === kind ? "page" : undefined}>
                {k ? KIND_LABELS[k] : "All kinds"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Submission status">
        <ul className={styles.nav}>
          {SUBMISSION_STATUSES.map((s) => (
            <li key={s}>
              <Link href={href(kind, s)} aria-current={s === status ? "page" : undefined}>
                {words(s)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="section">Nothing here: {title}.</p>
      ) : (
        <div className={`${styles.tableWrap} section`}>
          <table className={styles.table}>
            <caption>
              {title} ({rows.length}
              {status === "PENDING" ? ", oldest first" : ", newest first"})
            </caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Kind</th>
                <th scope="col">Provider</th>
                <th scope="col">NPI</th>
                <th scope="col">Received</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admin/submissions/${r.id}`}>{r.reference}</Link>
                  </td>
                  <td>{words(r.kind)}</td>
                  <td>{r.providerName}</td>
                  <td>{r.npi}</td>
                  <td>{formatDateTime(r.createdAt)}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminShell>
  );
}
