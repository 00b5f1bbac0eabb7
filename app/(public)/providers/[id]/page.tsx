import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getCareCompareFacts, getMedicareEvidence } from "@/lib/data/medicare-evidence";
import { getPublicProfile } from "@/lib/data/profiles";
import { listApprovedRecommendations } from "@/lib/data/recommendations";
import { env } from "@/lib/env";
import { SPECIALTY_NAMES } from "@/lib/providers/format";
import { MAX_ID } from "@/lib/validation/consult-request";
import { JsonLd } from "./json-ld";
import { ProfileHeader } from "./profile-header";
import styles from "./profile.module.css";
import { ReportSection } from "./report-section";
import { StepConsultation } from "./step-consultation";
import { StepCredentials } from "./step-credentials";
import { StepExperience } from "./step-experience";
import { StepReferrals } from "./step-referrals";
import { StepReviews } from "./step-reviews";

type TParams = { params: Promise<{ id: string }> };

/** "123-jane-doe-md" -> 123 (the id decides; the slug is for people). Anything else is no profile. */
function parseId(param: string): number | null {
  const m = /^(\d{1,10})(?:-|$)/.exec(param);
  const id = m ? Number(m[1]) : NaN;
  return Number.isInteger(id) && id > 0 && id <= MAX_ID ? id : null;
}

// generateMetadata and the page both need the profile: one query per request.
const loadProfile = cache(async (param: string) => {
  const id = parseId(param);
  return id === null ? null : getPublicProfile({ id });
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const p = await loadProfile((await params).id);
  if (!p) return { title: "Provider not found", robots: { index: false } };
  const primary = p.locations[0];
  const specialties = [
    ...new Set(p.certifications.map((c) => SPECIALTY_NAMES[c.subspecialty ?? c.specialty])),
  ];
  const place = primary ? ` in ${primary.city}, ${primary.state}` : "";
  return {
    title: `${p.name}${specialties.length ? `, ${specialties.slice(0, 2).join(" and ")}` : ""}${place}`,
    description: `${p.name}${place}: board certifications and how they were verified, neck injection experience, patient reviews and how to request a consultation.`,
    metadataBase: new URL(env().APP_URL),
    alternates: { canonical: p.path },
    // Fictional demo doctors must never turn up in a search engine as if they were real.
    robots: p.source === "DEMO" ? { index: false, follow: true } : undefined,
  };
}

export default async function ProviderPage({ params }: TParams) {
  const param = (await params).id;
  const profile = await loadProfile(param);
  if (!profile) notFound();
  // A missing or outdated slug (the name changed) moves to the one canonical address.
  if (`/providers/${param}` !== profile.path) permanentRedirect(profile.path);
  const [recommendations, medicare, careCompare] = await Promise.all([
    listApprovedRecommendations({ providerId: profile.id }),
    getMedicareEvidence({ npi: profile.npi }),
    getCareCompareFacts({ npi: profile.npi }),
  ]);

  return (
    <div className={`container ${styles.page}`}>
      <JsonLd profile={profile} />
      <ProfileHeader profile={profile} />
      <nav aria-label="The five steps on this page" className={styles.stepNav}>
        <ol>
          <li>
            <a href="#referrals">Referrals</a>
          </li>
          <li>
            <a href="#credentials">Credentials</a>
          </li>
          <li>
            <a href="#experience">Experience</a>
          </li>
          <li>
            <a href="#reviews">Reviews</a>
          </li>
          <li>
            <a href="#consultation">Consultation</a>
          </li>
        </ol>
      </nav>
      <StepReferrals profile={profile} recommendations={recommendations} />
      <StepCredentials profile={profile} careCompare={careCompare} />
      <StepExperience profile={profile} medicare={medicare} />
      <StepReviews profile={profile} />
      <StepConsultation profile={profile} careCompare={careCompare} />
      <ReportSection providerId={profile.id} />
    </div>
  );
}
