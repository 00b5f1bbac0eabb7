import { createHash } from "node:crypto";
import { distanceMiles } from "@/lib/geo/distance";
import { zipTable, type TZipRow } from "@/lib/geo/zip-table";
import { npiCheckDigit } from "@/lib/npi";
import type {
  Board,
  Gender,
  Guidance,
  ProviderStatus,
  Specialty,
  ToxinProduct,
  VerificationState,
} from "@/lib/generated/prisma/enums";
import type { TInsurancePlan } from "@/lib/providers/insurance";
import type { TLanguageCode } from "@/lib/providers/languages";
import { demoFacts } from "./facts";
import { generateDemoMedicare, type TDemoMedicare } from "./medicare";
import { METROS } from "./metros";
import { FIRST_NAMES, LAST_NAMES, STREETS, STREET_TYPES } from "./names";
import { createRandom, type TRandom } from "./random";

/** Fixed, so that the same seed gives byte-identical demo data on every machine and every day. */
export const DEMO_SEED = 20261126;
export const DEMO_REFERENCE_DATE = new Date("2026-11-01T12:00:00Z");
const DAY = 86_400_000;

export type TDemoLocation = {
  practiceName: string;
  street1: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  latitude: number;
  longitude: number;
  acceptingNewPatients: boolean;
  inPersonConsults: boolean;
  telehealthConsults: boolean;
  referralRequired: boolean;
  isPrimary: boolean;
};
export type TDemoCertification = {
  board: Board;
  specialty: Specialty;
  subspecialty: Specialty | null;
  year: number;
  verificationState: VerificationState;
  verifiedAt: Date | null;
  verificationSource: string | null;
};
export type TDemoReview = { rating: number; body: string; displayName: string; emailHash: string; createdAt: Date; approved: boolean };
export type TDemoProvider = {
  npi: string;
  /** At the reserved .invalid top-level domain: demo e-mail can never reach a real person. */
  contactEmail: string;
  firstName: string;
  lastName: string;
  credential: string;
  languages: TLanguageCode[];
  languagesOther: string[];
  gender: Gender | null;
  insurancePlans: TInsurancePlan[];
  /** When the practice last confirmed its plans: with the profile; null without plans. */
  insuranceConfirmedAt: Date | null;
  bio: string;
  status: ProviderStatus;
  lastConfirmedAt: Date;
  /** Working days the practice says it usually takes to answer a request; null: not stated. */
  consultReplyDays: number | null;
  metro: string | null;
  locations: TDemoLocation[];
  certifications: TDemoCertification[];
  experience: {
    yearsInjecting: number;
    yearlyNeckProcedures: number;
    cervicalDystoniaFocus: boolean;
    guidance: Guidance[];
    products: ToxinProduct[];
    fellowship: string | null;
  };
  reviews: TDemoReview[];
};
export type TDemoData = {
  providers: TDemoProvider[];
  recommendations: { from: number; to: number; reason: string; approved: boolean }[];
  /** Fictional Medicare claims and Care Compare facts (prisma/seed/medicare.ts). */
  medicare: TDemoMedicare;
};

/** Demo practices' usual reply times (working days), one in six not stated. */
const REPLY_DAYS: Array<number | null> = [2, 1, 3, null, 2, 5];

/** A valid NPI for demo provider number i (unique for i below 10 million). */
export function demoNpi(i: number): string {
  const first9 = String(180_000_000 + i);
  return first9 + String(npiCheckDigit(first9));
}

type TProfile = "neurology" | "pmr" | "pain";
const BOARD_LABEL: Record<Board, string> = {
  ABPN: "ABPN", ABPMR: "ABPMR", ABA: "ABA", AOBNP: "AOBNP", AOBPMR: "AOBPMR", OTHER: "Other board",
};

function certificationsFor(r: TRandom, profile: TProfile, credential: string): TDemoCertification[] {
  if (r.chance(0.08)) return []; // lists no certification: still searchable, never "board certified"
  const year = r.int(1992, 2024);
  const osteopathic = credential === "DO" && r.chance(0.35);
  let board: Board;
  let specialty: Specialty;
  let subspecialty: Specialty | null = null;
  if (profile === "neurology") {
    board = osteopathic ? "AOBNP" : "ABPN";
    specialty = "NEUROLOGY";
    subspecialty = r.chance(0.1) ? "NEUROMUSCULAR_MEDICINE" : r.chance(0.1) ? "CLINICAL_NEUROPHYSIOLOGY" : r.chance(0.06) ? "PAIN_MEDICINE" : null;
  } else if (profile === "pmr") {
    board = osteopathic ? "AOBPMR" : "ABPMR";
    specialty = "PMR";
    subspecialty = r.chance(0.35) ? "PAIN_MEDICINE" : r.chance(0.08) ? "NEUROMUSCULAR_MEDICINE" : null;
  } else {
    board = "ABA";
    specialty = "ANESTHESIOLOGY";
    subspecialty = "PAIN_MEDICINE";
  }
  const roll = r.next();
  const verificationState: VerificationState = roll < 0.55 ? "VERIFIED" : roll < 0.61 ? "REJECTED" : "UNVERIFIED";
  const verified = verificationState !== "UNVERIFIED";
  return [
    {
      board,
      specialty,
      subspecialty,
      year,
      verificationState,
      verifiedAt: verified ? new Date(DEMO_REFERENCE_DATE.getTime() - r.int(1, 400) * DAY) : null,
      verificationSource: verified ? `${BOARD_LABEL[board]} online certification lookup (demo)` : null,
    },
  ];
}

function zipsNear(center: { lat: number; lng: number }, rows: TZipRow[], miles: number) {
  return rows
    .map((z) => ({ z, d: distanceMiles(center, z) }))
    .filter((x) => x.d <= miles);
}

const REVIEW_TEXTS: Record<number, string[]> = {
  5: ["Very thorough. Explained the risks and what to expect, used EMG guidance, and followed up after two weeks.", "Listened carefully and adjusted the plan at the second visit. Staff were kind and on time."],
  4: ["Good experience overall; the injection visit was quick and the doctor answered every question.", "Knowledgeable and careful. Scheduling took a few weeks, but the care was worth the wait."],
  3: ["The doctor was competent, but the office was hard to reach by phone and the wait was long.", "Fine visit. I wish more time had been spent explaining the side effects."],
  2: ["Felt rushed and the follow-up call never came. Billing was confusing.", "Hard to get an appointment and the visit felt impersonal."],
  1: ["Appointment was cancelled twice without notice. I went elsewhere.", "Did not feel listened to; questions about side effects were brushed off."],
};

export function generateDemoData(count = 3000, seed = DEMO_SEED): TDemoData {
  const r = createRandom(seed);
  // Languages, gender and plans (prisma/seed/facts.ts) from a stream of their own.
  const factsRandom = createRandom(seed ^ 0x13_f1a7);
  const allZips = [...zipTable().values()].sort((a, b) => a.zip.localeCompare(b.zip));
  const metroZips = METROS.map((m) => ({ metro: m, zips: zipsNear(m, allZips, 35) })).filter((m) => m.zips.length > 0);
  const providers: TDemoProvider[] = [];
  const byMetro = new Map<string, number[]>();

  for (let i = 0; i < count; i++) {
    const rural = r.chance(0.15);
    let zip: TZipRow;
    let metroName: string | null = null;
    let nearby: { z: TZipRow; d: number }[] = [];
    if (rural) {
      zip = r.pick(allZips);
    } else {
      const m = r.weighted(metroZips, (x) => x.metro.pop);
      metroName = m.metro.name;
      nearby = m.zips;
      zip = r.weighted(m.zips, (x) => 1 / (1 + x.d / 4)).z; // denser towards the centre
    }
    const profile = r.weighted<TProfile>(["neurology", "pmr", "pain"], (p) => ({ neurology: 45, pmr: 30, pain: 25 })[p]);
    const credential = r.chance(0.8) ? "MD" : "DO";
    const firstName = r.pick(FIRST_NAMES);
    const lastName = r.pick(LAST_NAMES);
    const nLocations = r.chance(0.8) ? 1 : r.chance(0.85) ? 2 : 3;
    const practiceBase = r.pick([
      `${zip.city} Neurology Associates`,
      `${lastName} Spine & Pain Center`,
      `Movement Disorders Clinic of ${zip.city}`,
      `${zip.city} Physical Medicine & Rehabilitation`,
      `${zip.city} Headache & Neck Center`,
    ]);
    const locations: TDemoLocation[] = [];
    for (let l = 0; l < nLocations; l++) {
      const z = l === 0 || nearby.length === 0 ? zip : r.pick(nearby).z;
      const telehealth = r.chance(0.35);
      locations.push({
        practiceName: l === 0 ? practiceBase : `${practiceBase} (${z.city} office)`,
        street1: `${r.int(10, 9800)} ${r.pick(STREETS)} ${r.pick(STREET_TYPES)}`,
        city: z.city,
        state: z.state,
        zip: z.zip,
        // 555-0100..0199 is reserved for fiction.
        phone: `(${r.int(201, 989)}) 555-01${String(r.int(0, 99)).padStart(2, "0")}`,
        latitude: z.lat,
        longitude: z.lng,
        acceptingNewPatients: r.chance(0.72),
        inPersonConsults: !telehealth || r.chance(0.9),
        telehealthConsults: telehealth,
        referralRequired: r.chance(0.4),
        isPrimary: l === 0,
      });
    }
    const certifications = certificationsFor(r, profile, credential);
    const focus = r.chance(profile === "neurology" ? 0.45 : 0.1);
    const emg = r.chance(profile === "neurology" ? 0.65 : 0.4);
    const ultrasound = r.chance(profile === "pmr" ? 0.5 : 0.3);
    const guidance: Guidance[] = emg || ultrasound ? [...(emg ? ["EMG" as const] : []), ...(ultrasound ? ["ULTRASOUND" as const] : [])] : ["NONE"];
    const products = (["ONABOTULINUMTOXINA", "ABOBOTULINUMTOXINA", "INCOBOTULINUMTOXINA", "RIMABOTULINUMTOXINB", "DAXIBOTULINUMTOXINA"] as const).filter(
      (_p, idx) => r.chance([0.92, 0.45, 0.4, 0.15, 0.1][idx] ?? 0),
    );
    const quality = 2.6 + 2.4 * r.next();
    const nReviews = r.chance(0.22) ? 0 : Math.floor(45 * r.next() ** 2.2) + 1;
    const reviews: TDemoReview[] = [];
    for (let k = 0; k < nReviews; k++) {
      const rating = Math.max(1, Math.min(5, Math.round(quality + (r.next() - 0.5) * 2.4)));
      reviews.push({
        rating,
        body: r.pick(REVIEW_TEXTS[rating] ?? REVIEW_TEXTS[3]!),
        displayName: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES).charAt(0)}.`,
        emailHash: createHash("sha256").update(`demo-review:${i}:${k}`).digest("hex"),
        createdAt: new Date(DEMO_REFERENCE_DATE.getTime() - r.int(1, 1500) * DAY),
        approved: r.chance(0.96),
      });
    }
    const statusRoll = r.next();
    const status: ProviderStatus = statusRoll < 0.95 ? "PUBLISHED" : statusRoll < 0.97 ? "PENDING" : statusRoll < 0.985 ? "DRAFT" : "SUSPENDED";
    const specialtyWords = { neurology: "neurologist", pmr: "physiatrist (PM&R)", pain: "pain medicine physician" }[profile];
    const facts = demoFacts(factsRandom, { metro: metroName, state: zip.state, firstName });
    const lastConfirmedAt = new Date(DEMO_REFERENCE_DATE.getTime() - r.int(0, 540) * DAY);
    providers.push({
      npi: demoNpi(i),
      contactEmail: `provider-${demoNpi(i)}@demo.neckcare.invalid`,
      firstName,
      lastName,
      credential,
      ...facts,
      insuranceConfirmedAt: facts.insurancePlans.length ? lastConfirmedAt : null,
      bio: `Fictional demo profile. Dr. ${lastName} is a ${specialtyWords} in ${zip.city}, ${zip.state}, whose practice includes botulinum toxin injections for the neck${focus ? ", with a focus on cervical dystonia" : ""}.`,
      status,
      lastConfirmedAt,
      // From the index, not the random stream: the rest of the demo data stays as it was.
      consultReplyDays: REPLY_DAYS[i % REPLY_DAYS.length]!,
      metro: metroName,
      locations,
      certifications,
      experience: {
        yearsInjecting: r.int(1, 25),
        yearlyNeckProcedures: Math.round(Math.exp(Math.log(10) + r.next() * (Math.log(800) - Math.log(10)))),
        cervicalDystoniaFocus: focus,
        guidance,
        products: products.length ? [...products] : ["ONABOTULINUMTOXINA"],
        fellowship: focus && r.chance(0.5) ? "Movement disorders fellowship" : null,
      },
      reviews,
    });
    if (metroName) byMetro.set(metroName, [...(byMetro.get(metroName) ?? []), i]);
  }

  const recommendations: TDemoData["recommendations"] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const metro = providers[i]?.metro;
    if (!metro || !r.chance(0.3)) continue;
    const peers = byMetro.get(metro) ?? [];
    const n = r.int(1, 4);
    for (let k = 0; k < n && peers.length > 1; k++) {
      const from = r.pick(peers);
      const key = `${from}:${i}`;
      if (from === i || seen.has(key)) continue;
      seen.add(key);
      recommendations.push({
        from,
        to: i,
        reason: r.pick([
          "I refer my cervical dystonia patients here: careful EMG-guided injections.",
          "Excellent follow-up and clear explanations of risks.",
          "Our shared patients do well; thoughtful dosing and good communication.",
        ]),
        approved: r.chance(0.92),
      });
    }
  }
  return { providers, recommendations, medicare: generateDemoMedicare(providers, seed) };
}
