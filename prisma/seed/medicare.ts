// Fictional Medicare evidence for the demo providers (issue 14): claims by provider and service for
// three data years and Care Compare facts, consistent with what each demo provider reports (yearly
// neck procedures, guidance, products, years injecting, telehealth). From a random stream of its own,
// so it can be tuned without reshuffling the providers. Fictional like everything else about them:
// the import rows say so, and the profile says so beside the figures.
// CMS's rules hold here too: no row under 11 patients (a smaller count is simply left out, as CMS
// does); toxin `services` in drug units of each code (J0586 per 5 units, J0587 per 100); 76942 only
// beside neck injections; J0589 only from 2023.
import { TOXIN_CODES } from "@/lib/cms/evidence";
import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import type { Specialty, ToxinProduct } from "@/lib/generated/prisma/enums";
import { DEMO_CLAIMS_SOURCE } from "@/lib/providers/medicare-evidence";
import type { TDemoProvider } from "./generate";
import { createRandom, type TRandom } from "./random";

export const DEMO_CLAIMS_YEARS = [2021, 2022, 2023] as const;
export { DEMO_CLAIMS_SOURCE };
export const DEMO_CLINICIANS_SOURCE = "demo data: fictional Care Compare facts";
/** The fictional Care Compare file's date: a month before the demo's reference date. */
export const DEMO_CLINICIANS_FILE_DATE = new Date("2026-10-01T00:00:00Z");
const REFERENCE_YEAR = 2026;
/** Share of demo providers with claims: the others have none published, as many real doctors. */
const CLAIMS_SHARE = 0.6;
const CARE_COMPARE_SHARE = 0.85;
const MIN_BENEFICIARIES = 11;

export type TDemoClaim = {
  npi: string;
  year: number;
  hcpcs: string;
  placeOfService: "F" | "O";
  beneficiaries: number;
  services: number;
  beneficiaryDays: number;
};

export type TDemoClinician = {
  npi: string;
  medicalSchool: string;
  graduationYear: number;
  specialties: string[];
  acceptsAssignment: "Y" | "M" | null;
  telehealth: boolean;
  groupNames: string[];
  addresses: { street1: string; street2: null; city: string; state: string; zip: string; phone: string }[];
  hospitals: { ccn: string; name: string }[];
};

export type TDemoMedicare = { claims: TDemoClaim[]; clinicians: TDemoClinician[] };

/** The J code of each product, matched by generic name. */
const CODE_OF_PRODUCT = Object.fromEntries(
  Object.entries(TOXIN_CODES).map(([code, generic]) => [
    FDA_APPROVED_PRODUCTS.find((p) => p.generic === generic)?.product,
    code,
  ]),
) as Record<ToxinProduct, string>;

/** Billing units of one cervical dystonia visit, per code's unit (typical label doses). */
const UNITS_PER_VISIT: Record<ToxinProduct, [number, number]> = {
  ONABOTULINUMTOXINA: [150, 300], // J0585, 1 unit
  ABOBOTULINUMTOXINA: [60, 200], // J0586, per 5 units: 300-1000 units
  RIMABOTULINUMTOXINB: [25, 100], // J0587, per 100 units: 2,500-10,000 units
  INCOBOTULINUMTOXINA: [120, 240], // J0588, 1 unit
  DAXIBOTULINUMTOXINA: [125, 250], // J0589, 1 unit
};

const CMS_SPECIALTY: Partial<Record<Specialty, string>> = {
  NEUROLOGY: "NEUROLOGY",
  PMR: "PHYSICAL MEDICINE AND REHABILITATION",
  ANESTHESIOLOGY: "ANESTHESIOLOGY",
  PAIN_MEDICINE: "PAIN MANAGEMENT",
};

const SCHOOLS = [
  "NORTHFIELD UNIVERSITY SCHOOL OF MEDICINE",
  "RIVERBEND COLLEGE OF MEDICINE",
  "EASTGATE UNIVERSITY SCHOOL OF MEDICINE",
  "LAKESHORE STATE UNIVERSITY COLLEGE OF MEDICINE",
];
const OSTEOPATHIC_SCHOOLS = [
  "WESTBROOK COLLEGE OF OSTEOPATHIC MEDICINE",
  "PINE VALLEY COLLEGE OF OSTEOPATHIC MEDICINE",
];

function place(
  r: TRandom,
  base: Omit<TDemoClaim, "placeOfService" | "beneficiaries" | "services" | "beneficiaryDays">,
  patients: number,
  visits: number,
  unitsPerVisit: [number, number] | null,
  facilityShare: number,
): TDemoClaim[] {
  const rows: TDemoClaim[] = [];
  const split: ["O" | "F", number][] = [
    ["O", 1 - facilityShare],
    ["F", facilityShare],
  ];
  for (const [pos, share] of split) {
    const beneficiaries = Math.round(patients * share);
    // CMS leaves out any count under 11: so does the demo.
    if (beneficiaries < MIN_BENEFICIARIES) continue;
    const beneficiaryDays = Math.max(beneficiaries, Math.round(visits * share));
    const services = unitsPerVisit
      ? beneficiaryDays * r.int(unitsPerVisit[0], unitsPerVisit[1])
      : beneficiaryDays + r.int(0, Math.ceil(beneficiaryDays * 0.6)); // 64616 is per side: often both
    rows.push({ ...base, placeOfService: pos, beneficiaries, services, beneficiaryDays });
  }
  return rows;
}

function claimsFor(r: TRandom, p: TDemoProvider): TDemoClaim[] {
  const e = p.experience;
  const startedYear = REFERENCE_YEAR - e.yearsInjecting;
  const medicareShare = 0.2 + r.next() * 0.25;
  const visitsPerPatient = 2.4 + r.next() * 1.2; // re-injection no sooner than every 12 weeks
  const facilityShare = r.chance(0.2) ? 0.2 + r.next() * 0.2 : 0;
  const estim = e.guidance.includes("EMG") && r.chance(0.15);
  const migraine = r.chance(0.06) ? r.int(11, 90) : 0;
  const rows: TDemoClaim[] = [];
  for (const year of DEMO_CLAIMS_YEARS) {
    if (year < startedYear) continue; // not injecting yet: no claims
    const base = { npi: p.npi, year };
    const visits = Math.round(e.yearlyNeckProcedures * medicareShare * (0.85 + r.next() * 0.3));
    const patients = Math.round(visits / visitsPerPatient);
    const neck = place(r, { ...base, hcpcs: "64616" }, patients, visits, null, facilityShare);
    rows.push(...neck);
    if (neck.length) {
      const guided = (code: string, share: number) =>
        rows.push(
          ...place(r, { ...base, hcpcs: code }, patients * share, visits * share, null, facilityShare),
        );
      if (e.guidance.includes("EMG")) guided(estim ? "95873" : "95874", 0.7 + r.next() * 0.3);
      if (e.guidance.includes("ULTRASOUND")) guided("76942", 0.6 + r.next() * 0.3);
    }
    // Toxins: the first product the provider uses takes most of the patients.
    const products = e.products.filter((pr) => pr !== "DAXIBOTULINUMTOXINA" || year >= 2023);
    products.forEach((product, k) => {
      const share = k === 0 ? 0.7 : 0.3 / (products.length - 1 || 1);
      const code = CODE_OF_PRODUCT[product];
      rows.push(
        ...place(
          r,
          { ...base, hcpcs: code },
          patients * share,
          visits * share,
          UNITS_PER_VISIT[product],
          facilityShare,
        ),
      );
    });
    if (migraine) {
      const n = Math.round(migraine * (0.85 + r.next() * 0.3));
      rows.push(...place(r, { ...base, hcpcs: "64615" }, n, n * 3, null, 0));
    }
  }
  return rows;
}

function clinicianFor(r: TRandom, p: TDemoProvider): TDemoClinician {
  const startedYear = REFERENCE_YEAR - p.experience.yearsInjecting;
  const certYear = Math.min(...p.certifications.map((c) => c.year), startedYear);
  // Graduation comes before residency, certification and the first injection.
  const graduationYear = Math.max(1965, Math.min(startedYear, certYear) - r.int(4, 9));
  const primary = p.locations[0];
  const city = primary?.city ?? "Springfield";
  const telehealthOffered = p.locations.some((l) => l.telehealthConsults);
  const specialties = [
    ...new Set(
      p.certifications
        .flatMap((c) => [c.specialty, ...(c.subspecialty ? [c.subspecialty] : [])])
        .map((s) => CMS_SPECIALTY[s]),
    ),
  ].filter((s): s is string => s !== undefined);
  const assignmentRoll = r.next();
  return {
    npi: p.npi,
    medicalSchool: r.chance(0.1) ? "OTHER" : r.pick(p.credential === "DO" ? OSTEOPATHIC_SCHOOLS : SCHOOLS),
    graduationYear,
    specialties,
    acceptsAssignment: assignmentRoll < 0.85 ? "Y" : assignmentRoll < 0.95 ? "M" : null,
    // Mostly as the practice says; a few differ, as real data sometimes does.
    telehealth: telehealthOffered ? r.chance(0.85) : r.chance(0.05),
    groupNames: primary ? [primary.practiceName] : [],
    addresses: p.locations.map((l) => ({
      street1: l.street1,
      street2: null,
      city: l.city,
      state: l.state,
      zip: l.zip,
      phone: l.phone,
    })),
    hospitals: [`${city} General Hospital`, `${city} Medical Center`]
      .slice(0, r.chance(0.4) ? 2 : 1)
      .map((name) => ({ ccn: String(r.int(100_000, 999_999)), name })),
  };
}

/** The demo providers' fictional Medicare claims (a deterministic 60%) and Care Compare rows (85%). */
export function generateDemoMedicare(providers: TDemoProvider[], seed: number): TDemoMedicare {
  const r = createRandom(seed ^ 0x3e_d1ca);
  const claims: TDemoClaim[] = [];
  const clinicians: TDemoClinician[] = [];
  for (const p of providers) {
    if (r.chance(CLAIMS_SHARE)) claims.push(...claimsFor(r, p));
    if (r.chance(CARE_COMPARE_SHARE)) clinicians.push(clinicianFor(r, p));
  }
  return { claims, clinicians };
}
