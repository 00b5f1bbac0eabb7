import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import styles from "./trust.module.css";

/** The four trust pages; their names are the messages trust.pages.<key>. */
export const TRUST_PAGES = [
  { href: "/about", key: "about" },
  { href: "/privacy", key: "privacy" },
  { href: "/terms", key: "terms" },
  { href: "/contact", key: "contact" },
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
  const t = useTranslations("trust");
  const locale = useLocale();
  return (
    <div className={`container section ${styles.page}`}>
      <h1>{props.title}</h1>
      <p className={styles.updated}>
        {t.rich("frame.updated", {
          date: formatDate(props.updated, locale),
          time: (chunks) => <time dateTime={props.updated}>{chunks}</time>,
        })}
      </p>
      {props.lead ? <p className={styles.lead}>{props.lead}</p> : null}
      {props.children}
      <nav className={styles.nav} aria-label={t("frame.related")}>
        <ul>
          {TRUST_PAGES.filter((p) => p.href !== props.current).map((p) => (
            <li key={p.href}>
              <Link href={p.href}>{t(`pages.${p.key}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
