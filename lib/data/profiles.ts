import "server-only";
import type { TProfileCertification } from "@/lib/providers/types";
import { db } from "@/lib/db";
import type { Guidance, ProviderSource, ToxinProduct } from "@/lib/generated/prisma/enums";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TGender } from "@/lib/providers/gender";

// The public profile page's data. Published providers only; built with `select` so private columns
// (contactEmail, owner, consult requests, reviewer e-mail hashes, moderator ids) never leave here.

export const NEWEST_REVIEWS = 5;

export type { TProfileCertification };

export type TProfileLocation = {
  id: number;
  practiceName: string;
  street1: string;
  street2: string | null;
  city: string;
  state: string;
  zip: string;
  zip4: string | null;
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
  acceptingNewPatients: boolean;
  inPersonConsults: boolean;
  telehealthConsults: boolean;
  referralRequired: boolean;
  isPrimary: boolean;
};

export type TProfileReview = {
  id: number;
  rating: number;
  body: string;
  displayName: string;
  createdAt: string;
  reply: { body: string; createdAt: string } | null;
};

export type TPublicProfile = {
  id: number;
  npi: string;
  name: string;
  firstName: string;
  lastName: string;
  credential: string;
  path: string;
  bio: string | null;
  /** ISO 639-1 codes (lib/providers/languages.ts). */
  languages: string[];
  /** Languages the practice typed that match no code: shown as written. */
  languagesOther: string[];
  /** Null when not stated (never guessed). For an unclaimed import: the NPI registry's sex code. */
  gender: TGender | null;
  /**
   * Plans the practice reports accepting (slugs of lib/providers/insurance.ts) and when it last
   * confirmed them. Null for an unclaimed registry import: unknown, not "none".
   */
  insurance: { plans: string[]; confirmedAt: string | null } | null;
  source: ProviderSource;
  claimed: boolean;
  registeredSpecialty: string | null;
  lastConfirmedAt: string | null;
  /** Working days the practice says it usually takes to answer a request; null: not stated. */
  consultReplyDays: number | null;
  recommendations: Array<{
    fromId: number;
    fromName: string;
    fromPath: string;
    reason: string;
    createdAt: string;
  }>;
  certifications: TProfileCertification[];
  experience: {
    yearsInjecting: number | null;
    yearlyNeckProcedures: number | null;
    cervicalDystoniaFocus: boolean;
    guidance: Guidance[];
    products: ToxinProduct[];
    fellowship: string | null;
    updatedAt: string;
  } | null;
  reviews: {
    count: number;
    average: number | null;
    /** Approved reviews per star, index 0 = 1 star ... index 4 = 5 stars. */
    distribution: [number, number, number, number, number];
    newest: TProfileReview[];
  };
  locations: TProfileLocation[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A published provider's public profile, or null for an unknown or unpublished id. */
export async function getPublicProfile({ id }: { id: number }): Promise<TPublicProfile | null> {
  // Two queries at once: the star counts cannot be nested in the provider's select. The counts of an
  // unpublished provider are simply discarded.
  const [p, stars] = await Promise.all([
    db.provider.findFirst({
      where: { id, status: "PUBLISHED" },
      select: {
        id: true,
        npi: true,
        firstName: true,
        lastName: true,
        suffix: true,
        credential: true,
        bio: true,
        languages: true,
        languagesOther: true,
        gender: true,
        insurancePlans: true,
        insuranceConfirmedAt: true,
        source: true,
        claimed: true,
        registeredSpecialty: true,
        lastConfirmedAt: true,
        consultReplyDays: true,
        recommendationsReceived: {
          // Only recommenders whose own profile is public: the link must lead somewhere.
          where: { status: "APPROVED", fromProvider: { status: "PUBLISHED" } },
          select: {
            reason: true,
            createdAt: true,
            fromProvider: {
              select: { id: true, firstName: true, lastName: true, suffix: true, credential: true },
            },
          },
          orderBy: { createdAt: "desc" },
        },
        certifications: {
          where: { verificationState: { not: "REJECTED" } },
          select: {
            id: true,
            board: true,
            boardName: true,
            specialty: true,
            subspecialty: true,
            year: true,
            verificationState: true,
            verifiedAt: true,
            verificationMethod: true,
            verificationSource: true,
          },
          orderBy: [{ verificationState: "desc" }, { year: "asc" }, { id: "asc" }],
        },
        experience: {
          select: {
            yearsInjecting: true,
            yearlyNeckProcedures: true,
            cervicalDystoniaFocus: true,
            guidance: true,
            products: true,
            fellowship: true,
            updatedAt: true,
          },
        },
        reviews: {
          where: { status: "APPROVED" },
          select: {
            id: true,
            rating: true,
            body: true,
            displayName: true,
            createdAt: true,
            reply: { select: { body: true, createdAt: true, status: true } },
          },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: NEWEST_REVIEWS,
        },
        locations: {
          select: {
            id: true,
            practiceName: true,
            street1: true,
            street2: true,
            city: true,
            state: true,
            zip: true,
            zip4: true,
            phone: true,
            latitude: true,
            longitude: true,
            acceptingNewPatients: true,
            inPersonConsults: true,
            telehealthConsults: true,
            referralRequired: true,
            isPrimary: true,
          },
          orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
        },
      },
    }),
    db.review.groupBy({
      by: ["rating"],
      where: { providerId: id, status: "APPROVED" },
      _count: { _all: true },
    }),
  ]);
  if (!p) return null;

  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const s of stars) {
    if (s.rating < 1 || s.rating > 5) continue; // x_review_rating_range forbids it; keeps the index in bounds
    distribution[s.rating - 1] = (distribution[s.rating - 1] ?? 0) + s._count._all;
    sum += s.rating * s._count._all;
  }
  const count = distribution.reduce((a, b) => a + b, 0);

  return {
    id: p.id,
    npi: p.npi,
    name: displayName(p),
    firstName: p.firstName,
    lastName: p.lastName,
    credential: p.credential,
    path: profileUrl(p),
    bio: p.bio,
    languages: p.languages,
    languagesOther: p.languagesOther,
    gender: p.gender === "FEMALE" ? "female" : p.gender === "MALE" ? "male" : null,
    insurance: isUnclaimedImport(p)
      ? null
      : { plans: p.insurancePlans, confirmedAt: iso(p.insuranceConfirmedAt) },
    source: p.source,
    claimed: p.claimed,
    registeredSpecialty: p.registeredSpecialty,
    lastConfirmedAt: iso(p.lastConfirmedAt),
    consultReplyDays: isUnclaimedImport(p) ? null : p.consultReplyDays,
    recommendations: p.recommendationsReceived.map((r) => ({
      fromId: r.fromProvider.id,
      fromName: displayName(r.fromProvider),
      fromPath: profileUrl(r.fromProvider),
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
    })),
    certifications: p.certifications.map((c) => ({
      id: c.id,
      board: c.board,
      boardName: c.boardName,
      specialty: c.specialty,
      subspecialty: c.subspecialty,
      year: c.year,
      verified: c.verificationState === "VERIFIED",
      verifiedAt: c.verificationState === "VERIFIED" ? iso(c.verifiedAt) : null,
      verificationMethod: c.verificationState === "VERIFIED" ? c.verificationMethod : null,
      verificationSource: c.verificationState === "VERIFIED" ? c.verificationSource : null,
    })),
    experience: p.experience ? { ...p.experience, updatedAt: p.experience.updatedAt.toISOString() } : null,
    reviews: {
      count,
      average: count ? Math.round((sum / count) * 10) / 10 : null,
      distribution,
      newest: p.reviews.map((r) => ({
        id: r.id,
        rating: r.rating,
        body: r.body,
        displayName: r.displayName,
        createdAt: r.createdAt.toISOString(),
        // A provider's reply is public only once a moderator approved it.
        reply:
          r.reply && r.reply.status === "APPROVED"
            ? { body: r.reply.body, createdAt: r.reply.createdAt.toISOString() }
            : null,
      })),
    },
    locations: p.locations,
  };
}
