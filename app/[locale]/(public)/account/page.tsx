import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { listOwnProviders, listOwnSubmissions } from "@/lib/data/accounts";
import type { ProviderStatus, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import styles from "./account.module.css";
import { signOut } from "./actions";
import { ConfirmCurrentForm } from "./confirm-current-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const SUBMISSION_STATUS: Record<SubmissionStatus, string> = {
  PENDING: "Waiting for review",
  APPROVED: "Approved",
  REJECTED: "Not approved",
  WITHDRAWN: "Replaced by a newer edit",
};
const KIND: Record<SubmissionKind, string> = {
  NEW: "New profile",
  EDIT: "Profile changes",
  CLAIM: "Claim of a listing",
};
const PROVIDER_STATUS: Record<ProviderStatus, string> = {
  DRAFT: "Draft",
  PENDING: "Pending",
  PUBLISHED: "Published",
  SUSPENDED: "Suspended",
};

const date = (d: Date) => d.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?next=/account");
  const [providers, submissions, params] = await Promise.all([
    listOwnProviders({ userId: user.id }),
    listOwnSubmissions({ userId: user.id }),
    searchParams,
  ]);
  const edited =
    typeof params.edited === "string" && /^NCF-[2-9A-HJ-NP-Z]{6}$/.test(params.edited) ? params.edited : null;
  return (
    <div className="container">
      <div className="section">
        <div className={styles.head}>
          <div>
            <h1>Your account</h1>
            <p className="muted">Signed in as {user.email}</p>
          </div>
          <form action={signOut}>
            <button type="submit" className="button button--secondary">
              Sign out
            </button>
          </form>
        </div>
        {edited ? (
          <p className="alert alert--info" role="status">
            We received your changes ({edited}). Your published profile stays as it is until a moderator
            approves them.
          </p>
        ) : null}

        <section aria-labelledby="profiles-title" className={styles.section}>
          <h2 id="profiles-title">Your profiles</h2>
          {providers.length === 0 ? (
            <p>
              No published profile is linked to this account yet.{" "}
              {submissions.some((s) => s.status === "PENDING")
                ? "It appears here once a moderator approves your submission. "
                : ""}
              <Link href="/providers/new">Add your profile</Link>.
            </p>
          ) : (
            <ul className={styles.cards}>
              {providers.map((p) => (
                <li key={p.id} className="card">
                  <h3>{p.name}</h3>
                  <p className="muted">
                    NPI {p.npi} · {PROVIDER_STATUS[p.status]} ·{" "}
                    {p.lastConfirmedAt ? `Last confirmed ${date(p.lastConfirmedAt)}` : "Never confirmed"}
                  </p>
                  {p.pendingEditReference ? (
                    <p className="alert alert--warn">
                      Your changes ({p.pendingEditReference}) are waiting for review; the published version is
                      shown until then.
                    </p>
                  ) : null}
                  <div className={styles.actions}>
                    {p.profileUrl ? (
                      <Link href={p.profileUrl}>
                        View public profile<span className="visually-hidden"> of {p.name}</span>
                      </Link>
                    ) : null}
                    <Link className="button" href={`/account/providers/${p.id}/edit`}>
                      Edit profile<span className="visually-hidden"> of {p.name}</span>
                    </Link>
                    {p.status === "PUBLISHED" ? <ConfirmCurrentForm providerId={p.id} name={p.name} /> : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="submissions-title" className={styles.section}>
          <h2 id="submissions-title">Your submissions</h2>
          {submissions.length === 0 ? (
            <p>You have not sent any submissions yet.</p>
          ) : (
            // Focusable so keyboard users can scroll it on a narrow screen.
            <div className={styles.tableWrap} role="region" aria-labelledby="submissions-title" tabIndex={0}>
              <table className={styles.table}>
                <caption className="visually-hidden">Your submissions and their status</caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">What</th>
                    <th scope="col">Sent</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {submissions.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{s.reference}</th>
                      <td>
                        {KIND[s.kind]}: {s.providerName}
                      </td>
                      <td>{date(s.createdAt)}</td>
                      <td>
                        <span className={`${styles.status} ${styles[s.status]}`}>
                          {SUBMISSION_STATUS[s.status]}
                        </span>
                        {s.reason ? (
                          <p className={styles.reason}>Moderator&rsquo;s reason: {s.reason}</p>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
