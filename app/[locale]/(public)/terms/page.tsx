import { setRequestLocale } from "next-intl/server";
import { localeOrDefault } from "@/lib/i18n/routing";
import type { Metadata } from "next";
import Link from "next/link";
import { TrustPage } from "@/components/trust/trust-page";
import { DIRECTORY_NOTICE } from "@/lib/content/medical";

export const metadata: Metadata = {
  title: "Terms of use",
  description:
    "The rules for using NeckCare Finder: a directory, not medical advice; honest reviews; accurate listings.",
};

export default async function TermsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(localeOrDefault((await params).locale));
  return (
    <TrustPage
      title="Terms of use"
      updated="2026-12-03"
      current="/terms"
      lead="By using NeckCare Finder you agree to these terms. They are short: please read them."
    >
      <h2>A directory, not medical advice</h2>
      <p>
        {DIRECTORY_NOTICE} Nothing on the site is a recommendation to see a particular doctor or to have a
        particular treatment. Decide with a doctor you trust. In an emergency, call 911.
      </p>

      <h2>How accurate the listings are</h2>
      <p>
        Each fact is marked as verified by our moderators, reported by the practice, or taken from a public
        record, with its date (see <Link href="/about">About</Link>). Practice-reported facts are not checked,
        public records can be out of date, and a verification is true on its date. Before you rely on a fact,
        such as whether a practice accepts your insurance or needs a referral, confirm it with the practice.
      </p>

      <h2>Consultation requests</h2>
      <p>
        A request is passed on to the practice by e-mail; the practice decides whether and when to answer and
        makes its own appointments. We do not book appointments and are not part of your care. Send only what
        you would put in an e-mail, and never use a request for anything urgent.
      </p>

      <h2>Reviews</h2>
      <ul>
        <li>Review only a doctor who treated you, and describe your own experience truthfully.</li>
        <li>
          No medical details you would not want public, no other people’s names, no insults, no advertising.
        </li>
        <li>
          Reviews are published only after a moderator approves them, and moderators may refuse or remove a
          review that breaks these rules. A practice may reply; replies are moderated too.
        </li>
      </ul>

      <h2>Doctors and practices</h2>
      <ul>
        <li>Submit or claim only your own listing, or one you are authorised to manage.</li>
        <li>Keep it true and current; a moderator reviews every change before it is published.</li>
        <li>
          Listing is free. Nobody can pay to be listed, ranked or verified, or to have a review removed.
          Moderators may suspend a listing that is false or misleading, and say why.
        </li>
      </ul>

      <h2>Fair use of the site</h2>
      <p>
        Do not try to break, overload or scrape the site, get around its limits, or send requests or messages
        in someone else’s name. Forms are rate limited, and we may refuse anything that looks automated.
      </p>

      <h2>Your data</h2>
      <p>
        What we keep and for how long: <Link href="/privacy">privacy</Link>. You can ask us to delete it at
        any time.
      </p>

      <h2>Changes and contact</h2>
      <p>
        If these terms change, this page shows the date of the change. Questions:{" "}
        <Link href="/contact">contact the moderators</Link>.
      </p>
    </TrustPage>
  );
}
