import Link from "next/link";
import styles from "./trust.module.css";

export const TRUST_PAGES = [
  { href: "/about", label: "About NeckCare Finder" },
  { href: "/privacy", label: "Privacy" },
  { href: "/terms", label: "Terms of use" },
  { href: "/contact", label: "Contact the moderators" },
] as const;

/** The frame of the four trust pages: the title, when the text last changed, and links to the others. */
export function TrustPage(props: {
  title: string;
  /** ISO date of the last change of the page's text (not of the build). */
  updated: string;
  lead?: React.ReactNode;
  children: React.ReactNode;
  current: (typeof TRUST_PAGES)[number]["href"];
}) {
  const date = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(props.updated));
  return (
    <div className={`container section ${styles.page}`}>
      <h1>{props.title}</h1>
      <p className={styles.updated}>
        Last changed <time dateTime={props.updated}>{date}</time>
      </p>
      {props.lead ? <p className={styles.lead}>{props.lead}</p> : null}
      {props.children}
      <nav className={styles.nav} aria-label="Related pages">
        <ul>
          {TRUST_PAGES.filter((p) => p.href !== props.current).map((p) => (
            <li key={p.href}>
              <Link href={p.href}>{p.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
