import { setRequestLocale } from "next-intl/server";
import { localeOrDefault } from "@/lib/i18n/routing";
import type { Metadata } from "next";
import Link from "next/link";
import { TrustPage } from "@/components/trust/trust-page";
import { FACT_KINDS, FACT_MARKS } from "@/lib/content/fact-marks";
import { DIRECTORY_PROMISE, UNCLAIMED_SCOPE_NOTE } from "@/lib/content/listing";
import { DIRECTORY_NOTICE } from "@/lib/content/medical";
import { NPPES_UNCLAIMED_LABEL } from "@/lib/nppes/listing";

export const metadata: Metadata = {
  title: "About NeckCare Finder",
  description:
    "What NeckCare Finder is, how doctors get listed, what the verified, practice-reported and public-record marks mean, and how the directory is kept free of paid placement.",
};

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(localeOrDefault((await params).locale));
  return (
    <TrustPage title="About NeckCare Finder" updated="2026-12-03" current="/about" lead={DIRECTORY_PROMISE}>
      <p>
        It helps you find such doctors near you, compare them along the five steps of our patient guide
        (referrals, board certification, experience with neck injections, patient reviews, consultation
        availability) and prepare your questions for the first visit. {DIRECTORY_NOTICE}
      </p>

      <h2>How doctors get listed</h2>
      <ul>
        <li>
          <strong>From the public NPI registry.</strong> We import the national provider registry (NPPES) of
          the Centers for Medicare &amp; Medicaid Services from its monthly and weekly files, keeping doctors
          whose registered specialty fits. These listings are marked “{NPPES_UNCLAIMED_LABEL}”.{" "}
          {UNCLAIMED_SCOPE_NOTE} The registry does not say whether a practice accepts new patients or needs a
          referral, so their profiles say “not confirmed” and offer no request form: call the practice.
        </li>
        <li>
          <strong>Submitted by the practice.</strong> A doctor or their staff fills in the{" "}
          <Link href="/providers/new">provider form</Link>: NPI, certifications, experience, locations. A
          moderator reviews every new listing and every later edit before it is published.
        </li>
        <li>
          <strong>Claimed by the doctor.</strong> A doctor who finds their registry listing can claim it (“Is
          this you?” on the profile). A moderator checks the claim; from then on the practice keeps the
          listing current and the registry import no longer overwrites it.
        </li>
        <li>
          <strong>Checked by moderators.</strong> Moderators verify board certifications against the board’s
          own lookup and record how and when; approve or reject reviews, replies and recommendations; correct
          listings after reports; and can suspend a listing. Every moderator action is kept in an audit log.
        </li>
      </ul>

      <h2>What the marks on each fact mean</h2>
      <p>Every fact on a profile carries one of three marks, each with its date:</p>
      <dl>
        {FACT_KINDS.map((kind) => (
          <div key={kind}>
            <dt>
              <span className={`badge badge--${kind}`} data-fact={kind}>
                <span aria-hidden="true" className="badge__icon">
                  {FACT_MARKS[kind].icon}
                </span>
                {FACT_MARKS[kind].label}
              </span>
            </dt>
            <dd>
              {FACT_MARKS[kind].explain.charAt(0).toUpperCase()}
              {FACT_MARKS[kind].explain.slice(1)}
            </dd>
          </div>
        ))}
      </dl>
      <p>
        “Reported by the practice” is also called self-reported: years of experience, procedures a year,
        products, languages, insurance plans and consultation options are the practice’s own words. Public
        records include Medicare claims (how many Medicare patients had neck injections, never under 11, as
        CMS publishes them) and Medicare Care Compare. Reviews are from people who confirmed their e-mail
        address, and are published only after a moderator approves them.
      </p>

      <h2>How it is funded: no paid placement</h2>
      <p>
        No listing, ranking, mark or review is paid for. Doctors are listed for free; the site has no way to
        take payment from them and shows no advertising, so nobody can pay to be listed, to rank higher, to be
        verified or to have a review removed. The order of search results follows only the sort you choose:
        distance, best match, experience (public Medicare evidence first) or rating.
      </p>

      <h2>Demo data</h2>
      <p>
        While a banner says so, the directory also shows fictional demo doctors, each labelled “fictional”
        wherever it appears, so the site can be tried out. Requests to them go to a test mailbox.
      </p>

      <h2>Questions and corrections</h2>
      <p>
        Found a mistake? Use “Report incorrect information” on the profile, or{" "}
        <Link href="/contact">write to the moderators</Link>. How we handle your data:{" "}
        <Link href="/privacy">privacy</Link>.
      </p>
    </TrustPage>
  );
}
