import { setRequestLocale } from "next-intl/server";
import { localeOrDefault } from "@/lib/i18n/routing";
import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/trust/trust.module.css";
import { TrustPage } from "@/components/trust/trust-page";
import { DELETION_DAYS, RETENTION, SESSION_DAYS } from "@/lib/content/retention";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/auth";
import { CONFIRM_HOURS } from "@/lib/data/reviews";

export const metadata: Metadata = {
  title: "Privacy",
  description:
    "What personal data NeckCare Finder keeps, why, for how long, who sees it, and how to have it deleted.",
};

// Every row says what the code does: the periods come from lib/content/retention.ts, which the hourly
// purge (lib/data/retention.ts) applies; the deletion request is lib/data/data-deletion.ts. Change
// this page in the same commit as any of them.

type TRow = { what: string; why: string; kept: string; who: string };

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(localeOrDefault((await params).locale));
  const rows: TRow[] = [
    {
      what: "Consultation requests: your name, e-mail and/or phone, preferred times, your message, your answer about a referral, the practice location",
      why: "To pass your request to the practice, and for moderators to spot spam",
      kept: `${RETENTION.consultRequestDays} days, then deleted automatically`,
      who: "The practice you wrote to (by e-mail) and our moderators. Never shown on the site.",
    },
    {
      what: "E-mails the site sends (the copy of your request, confirmation links, receipts, notices to practices)",
      why: "Every e-mail is written to our database first and sent after, so none is lost or sent twice",
      kept: `${RETENTION.sentEmailDays} days after sending, then deleted automatically`,
      who: "The addressee. Moderators can read them only on a trial server without a mail server, with sign-in links blanked.",
    },
    {
      what: "Reviews: the name you choose, your rating and text. Your e-mail address is never stored: only a keyed hash of it (a code that cannot be turned back into the address)",
      why: "To publish moderated reviews, and to allow one review per person and doctor",
      kept: `Published reviews until removed. A review whose confirmation link (valid ${CONFIRM_HOURS} hours) was never opened: deleted ${RETENTION.unconfirmedReviewDays} days after the link expired`,
      who: "Everyone sees an approved review with its name. The hash is seen by nobody.",
    },
    {
      what: "Messages to the moderators (the contact form): your name, e-mail address and message",
      why: "To answer you, or to carry out your deletion request",
      kept: `Until a moderator has dealt with it, then ${RETENTION.closedContactMessageDays} days. A deletion request is deleted when it is carried out`,
      who: "Our moderators",
    },
    {
      what: "Provider accounts: name, e-mail address, the profiles and edits submitted, the practice's private contact address",
      why: "To let doctors and their staff sign in and keep their listing current; consultation requests go to the private address",
      kept: "While the account exists; the submitted edits as the listing's history",
      who: "The account holder and our moderators. The profile itself is public, the contact address is not.",
    },
    {
      what: `Sign-in sessions and sign-in links (providers and moderators only). No IP address or browser details are stored with a session`,
      why: "To keep you signed in",
      kept: `Sessions ${SESSION_DAYS} days, links ${MAGIC_LINK_MINUTES} minutes; expired ones are deleted automatically`,
      who: "Nobody reads them",
    },
    {
      what: "Rate-limit counters: keyed hashes of your network and of e-mail addresses, never the address itself",
      why: "To stop floods of requests, reviews and messages",
      kept: `${RETENTION.rateLimitDays} days (failed moderator sign-ins: ${RETENTION.signInFailureDays} day)`,
      who: "Nobody reads them",
    },
    {
      what: "The moderators' audit log: which moderator did what, and when",
      why: "So that every moderation decision can be explained",
      kept: "Permanently. It never holds a patient's contact details: a carried-out deletion is logged with counts only",
      who: "Our moderators",
    },
  ];
  return (
    <TrustPage
      title="Privacy"
      updated="2026-12-03"
      current="/privacy"
      lead="We keep as little about you as the directory needs, for as short a time as we can, and we never sell it or show your contact details on the site."
    >
      <h2>What you can do without giving us anything</h2>
      <p>
        Searching, reading profiles, comparing doctors and building your consultation checklist need no
        account and no personal data. Your shortlist and your checklist (including any answers about your
        symptoms) are kept in your own browser only (its local storage and the address of the page); they are
        not sent to us. If you use “Use my location”, your browser asks you first, and the position is used
        for that search only.
      </p>

      <h2>The personal data we keep</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">
            Kinds of personal data, why we keep them, for how long, and who sees them
          </caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Why</th>
              <th scope="col">How long</th>
              <th scope="col">Who sees it</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.what}>
                <th scope="row">{r.what}</th>
                <td data-label="Why">{r.why}</td>
                <td data-label="How long">{r.kept}</td>
                <td data-label="Who sees it">{r.who}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Practices that receive your consultation request by e-mail keep their copy under their own rules: ask
        them directly if you want it deleted. We share nothing else with anyone, and we do not sell or rent
        data.
      </p>

      <h2 id="deletion">Having your data deleted</h2>
      <p>
        Use the <Link href="/contact?topic=delete">contact form with the topic “Delete my data”</Link> and
        give the e-mail address you used. We e-mail that address a receipt, so that its owner can object if
        someone else asked. Within {DELETION_DAYS} days a moderator carries it out, and we e-mail you when it
        is done:
      </p>
      <ul>
        <li>your consultation requests sent with that address are deleted;</li>
        <li>reviews you never confirmed, and edits still waiting, are deleted;</li>
        <li>
          published reviews are unlinked from your address (its hash is erased) and stay under the name you
          chose; say in your message if you want them removed too;
        </li>
        <li>stored e-mails to or about that address, and your messages to the moderators, are deleted.</li>
      </ul>
      <p>
        A request sent with a phone number only cannot be matched to an address: write the phone number in
        your message and a moderator will find it. Doctors and practice staff who want their account removed:
        write to us; a moderator handles it by hand, because a public listing may stay as public-record
        information (see <Link href="/about">how listings get in</Link>).
      </p>

      <h2>Cookies</h2>
      <p>
        Patients get no cookies from us. Providers and moderators who sign in get one session cookie (
        <code>better-auth.session_token</code>, with a <code>__Secure-</code> prefix on secure servers), which
        lasts up to {SESSION_DAYS} days or until they sign out. There are no analytics, advertising or
        tracking cookies.
      </p>
      <p>
        Maps load their background tiles from OpenStreetMap’s servers, which see your network address as any
        website you visit does; when they cannot be reached, the map draws our own outlines instead.
      </p>

      <h2>Questions</h2>
      <p>
        <Link href="/contact">Write to the moderators</Link>. See also our{" "}
        <Link href="/terms">terms of use</Link>.
      </p>
    </TrustPage>
  );
}
