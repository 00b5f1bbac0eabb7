import Link from "next/link";
import styles from "@/components/admin/admin.module.css";
import type { TSessionUser } from "@/lib/auth/session";
import { signOutAction } from "./actions";

const LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/submissions", label: "Submissions" },
  { href: "/admin/providers", label: "Providers" },
  { href: "/admin/reviews", label: "Reviews" },
  { href: "/admin/recommendations", label: "Recommendations" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/consult-requests", label: "Consult requests" },
  { href: "/admin/contact", label: "Messages" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/outbox", label: "Outbox" },
] as const;

export type TAdminSection = (typeof LINKS)[number]["href"];

/**
 * The frame of every moderation page. Rendered by each page only after its own role check (a layout
 * is not a security boundary), so nobody else ever sees the navigation.
 */
export function AdminShell(props: {
  moderator: TSessionUser;
  section: TAdminSection;
  children: React.ReactNode;
}) {
  return (
    <div className={`container ${styles.shell}`}>
      <div className={styles.bar}>
        <nav aria-label="Moderation">
          <ul className={styles.nav}>
            {LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} aria-current={l.href === props.section ? "page" : undefined}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.who}>
          <span>
            Signed in as <strong>{props.moderator.email}</strong>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="button button--secondary">
              Sign out
            </button>
          </form>
        </div>
      </div>
      {props.children}
    </div>
  );
}
