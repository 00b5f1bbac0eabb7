import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { StatusBadge } from "@/components/admin/status-badge";
import { findProvidersForModeration } from "@/lib/data/moderation-providers";
import { ZProviderLookup } from "@/lib/validation/moderation";
import { AdminShell } from "../admin-shell";
import { moderatorForPage } from "../guard";

export const metadata: Metadata = { title: "Providers" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminProvidersPage({ searchParams }: { searchParams: TSearchParams }) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const params = await searchParams;
  const q = ZProviderLookup.parse(params.q);
  const suspended = !q && params.status === "suspended";
  const providers = await findProvidersForModeration({ q, suspended });
  const caption = q
    ? `Providers matching “${q}”`
    : suspended
      ? "Suspended providers"
      : "Providers with certifications to verify";
  return (
    <AdminShell moderator={moderator} section="/admin/providers">
      <h1>Providers</h1>
      <form method="get" action="/admin/providers" className={styles.inlineForm} role="search">
        <div className="field">
          <label htmlFor="q">Provider id, NPI or name</label>
          <input id="q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className="button">
          Find
        </button>
      </form>
      <p>
        <Link href="/admin/providers">Certifications to verify</Link> ·{" "}
        <Link href="/admin/providers?status=suspended">Suspended providers</Link>
      </p>
      {providers.length === 0 ? (
        <p>No providers found.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">NPI</th>
                <th scope="col">Status</th>
                <th scope="col">Primary location</th>
                <th scope="col">Unverified certifications</th>
              </tr>
            </thead>
            <tbody>
              {providers.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/admin/providers/${p.id}`}>{p.name}</Link>
                  </td>
                  <td>{p.npi}</td>
                  <td>
                    <StatusBadge status={p.status} />
                  </td>
                  <td>{p.city ? `${p.city}, ${p.state}` : "—"}</td>
                  <td>{p.unverified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminShell>
  );
}
