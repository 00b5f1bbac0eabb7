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
  /** Public Medicare claims of the provider's NPI (neck injections 64616, plus guidance and toxin rows). */
  medicareClaims?: Array<{ year: number; patients: number; visits?: number; placeOfService?: "F" | "O"; hcpcs?: string }>;
  /** Care Compare's Medicare assignment for the NPI ("Y" accepts, "M" may accept). */
  medicareAssignment?: "Y" | "M";
};

/** One import row a dataset and year for this test run's Medicare rows (the rows need an import). */
const testImports = new Map<string, Promise<number>>();
export function testMedicareImport(db: PrismaClient, dataset: "claims" | "clinicians", year: number | null): Promise<number> {
  const key = `${dataset}:${year}`;
  if (!testImports.has(key)) {
    const now = new Date();
    testImports.set(
      key,
      db.medicareImport
        .create({
          data: { dataset, year, sourceFile: "test fixture (tests/factories.ts)", release: "test", layout: "test", rowsScanned: 0, rowsKept: 0, rowsRejected: 0, startedAt: now, finishedAt: now },
          select: { id: true },
        })
        .then((r) => r.id),
    );
  }
  return testImports.get(key)!;
}

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
  for (const c of input.medicareClaims ?? []) {
    await db.medicareServiceStat.create({
      data: {
        npi, year: c.year, hcpcs: c.hcpcs ?? "64616", placeOfService: c.placeOfService ?? "O",
        beneficiaries: c.patients, services: (c.visits ?? c.patients) * 2, beneficiaryDays: c.visits ?? c.patients,
        importId: await testMedicareImport(db, "claims", c.year),
      },
    });
  }
  if (input.medicareAssignment) {
    await db.careCompareClinician.create({
      data: {
        npi, fileDate: new Date("2026-11-01"), specialties: ["NEUROLOGY"], acceptsAssignment: input.medicareAssignment, groupNames: [], addresses: [],
        importId: await testMedicareImport(db, "clinicians", null),
      },
    });
  }
  await refreshSearchColumns(db, [provider.id]);
  return { id: provider.id, npi };
}

/** A point `miles` due north of (lat, lng). */
export function northOf(lat: number, lng: number, miles: number): { lat: number; lng: number } {
  return { lat: lat + miles / 69.05, lng };
}
