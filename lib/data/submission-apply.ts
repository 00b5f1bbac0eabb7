import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lookupZip } from "@/lib/geo/zip-table";
import {
  certificationKey,
  type TLocation,
  type TProviderSubmission,
} from "@/lib/validation/provider-submission";

// How a submission's payload becomes (or changes) provider rows. Every function here runs inside
// the caller's transaction; the caller refreshes the search columns after it.

type TTx = Prisma.TransactionClient;

/** Stored next to the payload (payload.geo), one per location, found when the submission came in. */
const ZStoredGeo = z.object({
  geo: z.array(z.object({ latitude: z.number(), longitude: z.number(), geoSource: z.string() }).nullable()),
});

/** The stored coordinates of location `i`, or its ZIP centroid (payloads stored without them). */
function geoAt(stored: unknown, i: number, zip: string) {
  const parsed = ZStoredGeo.safeParse(stored);
  const p = parsed.success ? parsed.data.geo[i] : undefined;
  if (p) return { latitude: p.latitude, longitude: p.longitude, geoSource: p.geoSource };
  const c = lookupZip(zip);
  return c
    ? { latitude: c.lat, longitude: c.lng, geoSource: "zip-centroid" }
    : { latitude: null, longitude: null, geoSource: null };
}

function locationData(l: TLocation, i: number, stored: unknown) {
  const [zip5 = l.zip, zip4 = null] = l.zip.split("-");
  return {
    practiceName: l.practiceName,
    street1: l.street1,
    street2: l.street2 ?? null,
    city: l.city,
    state: l.state,
    zip: zip5,
    zip4,
    phone: l.phone,
    ...geoAt(stored, i, l.zip),
    acceptingNewPatients: l.acceptingNewPatients,
    inPersonConsults: l.inPersonConsults,
    telehealthConsults: l.telehealthConsults,
    referralRequired: l.referralRequired,
    isPrimary: i === 0,
  };
}

/**
 * The profile's own facts. Plans are confirmed as of the submission (the provider attested them);
 * without plans there is nothing to confirm.
 */
function identityData(p: TProviderSubmission, confirmedAt: Date) {
  const i = p.identity;
  return {
    firstName: i.firstName,
    middleName: i.middleName ?? null,
    lastName: i.lastName,
    suffix: i.suffix ?? null,
    credential: i.credential,
    languages: i.languages,
    languagesOther: i.languagesOther,
    gender: i.gender ?? null,
    insurancePlans: p.insurancePlans,
    insuranceConfirmedAt: p.insurancePlans.length ? confirmedAt : null,
    bio: i.bio ?? null,
    contactEmail: i.contactEmail,
  };
}

function experienceData(p: TProviderSubmission) {
  const e = p.experience;
  return {
    yearsInjecting: e.yearsInjecting,
    yearlyNeckProcedures: e.yearlyNeckProcedures,
    cervicalDystoniaFocus: e.cervicalDystoniaFocus,
    guidance: e.guidance,
    products: e.products,
    fellowship: e.fellowship ?? null,
  };
}

function certificationData(c: TProviderSubmission["certifications"][number]) {
  return {
    board: c.board,
    boardName: c.boardName ?? null,
    specialty: c.specialty,
    subspecialty: c.subspecialty ?? null,
    year: c.year,
  };
}

/**
 * The owner of an approved profile: the signed-in submitter, else the account of the submission's
 * e-mail address, created now if needed (better-auth signs that address in by magic link later).
 */
export async function resolveOwnerId(
  tx: TTx,
  s: { submittedById: string | null; contactEmail: string; name: string },
): Promise<string> {
  if (s.submittedById) return s.submittedById;
  const email = s.contactEmail.toLowerCase();
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.user.create({
    data: { id: randomUUID(), email, name: s.name, emailVerified: false, role: "PROVIDER" },
    select: { id: true },
  });
  return created.id;
}

export async function createProviderFromPayload(
  tx: TTx,
  opts: { payload: TProviderSubmission; stored: unknown; ownerId: string; confirmedAt: Date },
): Promise<number> {
  const { payload: p, stored } = opts;
  const provider = await tx.provider.create({
    data: {
      npi: p.identity.npi,
      ...identityData(p, opts.confirmedAt),
      status: "PUBLISHED",
      source: "SUBMITTED",
      // Owned by the provider who submitted it, so it is never shown as "not yet claimed".
      claimed: true,
      ownerId: opts.ownerId,
      lastConfirmedAt: opts.confirmedAt,
      publishedAt: new Date(),
      locations: { create: p.locations.map((l, i) => locationData(l, i, stored)) },
      // Self-reported until a moderator verifies each one against the board (UNVERIFIED by default).
      certifications: { create: p.certifications.map(certificationData) },
      experience: { create: experienceData(p) },
    },
    select: { id: true },
  });
  return provider.id;
}

const locationKey = (l: { street1: string; zip: string }) =>
  `${l.street1.trim().toLowerCase().replace(/\s+/g, " ")}|${l.zip.slice(0, 5)}`;

/**
 * Replaces a provider's editable data with an approved edit. Locations at the same street and ZIP
 * are updated in place (consultation requests keep pointing at them); certifications that did not
 * change keep their verification; anything else is removed or added (added ones unverified).
 */
export async function applyEditPayload(
  tx: TTx,
  opts: { providerId: number; payload: TProviderSubmission; stored: unknown; confirmedAt: Date },
): Promise<void> {
  const { providerId, payload: p, stored } = opts;
  const current = await tx.provider.findUnique({
    where: { id: providerId },
    select: {
      npi: true,
      locations: {
        select: { id: true, street1: true, zip: true },
        orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
      },
      certifications: {
        select: { id: true, board: true, boardName: true, specialty: true, subspecialty: true, year: true },
      },
    },
  });
  if (!current) throw new AppError("NOT_FOUND", "The provider of this edit no longer exists.");
  if (current.npi !== p.identity.npi)
    throw new AppError("CONFLICT", "This edit changes the NPI, which cannot be changed: reject it.");
  await tx.provider.update({
    where: { id: providerId },
    data: { ...identityData(p, opts.confirmedAt), lastConfirmedAt: opts.confirmedAt },
  });

  const unmatched = new Map<string, number[]>();
  for (const l of current.locations)
    unmatched.set(locationKey(l), [...(unmatched.get(locationKey(l)) ?? []), l.id]);
  for (const [i, l] of p.locations.entries()) {
    const id = unmatched.get(locationKey(l))?.shift();
    const data = locationData(l, i, stored);
    if (id) await tx.location.update({ where: { id }, data });
    else await tx.location.create({ data: { ...data, providerId } });
  }
  const gone = [...unmatched.values()].flat();
  if (gone.length) await tx.location.deleteMany({ where: { id: { in: gone } } });

  const wanted = new Map(p.certifications.map((c) => [certificationKey(c), c]));
  const drop: number[] = [];
  for (const c of current.certifications) {
    const key = certificationKey({
      ...c,
      boardName: c.boardName ?? undefined,
      subspecialty: c.subspecialty ?? undefined,
      year: c.year ?? -1,
    });
    if (wanted.has(key)) wanted.delete(key);
    else drop.push(c.id);
  }
  if (drop.length) await tx.certification.deleteMany({ where: { id: { in: drop } } });
  if (wanted.size)
    await tx.certification.createMany({
      data: [...wanted.values()].map((c) => ({ ...certificationData(c), providerId })),
    });

  // Written only when it changed: its updatedAt is the profile's "last updated" of the experience,
  // which an edit of the address alone must not move.
  const experience = experienceData(p);
  const before = await tx.neckExperience.findUnique({
    where: { providerId },
    select: {
      yearsInjecting: true,
      yearlyNeckProcedures: true,
      cervicalDystoniaFocus: true,
      guidance: true,
      products: true,
      fellowship: true,
    },
  });
  if (!before) await tx.neckExperience.create({ data: { providerId, ...experience } });
  else if (!sameExperience(before, experience))
    await tx.neckExperience.update({ where: { providerId }, data: experience });
}

type TExperienceFields = {
  yearsInjecting: number | null;
  yearlyNeckProcedures: number | null;
  cervicalDystoniaFocus: boolean;
  guidance: readonly string[];
  products: readonly string[];
  fellowship: string | null;
};

function sameExperience(a: TExperienceFields, b: TExperienceFields): boolean {
  const set = (xs: readonly string[]) => [...xs].sort().join(",");
  return (
    a.yearsInjecting === b.yearsInjecting &&
    a.yearlyNeckProcedures === b.yearlyNeckProcedures &&
    a.cervicalDystoniaFocus === b.cervicalDystoniaFocus &&
    (a.fellowship ?? null) === (b.fellowship ?? null) &&
    set(a.guidance) === set(b.guidance) &&
    set(a.products) === set(b.products)
  );
}
