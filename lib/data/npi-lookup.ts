import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fetchNppesRecord } from "@/lib/nppes/registry-api";
import { specialtyOfTaxonomies, type TNpiRegistryRecord } from "@/lib/providers/npi-registry";

/**
 * The public registry facts of an NPI, for the provider form to offer: first the rows imported from
 * the NPPES file (source NPPES_IMPORT, not suspended), then, when NPPES_API_URL is set, the NPPES API. Null when neither knows it. Listings
 * a provider submitted, claimed or the demo seed made are not registry data and are never returned.
 */
export async function lookupNpiRecord({ npi }: { npi: string }): Promise<TNpiRegistryRecord | null> {
  const row = await db.provider.findFirst({
    // Not a listing a moderator suspended (that decision is not overridden here; the live API still
    // answers for its NPI). An unpublished import is still public registry data
    // (NPPES_PUBLISH_IMPORTED=false keeps every import unpublished).
    where: { npi, source: "NPPES_IMPORT", claimed: false, status: { not: "SUSPENDED" } },
    select: {
      npi: true,
      firstName: true,
      middleName: true,
      lastName: true,
      suffix: true,
      credential: true,
      taxonomyCodes: true,
      registeredSpecialty: true,
      locations: {
        select: { street1: true, street2: true, city: true, state: true, zip: true, phone: true },
        orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
        take: 1,
      },
    },
  });
  if (row) {
    const specialty = specialtyOfTaxonomies(row.taxonomyCodes);
    const loc = row.locations[0];
    return {
      npi: row.npi,
      source: "import",
      firstName: row.firstName,
      middleName: row.middleName,
      lastName: row.lastName,
      suffix: row.suffix,
      credential: row.credential || null,
      registeredSpecialty: row.registeredSpecialty ?? specialty.registeredSpecialty,
      specialty: specialty.specialty,
      subspecialty: specialty.subspecialty,
      address: loc
        ? {
            street1: loc.street1,
            street2: loc.street2,
            city: loc.city,
            state: loc.state,
            zip: loc.zip,
            phone: loc.phone,
          }
        : null,
    };
  }
  const apiUrl = env().NPPES_API_URL;
  return apiUrl ? fetchNppesRecord(apiUrl, npi) : null;
}
