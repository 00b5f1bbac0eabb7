import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/admin/admin.module.css";
import { AuditTable } from "@/components/admin/audit-table";
import { Flash } from "@/components/admin/flash";
import { formatDate, formatDateTime, words } from "@/components/admin/format";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { StatusBadge } from "@/components/admin/status-badge";
import { getProviderForModeration, type TModerationProvider } from "@/lib/data/moderation-providers";
import { listProviderAudit } from "@/lib/data/moderation-audit";
import { BOARD_NAMES, profileUrl, SPECIALTY_NAMES } from "@/lib/providers/format";
import { VERIFICATION_METHOD_LABELS, ZRouteId } from "@/lib/validation/moderation";
import { AdminShell } from "../../admin-shell";
import { moderatorForPage } from "../../guard";
import { ProviderStatusForm } from "./status-form";
import { VerifyCertificationForm } from "./verify-form";

export const metadata: Metadata = { title: "Provider" };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
type TCert = TModerationProvider["certifications"][number];

function doneMessage(done: unknown, cert: unknown, mailed: boolean): string | undefined {
  const which =
    typeof cert === "string" && /^\d+$/.test(cert) ? `Certification #${cert}` : "The certification";
  const mail = mailed ? " The provider was e-mailed your reason." : "";
  switch (done) {
    case "verified":
      return `${which} is recorded as verified. It now counts for “verified only” searches.`;
    case "rejected":
      return `${which} is recorded as rejected. It no longer counts in search.`;
    case "suspended":
      return `Provider suspended: it no longer appears in search or on its profile.${mail}`;
    case "unsuspended":
      return `Provider reinstated: it appears in search again.${mail}`;
    default:
      return undefined;
  }
}

function certLabel(c: TCert): string {
  const board = c.board === "OTHER" ? (c.boardName ?? "Other board") : c.board;
  const sub = c.subspecialty ? `, subspecialty ${SPECIALTY_NAMES[c.subspecialty]}` : "";
  return `${board}: ${SPECIALTY_NAMES[c.specialty]}${sub}${c.year ? ` (${c.year})` : ""}`;
}

export default async function AdminProviderPage({ params, searchParams }: TProps) {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const id = ZRouteId.safeParse((await params).id);
  if (!id.success) notFound();
  const p = await getProviderForModeration({ id: id.data });
  if (!p) notFound();
  const sp = await searchParams;
  const audit = await listProviderAudit({
    providerId: p.id,
    certificationIds: p.certifications.map((c) => c.id),
  });
  return (
    <AdminShell moderator={moderator} section="/admin/providers">
      <h1>{p.name}</h1>
      <Flash message={doneMessage(sp.done, sp.cert, sp.mailed === "1")} />
      <dl className={styles.details}>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={p.status} />
        </dd>
        <dt>NPI</dt>
        <dd>{p.npi}</dd>
        <dt>Source</dt>
        <dd>
          {words(p.source)}
          {p.claimed ? ", claimed" : ", not claimed"}
        </dd>
        <dt>Contact e-mail (private)</dt>
        <dd>{p.contactEmail ?? "—"}</dd>
        <dt>Account</dt>
        <dd>{p.ownerEmail ?? "No account"}</dd>
        <dt>Published</dt>
        <dd>{formatDate(p.publishedAt)}</dd>
        <dt>Last confirmed</dt>
        <dd>{formatDate(p.lastConfirmedAt)}</dd>
        <dt>Board areas in search</dt>
        <dd>
          {p.boardAreas.join(", ") || "none"} (verified: {p.verifiedBoardAreas.join(", ") || "none"})
        </dd>
        <dt>Locations</dt>
        <dd>
          {p.locations.map((l) => `${l.practiceName}, ${l.city}, ${l.state} ${l.zip}`).join("; ") || "—"}
        </dd>
        <dt>Open reports</dt>
        <dd>{p.openReports > 0 ? <Link href="/admin/reports">{p.openReports} open</Link> : "none"}</dd>
        <dt>Pending submissions</dt>
        <dd>
          {p.pendingSubmissions > 0 ? (
            <Link href="/admin/submissions">{p.pendingSubmissions} pending</Link>
          ) : (
            "none"
          )}
        </dd>
      </dl>
      {p.status === "PUBLISHED" ? (
        <p>
          <Link href={profileUrl(p)}>Public profile</Link>
        </p>
      ) : null}

      <section aria-labelledby="certs-heading" className={styles.stack}>
        <h2 id="certs-heading">Board certifications</h2>
        {p.certifications.length === 0 ? <p>This provider lists no board certification.</p> : null}
        {p.certifications.map((c) => (
          <article key={c.id} id={`cert-${c.id}`} className="card" aria-labelledby={`cert-${c.id}-title`}>
            <h3 id={`cert-${c.id}-title`}>
              {certLabel(c)} <StatusBadge status={c.verificationState} />
            </h3>
            <p className="muted">{c.board === "OTHER" ? "" : BOARD_NAMES[c.board]}</p>
            {c.verificationState !== "UNVERIFIED" ? (
              <dl className={styles.details}>
                <dt>Checked</dt>
                <dd>
                  {formatDateTime(c.verifiedAt)} by{" "}
                  {c.verifiedBy ? c.verifiedBy.email : "an earlier moderator or import"}
                </dd>
                <dt>Method</dt>
                <dd>{c.verificationMethod ? VERIFICATION_METHOD_LABELS[c.verificationMethod] : "—"}</dd>
                <dt>Source</dt>
                <dd>{c.verificationSource ?? "—"}</dd>
                {c.verificationNote ? (
                  <>
                    <dt>Note</dt>
                    <dd>{c.verificationNote}</dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <p>Not checked yet: it shows as self-reported.</p>
            )}
            {c.verificationState === "UNVERIFIED" ? (
              <VerifyCertificationForm certificationId={c.id} label={certLabel(c)} />
            ) : (
              // Re-checks happen (a certificate lapses or is renewed), but rarely: fold the form away.
              <details>
                <summary>Record a new check</summary>
                <VerifyCertificationForm certificationId={c.id} label={certLabel(c)} />
              </details>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="status-heading" className="section">
        <h2 id="status-heading">Listing status</h2>
        {p.status === "PUBLISHED" ? (
          <>
            <p>
              Suspending takes the listing out of search and off its public profile at once, until a moderator
              reinstates it.
            </p>
            <ProviderStatusForm providerId={p.id} change="suspend" />
          </>
        ) : p.status === "SUSPENDED" ? (
          <>
            <p>This listing is suspended. Reinstating it publishes it again as it is.</p>
            <ProviderStatusForm providerId={p.id} change="unsuspend" />
          </>
        ) : (
          <p>
            This listing is {p.status === "PENDING" ? "waiting for review" : "a draft"}: it is published by
            approving its submission.
          </p>
        )}
      </section>

      <section aria-labelledby="audit-heading" className="section">
        <h2 id="audit-heading">Recent moderation of this provider</h2>
        <AuditTable entries={audit} caption="Newest first" />
      </section>
    </AdminShell>
  );
}
