import type { TPublicProfile } from "@/lib/data/profiles";
import { env } from "@/lib/env";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import { SPECIALTY_NAMES } from "@/lib/providers/format";

/** schema.org MedicalSpecialty values where one fits; other specialties are given by name. */
const SCHEMA_SPECIALTY: Partial<Record<string, string>> = {
  NEUROLOGY: "https://schema.org/Neurologic",
  ANESTHESIOLOGY: "https://schema.org/Anesthesia",
};

/** The profile as schema.org data for search engines: facts the page itself shows, nothing more. */
export function physicianJsonLd(p: TPublicProfile): Record<string, unknown> {
  const url = new URL(p.path, env().APP_URL).toString();
  const specialties = [
    ...new Set(
      p.certifications.flatMap((c) => (c.subspecialty ? [c.specialty, c.subspecialty] : [c.specialty])),
    ),
  ];
  const phone = p.locations.find((l) => l.phone)?.phone;
  return {
    "@context": "https://schema.org",
    "@type": "Physician",
    "@id": url,
    url,
    name: p.name,
    usNPI: p.npi,
    medicalSpecialty: specialties.map((s) => SCHEMA_SPECIALTY[s] ?? SPECIALTY_NAMES[s]),
    // BCP 47 codes; our "sgn" (sign languages, ISO 639-2) is American Sign Language, "ase".
    ...(p.languages.length ? { knowsLanguage: p.languages.map((c) => (c === "sgn" ? "ase" : c)) } : {}),
    address: p.locations.map((l) => ({
      "@type": "PostalAddress",
      name: l.practiceName,
      streetAddress: [l.street1, l.street2].filter(Boolean).join(", "),
      addressLocality: l.city,
      addressRegion: l.state,
      postalCode: l.zip4 ? `${l.zip}-${l.zip4}` : l.zip,
      addressCountry: "US",
    })),
    ...(phone ? { telephone: phone } : {}),
    // Left out for an unclaimed registry import: nobody has said (lib/nppes/listing.ts).
    ...(isUnclaimedImport(p)
      ? {}
      : { isAcceptingNewPatients: p.locations.some((l) => l.acceptingNewPatients) }),
    ...(p.reviews.count && p.reviews.average !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: p.reviews.average,
            reviewCount: p.reviews.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}

/**
 * Serialises for a <script> element. "<" becomes \u003c (still the same JSON), so a name containing
 * "</script>" or "<!--" cannot end the element early and inject markup. U+2028/2029 are escaped for
 * old JavaScript parsers that read JSON-LD as script.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ profile }: { profile: TPublicProfile }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: scriptSafeJson(physicianJsonLd(profile)) }}
    />
  );
}
