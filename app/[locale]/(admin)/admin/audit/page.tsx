import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { AuditTable } from "@/components/admin/audit-table";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/data/moderation-audit";
import { ZPageParam } from "@/lib/validation/moderation";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const page = ZPageParam.parse((await searchParams).page);
  const { total, entries } = await listAuditEntries({ page });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <AdminShell moderator={moderator} section="/admin/audit">
      <h1>Audit log</h1>
      <p className="muted">
        Every moderator action, newest first. Entries are written in the same transaction as the action and
        never edited.
      </p>
      <AuditTable
        entries={entries}
        caption={`${total.toLocaleString("en-US")} entries, page ${page} of ${pages}`}
      />
      <nav aria-label="Audit log pages" className={styles.pager}>
        {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`}>Newer entries</Link> : null}
        {page < pages ? <Link href={`/admin/audit?page=${page + 1}`}>Older entries</Link> : null}
      </nav>
    </AdminShell>
  );
}
