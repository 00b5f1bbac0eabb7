import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms";
import type { Prisma } from "@/lib/generated/prisma/client";
import { geocodeAddress, type TGeoPoint } from "@/lib/geo/geocode";
import { knownInsurancePlans, knownLanguageCodes, type TProviderForm } from "@/lib/validation/provider-form";
import {
  unknownZipMessage,
  ZProviderSubmission,
  type TLocation,
  type TProviderSubmission,
} from "@/lib/validation/provider-submission";

// A submission's payload on its way in (checked, located) and a published profile read back in the
// same form shape (the "before" of an edit, and the start of the edit form).

type TTx = Prisma.TransactionClient;

/** The payload checked again on the server; any problem becomes INVALID with one message per field. */
export function parsePayload(input: unknown): TProviderSubmission {
  // Strict: a client sends the current shape (ZStoredSubmission upgrades only what we stored).
  const parsed = ZProviderSubmission.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  throw new AppError("INVALID", "Some answers need attention.", fields);
}

/**
 * Coordinates for each location, before any transaction opens (the geocoder is a network call).
 * A location whose ZIP we do not know is refused with a field error: a listing must be findable.
 */
export async function locateLocations(locations: TLocation[]): Promise<TGeoPoint[]> {
  const points = await Promise.all(
    locations.map((l) => geocodeAddress(l, { geocoderUrl: env().GEOCODER_URL })),
  );
  const fields: Record<string, string> = {};
  points.forEach((p, i) => {
    if (!p) fields[`locations.${i}.zip`] = unknownZipMessage(locations[i]?.zip ?? "");
  });
  if (Object.keys(fields).length > 0) throw new AppError("INVALID", Object.values(fields).join(" "), fields);
  return points as TGeoPoint[];
}

/** The published profile in form shape: the "before" of an edit, and the start of the edit form. */
export async function loadProfileForm(
  tx: Pick<TTx, "provider">,
  providerId: number,
): Promise<TProviderForm | null> {
  const p = await tx.provider.findUnique({
    where: { id: providerId },
    select: {
      npi: true,
      firstName: true,
      middleName: true,
      lastName: true,
      suffix: true,
      credential: true,
      languages: true,
      languagesOther: true,
      gender: true,
      insurancePlans: true,
      bio: true,
      contactEmail: true,
      locations: { orderBy: [{ isPrimary: "desc" }, { id: "asc" }] },
      certifications: { orderBy: { id: "asc" } },
      experience: true,
    },
  });
  if (!p) return null;
  const e = p.experience;
  return {
    identity: {
      npi: p.npi,
      firstName: p.firstName,
      middleName: p.middleName ?? "",
      lastName: p.lastName,
      suffix: p.suffix ?? "",
      credential: p.credential,
      languages: knownLanguageCodes(p.languages),
      languagesOther: p.languagesOther.join(", "),
      gender: p.gender ?? "",
      bio: p.bio ?? "",
      contactEmail: p.contactEmail ?? "",
    },
    locations: p.locations.map((l) => ({
      practiceName: l.practiceName,
      street1: l.street1,
      street2: l.street2 ?? "",
      city: l.city,
      state: l.state,
      zip: l.zip4 ? `${l.zip}-${l.zip4}` : l.zip,
      phone: l.phone ?? "",
      acceptingNewPatients: l.acceptingNewPatients,
      inPersonConsults: l.inPersonConsults,
      telehealthConsults: l.telehealthConsults,
      referralRequired: l.referralRequired,
    })),
    certifications: p.certifications.map((c) => ({
      board: c.board,
      boardName: c.boardName ?? "",
      specialty: c.specialty,
      subspecialty: c.subspecialty ?? "",
      year: c.year === null ? "" : String(c.year),
    })),
    experience: {
      yearsInjecting: e?.yearsInjecting == null ? "" : String(e.yearsInjecting),
      yearlyNeckProcedures: e?.yearlyNeckProcedures == null ? "" : String(e.yearlyNeckProcedures),
      cervicalDystoniaFocus: e?.cervicalDystoniaFocus ?? false,
      guidance: e?.guidance ?? [],
      products: e?.products ?? [],
      fellowship: e?.fellowship ?? "",
    },
    insurancePlans: knownInsurancePlans(p.insurancePlans),
    attestation: true,
  };
}
