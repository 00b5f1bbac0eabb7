// What the provider form may learn about an NPI from the public NPI registry (NPPES), to offer it as
// answers the provider confirms: the imported registry rows (lib/nppes) or the NPPES API. Only public
// registry fields, never anything a provider told us privately (contact e-mail, reviews, claims).
// Shared by the server (which builds it) and the form (which shows and fills it in).
import type { Specialty } from "@/lib/generated/prisma/enums";
import { displayCaseAddress, formatPhone } from "@/lib/nppes/address";
import { cleanCredential } from "@/lib/nppes/credential";
import { cleanSuffix, displayCaseName } from "@/lib/nppes/names";
import { NPPES_TAXONOMIES } from "@/lib/nppes/taxonomy";

export type TNpiRegistryRecord = {
  npi: string;
  /** Where it came from: the registry file imported here, or the NPPES API asked just now. */
  source: "import" | "nppes-api";
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  /** As registered, e.g. "M.D." (the form keeps MD/DO as its own choices). */
  credential: string | null;
  /** The registered specialty (taxonomy display name): self-selected, not board certification. */
  registeredSpecialty: string | null;
  /** The form's specialty for that taxonomy, when the taxonomy maps to one. */
  specialty: Specialty | null;
  subspecialty: Specialty | null;
  address: {
    street1: string;
    street2: string | null;
    city: string;
    state: string;
    zip: string;
    phone: string | null;
  } | null;
};

/** The form's specialty (and subspecialty) for each taxonomy code the directory imports. */
export const TAXONOMY_SPECIALTIES: Record<string, { specialty: Specialty; subspecialty: Specialty | null }> =
  {
    "2084N0400X": { specialty: "NEUROLOGY", subspecialty: null },
    "2084N0402X": { specialty: "NEUROLOGY", subspecialty: null },
    "2084N0008X": { specialty: "NEUROLOGY", subspecialty: "NEUROMUSCULAR_MEDICINE" },
    "2084N0600X": { specialty: "NEUROLOGY", subspecialty: "CLINICAL_NEUROPHYSIOLOGY" },
    "2084P2900X": { specialty: "NEUROLOGY", subspecialty: "PAIN_MEDICINE" },
    "208100000X": { specialty: "PMR", subspecialty: null },
    "2081P2900X": { specialty: "PMR", subspecialty: "PAIN_MEDICINE" },
    "2081N0008X": { specialty: "PMR", subspecialty: "NEUROMUSCULAR_MEDICINE" },
    "207LP2900X": { specialty: "ANESTHESIOLOGY", subspecialty: "PAIN_MEDICINE" },
    "208VP0000X": { specialty: "PAIN_MEDICINE", subspecialty: null },
    "208VP0014X": { specialty: "PAIN_MEDICINE", subspecialty: null },
  };

export function specialtyOfTaxonomies(codes: readonly string[]): {
  registeredSpecialty: string | null;
  specialty: Specialty | null;
  subspecialty: Specialty | null;
} {
  const names: Record<string, string> = NPPES_TAXONOMIES;
  const code = codes.find((c) => TAXONOMY_SPECIALTIES[c]) ?? codes[0];
  if (!code) return { registeredSpecialty: null, specialty: null, subspecialty: null };
  const mapped = TAXONOMY_SPECIALTIES[code];
  return {
    registeredSpecialty: names[code] ?? null,
    specialty: mapped?.specialty ?? null,
    subspecialty: mapped?.subspecialty ?? null,
  };
}

/** "M.D." -> "MD", "D.O." -> "DO"; anything else as registered (trimmed), or null. */
export function formCredential(registered: string | null): string | null {
  const plain = registered?.replace(/[.\s]/g, "").toUpperCase() ?? "";
  if (!plain) return null;
  if (plain === "MD" || plain === "DO") return plain;
  return registered!.trim().slice(0, 20);
}

const text = (v: unknown, max = 200): string | null => {
  if (typeof v !== "string") return null;
  const t = v.trim().replace(/\s+/g, " ");
  return t ? t.slice(0, max) : null;
};

/**
 * The individual provider of an NPPES API answer (version 2.1:
 * `{ result_count, results: [{ number, enumeration_type, basic, addresses, taxonomies }] }`), or null
 * when the answer names no individual with this NPI. Organisations (NPI-2) are not doctors: null.
 */
export function parseNppesApiAnswer(npi: string, body: unknown): TNpiRegistryRecord | null {
  if (typeof body !== "object" || body === null) return null;
  const results = (body as { results?: unknown }).results;
  if (!Array.isArray(results)) return null;
  const hit = results.find(
    (r): r is Record<string, unknown> =>
      typeof r === "object" && r !== null && String((r as { number?: unknown }).number) === npi,
  );
  if (!hit || hit.enumeration_type === "NPI-2") return null;
  const basic = (typeof hit.basic === "object" && hit.basic !== null ? hit.basic : {}) as Record<
    string,
    unknown
  >;
  const first = text(basic.first_name, 50);
  const last = text(basic.last_name, 50);
  if (!first || !last) return null;
  const addresses = Array.isArray(hit.addresses) ? (hit.addresses as Record<string, unknown>[]) : [];
  const location = addresses.find((a) => a?.address_purpose === "LOCATION") ?? null;
  const zip = text(location?.postal_code, 10)?.replace(/\D/g, "").slice(0, 5) ?? "";
  const street1 = text(location?.address_1, 100);
  const city = text(location?.city, 60);
  const state = text(location?.state, 2)?.toUpperCase() ?? "";
  const taxonomies = Array.isArray(hit.taxonomies) ? (hit.taxonomies as Record<string, unknown>[]) : [];
  const ordered = [...taxonomies].sort((a, b) => Number(b?.primary === true) - Number(a?.primary === true));
  const codes = ordered.map((t) => text(t?.code, 10)).filter((c): c is string => Boolean(c));
  const specialty = specialtyOfTaxonomies(codes);
  const primaryDesc = text(ordered[0]?.desc, 120);
  return {
    npi,
    source: "nppes-api",
    // Cased and cleaned as the NPPES file importer does (lib/nppes), so both sources read alike.
    firstName: displayCaseName(first, "given"),
    middleName: text(basic.middle_name, 50) ? displayCaseName(text(basic.middle_name, 50)!, "given") : null,
    lastName: displayCaseName(last, "surname"),
    suffix: cleanSuffix(text(basic.name_suffix, 10) ?? ""),
    credential: cleanCredential(text(basic.credential, 40) ?? "").slice(0, 20) || null,
    registeredSpecialty: specialty.registeredSpecialty ?? primaryDesc,
    specialty: specialty.specialty,
    subspecialty: specialty.subspecialty,
    address:
      street1 && city && /^[A-Z]{2}$/.test(state) && zip.length === 5
        ? {
            street1: displayCaseAddress(street1),
            street2: text(location?.address_2, 100)
              ? displayCaseAddress(text(location?.address_2, 100)!)
              : null,
            city: displayCaseAddress(city),
            state,
            zip,
            phone:
              typeof location?.telephone_number === "string" ? formatPhone(location.telephone_number) : null,
          }
        : null,
  };
}
