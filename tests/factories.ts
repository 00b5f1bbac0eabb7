// Test rows with unique values, written through the same derived-column refresh as the app.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Board, Gender, Guidance, ProviderStatus, Specialty, VerificationState } from "@/lib/generated/prisma/enums";
import { npiCheckDigit } from "@/lib/npi";
import { refreshSearchColumns } from "@/lib/search-columns";

let counter = 0;
const runTag = Math.floor(Math.random() * 90_000) + 10_000;

/** A valid, unique NPI for this test run. */
export function uniqueNpi(): string {
  counter += 1;
  const first9 = `2${String(runTag).padStart(5, "0")}${String(counter).padStart(3, "0")}`;
  return first9 + String(npiCheckDigit(first9));
}

export type TLocationInput = {
  lat: number;
  lng: number;
  accepting?: boolean;
  telehealth?: boolean;
  referralRequired?: boolean;
  zip?: string;
  city?: string;
  state?: string;
};

export type TProviderInput = {
  firstName?: string;
  lastName?: string;
  status?: ProviderStatus;
  locations: TLocationInput[];
  certifications?: Array<{ board: Board; specialty: Specialty; subspecialty?: Specialty; state?: VerificationState }>;
  years?: number;
  volume?: number;
  guidance?: Guidance[];
  ratings?: number[];
  recommendedBy?: number[];
  /** ISO 639-1 codes. */
  languages?: string[];
  gender?: Gender;
  insurancePlans?: string[];
  dystoniaFocus?: boolean;
  practiceName?: string;
};

export async function createProvider(db: PrismaClient, input: TProviderInput): Promise<{ id: number; npi: string }> {
  const npi = uniqueNpi();
  const provider = await db.provider.create({
    data: {
      npi,
      firstName: input.firstName ?? "Test",
      lastName: input.lastName ?? `Provider${counter}`,
      credential: "MD",
      status: input.status ?? "PUBLISHED",
      source: "SUBMITTED",
      lastConfirmedAt: new Date(),
      languages: input.languages ?? [],
      gender: input.gender ?? null,
      insurancePlans: input.insurancePlans ?? [],
      insuranceConfirmedAt: input.insurancePlans?.length ? new Date() : null,
      locations: {
        create: input.locations.map((l, i) => ({
          practiceName: input.practiceName ?? `Test Practice ${counter}-${i}`,
          street1: "1 Test St",
          city: l.city ?? "Testville",
          state: l.state ?? "NV",
          zip: l.zip ?? "89001",
          latitude: l.lat,
          longitude: l.lng,
          acceptingNewPatients: l.accepting ?? true,
          telehealthConsults: l.telehealth ?? false,
          referralRequired: l.referralRequired ?? false,
          isPrimary: i === 0,
        })),
      },
      certifications: {
        create: (input.certifications ?? []).map((c) => ({
          board: c.board,
          specialty: c.specialty,
          subspecialty: c.subspecialty ?? null,
          year: 2010,
          verificationState: c.state ?? "UNVERIFIED",
          verifiedAt: c.state === "VERIFIED" ? new Date() : null,
        })),
      },
      experience: {
        create: { yearsInjecting: input.years ?? null, yearlyNeckProcedures: input.volume ?? null, guidance: input.guidance ?? [], cervicalDystoniaFocus: input.dystoniaFocus ?? false },
      },
      reviews: {
        create: (input.ratings ?? []).map((rating, i) => ({
          rating,
          body: "A review written for a test, long enough.",
          displayName: "Test R.",
          emailHash: `hash-${npi}-${i}`,
          status: "APPROVED" as const,
        })),
      },
    },
    select: { id: true },
  });
  for (const from of input.recommendedBy ?? []) {
    await db.recommendation.create({ data: { fromProviderId: from, toProviderId: provider.id, reason: "Test", status: "APPROVED" } });
  }
  await refreshSearchColumns(db, [provider.id]);
  return { id: provider.id, npi };
}

/** A point `miles` due north of (lat, lng). */
export function northOf(lat: number, lng: number, miles: number): { lat: number; lng: number } {
  return { lat: lat + miles / 69.05, lng };
}
