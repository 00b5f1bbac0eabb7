import Link from "next/link";
import type { TAuditRow } from "@/lib/admin/types";
import styles from "./admin.module.css";
import { formatDateTime } from "./format";

const ACTION_LABELS: Record<string, string> = {
  "review.approve": "Approved a review",
  "review.reject": "Rejected a review",
  "reply.approve": "Approved a reply to a review",
  "reply.reject": "Rejected a reply to a review",
  "recommendation.approve": "Approved a recommendation",
  "recommendation.reject": "Rejected a recommendation",
  "claim.submit": "Submitted a claim of a listing",
  "certification.verify": "Verified a certification",
  "certification.reject": "Rejected a certification",
  "provider.suspend": "Suspended a provider",
  "provider.unsuspend": "Reinstated a provider",
  "report.resolve": "Resolved a report",
  "report.dismiss": "Dismissed a report",
  "review.hide": "Hid a review",
  "consult-request.spam": "Marked a consult request as spam",
  "personal-data.delete": "Carried out a request to delete personal data",
  "contact-message.close": "Closed a message to the moderators",
  "submission.approve": "Approved a submission",
  "submission.reject": "Rejected a submission",
};

function targetLink(e: TAuditRow): React.ReactNode {
  const label = `${e.targetType} #${e.targetId}`;
  if (e.targetType === "submission") return <Link href={`/admin/submissions/${e.targetId}`}>{label}</Link>;
  if (e.providerId !== null) {
    return (
      <>
        {e.targetType === "provider" ? null : `${label}, `}
        <Link href={`/admin/providers/${e.providerId}`}>provider #{e.providerId}</Link>
      </>
    );
  }
  return label;
}

/** Details as "key: value" lines (a state change as "from → to"); values are rendered as text. */
function detailLines(details: Record<string, unknown>): string[] {
  const { from, to } = details;
  const lines = from !== undefined && to !== undefined ? [`${String(from)} → ${String(to)}`] : [];
  for (const [k, v] of Object.entries(details)) {
    // providerId is the Target column's link.
    if (k === "from" || k === "to" || k === "providerId" || v === null || v === undefined) continue;
    lines.push(`${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
  }
  return lines;
}

export function AuditTable({ entries, caption }: { entries: TAuditRow[]; caption: string }) {
  if (entries.length === 0) return <p>No audit entries yet.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Moderator</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.createdAt)}</td>
              <td>{e.actor ?? "System or deleted account"}</td>
              <td>
                {ACTION_LABELS[e.action] ?? e.action}
                <br />
                <code>{e.action}</code>
              </td>
              <td>{targetLink(e)}</td>
              <td>
                {detailLines(e.details).map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
