import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { joinAnd } from "@/components/provider/format";
import { ScopedMessages } from "@/components/ui/scoped-messages";
import { getCareCompareFacts, getMedicareEvidence } from "@/lib/data/medicare-evidence";
import { getPublicProfile } from "@/lib/data/profiles";
import { listApprovedRecommendations } from "@/lib/data/recommendations";
import { env } from "@/lib/env";
import { localeOrDefault, localizedPath } from "@/lib/i18n/routing";
import { tagProfilePage } from "@/lib/profile-cache";
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

type TParams = { params: Promise<{ id: string; locale: string }> };

// Rendered on the first visit and then served from the cache (ISR) until an action that changes
// what the profile shows expires it by tag (lib/profile-cache.ts; issue 15); at most an hour in any
// case (PROFILE_REVALIDATE_SECONDS), for changes made outside the server that could not tell it.
export const revalidate = 3600;
export async function generateStaticParams() {
  return []; // none at build time (there may be no database then): each profile on its first visit
}

const YEAR_MS = 365 * 86_400_000;

/** "123-jane-doe-md" -> 123 (the id decides; the slug is for people). Anything else is no profile. */
function parseId(param: string): number | null {
  const m = /^(\d{1,10})(?:-|$)/.exec(param);
  const id = m ? Number(m[1]) : NaN;
  return Number.isInteger(id) && id > 0 && id <= MAX_ID ? id : null;
}

// generateMetadata and the page both need the profile: one query per request.
const loadProfile = cache(async (param: string) => {
  const id = parseId(param);
  if (id === null) return null;
  const profile = await getPublicProfile({ id });
  // Tagged even when absent: a listing published later must replace a cached "not found". The page
  // is rendered again when "last confirmed over a year ago" becomes true (profile-header.tsx).
  const confirmed = profile?.lastConfirmedAt ? new Date(profile.lastConfirmedAt).getTime() : null;
  await tagProfilePage(id, confirmed === null ? undefined : new Date(confirmed + YEAR_MS));
  return profile;
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { id, locale: raw } = await params;
  const locale = localeOrDefault(raw);
  const t = await getTranslations({ locale, namespace: "profile" });
  const p = await loadProfile(id);
  if (!p) return { title: t("meta.notFound"), robots: { index: false } };
  const primary = p.locations[0];
  const specialties = [
    ...new Set(p.certifications.map((c) => t(`names.specialty.${c.subspecialty ?? c.specialty}`))),
  ];
  const named = specialties.length
    ? t("meta.withSpecialties", { name: p.name, specialties: joinAnd(specialties.slice(0, 2), t("and")) })
    : p.name;
  const title = primary ? t("meta.place", { name: named, city: primary.city, state: primary.state }) : named;
  const description = primary
    ? t("meta.descriptionAt", { name: p.name, city: primary.city, state: primary.state })
    : t("meta.description", { name: p.name });
  // Link previews (OpenGraph, Twitter cards): the same words as the page's title and description.
  const card = p.source === "DEMO" ? t("meta.demoCard", { title }) : title;
  const url = localizedPath(p.path, locale);
  return {
    title,
    description,
    metadataBase: new URL(env().APP_URL),
    alternates: {
      canonical: url,
      languages: { en: p.path, es: localizedPath(p.path, "es"), "x-default": p.path },
    },
    openGraph: {
      type: "profile",
      siteName: "NeckCare Finder",
      locale: locale === "es" ? "es_US" : "en_US",
      url,
      title: card,
      description,
    },
    twitter: { card: "summary", title: card, description },
    // Fictional demo doctors must never turn up in a search engine as if they were real.
    robots: p.source === "DEMO" ? { index: false, follow: true } : undefined,
  };
}

export default async function ProviderPage({ params }: TParams) {
  const { id: param, locale: raw } = await params;
  const locale = localeOrDefault(raw);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "profile.stepNav" });
  const profile = await loadProfile(param);
  if (!profile) notFound();
  // A missing or outdated slug (the name changed) moves to the one canonical address.
  if (`/providers/${param}` !== profile.path) permanentRedirect(localizedPath(profile.path, locale));
  const [recommendations, medicare, careCompare] = await Promise.all([
    listApprovedRecommendations({ providerId: profile.id }),
    getMedicareEvidence({ npi: profile.npi }),
    getCareCompareFacts({ npi: profile.npi }),
  ]);

  return (
    // The forms, the map and the review tools are client components: their words come with this page.
    <ScopedMessages locale={locale} namespaces={["profileForms"]}>
      <div className={`container ${styles.page}`}>
        <JsonLd profile={profile} />
        <ProfileHeader profile={profile} />
        <nav aria-label={t("label")} className={styles.stepNav}>
          <ol>
            <li>
              <a href="#referrals">{t("referrals")}</a>
            </li>
            <li>
              <a href="#credentials">{t("credentials")}</a>
            </li>
            <li>
              <a href="#experience">{t("experience")}</a>
            </li>
            <li>
              <a href="#reviews">{t("reviews")}</a>
            </li>
            <li>
              <a href="#consultation">{t("consultation")}</a>
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
    </ScopedMessages>
  );
}
