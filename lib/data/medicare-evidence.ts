import "server-only";
import { db } from "@/lib/db";
import { CLAIMS_DATASET } from "@/lib/cms/evidence";
import {
  evidenceForYear,
  importsToRead,
  latestYears,
  type TClaimsImport,
  type TEvidenceYear,
} from "@/lib/providers/medicare-evidence";

// Public Medicare evidence for a profile (issue 14): claims by provider and service, and Care
// Compare's clinician facts. Kept by NPI for every doctor, listed or not (prisma/schema.prisma), so
// these take an NPI, not a provider id; the rules of reading claims live in
// lib/providers/medicare-evidence.ts.

export type TMedicareEvidence = {
  /** The claims data years imported among the latest three, newest first. */
  years: TEvidenceYear[];
  datasetUrl: string;
};

/**
 * The doctor's claims for the latest data years imported (whoever they cover: lib/cms/evidence.ts
 * EVIDENCE_YEARS), a year with no row reading "not published", never zero. Null when no claims file
 * has been imported at all.
 */
export async function getMedicareEvidence({ npi }: { npi: string }): Promise<TMedicareEvidence | null> {
  // A handful of rows (one per import run): the years are those of the whole site, not of this
  // doctor, so a year in which CMS published nothing for them still shows, as "not published".
  const imports = await db.medicareImport.findMany({
    where: { dataset: "claims", year: { not: null } },
    select: { id: true, year: true, sourceFile: true, release: true },
    orderBy: [{ year: "desc" }, { finishedAt: "desc" }],
  });
  const claimsImports: TClaimsImport[] = importsToRead(
    imports.flatMap((i) => (i.year === null ? [] : [{ ...i, year: i.year }])),
  );
  const years = latestYears(claimsImports);
  if (years.length === 0) return null;
  const rows = await db.medicareServiceStat.findMany({
    // The primary key (npi, year, hcpcs, placeOfService) serves this; importId only drops demo rows.
    where: { npi, year: { in: years }, importId: { in: claimsImports.map((i) => i.id) } },
    // Never `services`: for the toxin codes it counts drug units, which must not reach the page.
    select: {
      year: true,
      hcpcs: true,
      placeOfService: true,
      beneficiaries: true,
      beneficiaryDays: true,
      importId: true,
    },
  });
  return {
    years: years.map((y) =>
      evidenceForYear(
        y,
        rows,
        claimsImports.filter((i) => i.year === y),
      ),
    ),
    datasetUrl: CLAIMS_DATASET.url,
  };
}

export type TCareCompareFacts = {
  /** ISO date of the Care Compare file the facts come from. */
  fileDate: string;
  medicalSchool: string | null;
  graduationYear: number | null;
  /** "Y" accepts the Medicare-approved amount as payment in full, "M" may accept; null unknown. */
  acceptsAssignment: "Y" | "M" | null;
  /** True when the doctor's Medicare claims show telehealth services; null when the file did not say. */
  telehealth: boolean | null;
  hospitals: { ccn: string | null; name: string }[];
  groupNames: string[];
};

function hospitalList(value: unknown): TCareCompareFacts["hospitals"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((h: unknown) => {
    if (typeof h !== "object" || h === null) return [];
    const { ccn, name } = h as { ccn?: unknown; name?: unknown };
    return typeof name === "string" && name.trim()
      ? [{ ccn: typeof ccn === "string" && ccn ? ccn : null, name: name.trim() }]
      : [];
  });
}

/** The doctor's facts from Medicare Care Compare's clinicians file, or null when it does not list them. */
export async function getCareCompareFacts({ npi }: { npi: string }): Promise<TCareCompareFacts | null> {
  const c = await db.careCompareClinician.findUnique({
    where: { npi },
    select: {
      fileDate: true,
      medicalSchool: true,
      graduationYear: true,
      acceptsAssignment: true,
      telehealth: true,
      hospitals: true,
      groupNames: true,
    },
  });
  if (!c) return null;
  return {
    fileDate: c.fileDate.toISOString().slice(0, 10),
    // "OTHER" is CMS's word for a school outside its list: no school named.
    medicalSchool: c.medicalSchool && c.medicalSchool.toUpperCase() !== "OTHER" ? c.medicalSchool : null,
    graduationYear: c.graduationYear,
    acceptsAssignment:
      c.acceptsAssignment === "Y" || c.acceptsAssignment === "M" ? c.acceptsAssignment : null,
    telehealth: c.telehealth,
    hospitals: hospitalList(c.hospitals),
    groupNames: c.groupNames,
  };
}
