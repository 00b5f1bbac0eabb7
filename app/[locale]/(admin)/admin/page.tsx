import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { countOpenContactMessages } from "@/lib/data/contact-messages";
import { getModerationCounts } from "@/lib/data/moderation";
import { countReviewQueues } from "@/lib/data/review-moderation";
import { AdminShell } from "./admin-shell";
import { moderatorForPage } from "./guard";

export const metadata: Metadata = { title: "Moderation dashboard" };

export default async function AdminDashboardPage() {
  const moderator = await moderatorForPage();
  if (!moderator) return <OnlyModerators />;
  const [counts, reviewQueues, messages] = await Promise.all([
    getModerationCounts(),
    countReviewQueues(),
    countOpenContactMessages(),
  ]);
  const queues = [
    { label: "New listings to review", count: counts.submissions.NEW, href: "/admin/submissions?kind=NEW" },
    {
      label: "Profile edits to review",
      count: counts.submissions.EDIT,
      href: "/admin/submissions?kind=EDIT",
    },
    { label: "Claims to review", count: counts.submissions.CLAIM, href: "/admin/submissions?kind=CLAIM" },
    { label: "Reviews to moderate", count: reviewQueues.reviews, href: "/admin/reviews" },
    { label: "Replies to reviews to moderate", count: reviewQueues.replies, href: "/admin/reviews/replies" },
    {
      label: "Recommendations to moderate",
      count: reviewQueues.recommendations,
      href: "/admin/recommendations",
    },
    { label: "Open reports", count: counts.openReports, href: "/admin/reports" },
    { label: "Data deletion requests", count: messages.deletions, href: "/admin/contact" },
    { label: "Open messages to the moderators", count: messages.all, href: "/admin/contact#open" },
    { label: "Certifications to verify", count: counts.unverifiedCertifications, href: "/admin/providers" },
    {
      label: "Consult requests, last 7 days",
      count: counts.recentConsultRequests,
      href: "/admin/consult-requests",
    },
    {
      label: "Suspended providers",
      count: counts.suspendedProviders,
      href: "/admin/providers?status=suspended",
    },
  ];
  return (
    <AdminShell moderator={moderator} section="/admin">
      <h1>Moderation</h1>
      <p className="muted">
        What is waiting. Every action you take here is recorded in the audit log with your name.
      </p>
      <ul className={styles.cards}>
        {queues.map((q) => (
          <li key={q.href} className="card">
            <span className={styles.count}>{q.count.toLocaleString("en-US")}</span>
            <Link href={q.href}>{q.label}</Link>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
