import Link from "next/link";
import { ShortlistLink } from "@/components/shortlist/shortlist-link";

export function SiteHeader() {
  return (
    <header className="site-header no-print">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="container site-header__inner">
        <Link href="/" className="brand" aria-label="NeckCare Finder, home">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28">
            <circle cx="14" cy="14" r="13" fill="var(--brand)" />
            <path d="M9 19c2-6 8-6 10 0M14 7v6" stroke="#fff" strokeWidth="2.2" fill="none" strokeLinecap="round" />
          </svg>
          <span>NeckCare Finder</span>
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link href="/search">Find a doctor</Link>
            </li>
            <li>
              <Link href="/checklist">Consultation checklist</Link>
            </li>
            <ShortlistLink />
            <li>
              <Link href="/providers/new">For providers</Link>
            </li>
            <li>
              <Link href="/sign-in">Provider sign-in</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
