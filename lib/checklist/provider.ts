// The doctor block printed at the top of the checklist: public directory data only.
// Shared by the data layer (which builds it) and the browser (which shows and prints it).
import { factMarkText } from "@/lib/content/fact-marks";
import { DEMO_FACT_MARK } from "@/lib/content/listing";

export type TChecklistCertification = {
  board: string;
  specialty: string;
  subspecialty: string | null;
  year: number | null;
  verified: boolean;
  /** ISO date of the moderator's check; null unless verified. */
  verifiedAt: string | null;
};

export type TChecklistProvider = {
  id: number;
  /** "First Last, MD". */
  name: string;
  practiceName: string | null;
  addressLines: string[];
  phone: string | null;
  /** ISO date the practice last confirmed its details: the date of its reported facts. */
  lastConfirmedAt: string | null;
  /** Imported from the NPI registry and not claimed: nobody has confirmed what this doctor does. */
  unclaimedImport: boolean;
  /** A fictional provider of the demo seed: every fact about it is invented, including its marks. */
  demo: boolean;
  certifications: TChecklistCertification[];
};

export type TProviderSearchResult = { id: number; name: string; place: string | null };

export type TSearchProvidersResult =
  { ok: true; results: TProviderSearchResult[] } | { ok: false; message: string };
export type TGetProviderResult =
  { ok: true; provider: TChecklistProvider } | { ok: false; reason: "not-found" | "unavailable" };

/**
 * The checklist's two calls to the server (server actions of app/[locale]/(public)/checklist/actions.ts),
 * handed to the builder by its page: components never import routes.
 */
export type TChecklistActions = {
  searchProviders: (query: unknown) => Promise<TSearchProvidersResult>;
  getProvider: (id: unknown) => Promise<TGetProviderResult>;
};

const BOARD_NAMES: Record<string, string> = {
  ABPN: "American Board of Psychiatry and Neurology (ABPN)",
  ABPMR: "American Board of Physical Medicine and Rehabilitation (ABPMR)",
  ABA: "American Board of Anesthesiology (ABA)",
  AOBNP: "American Osteopathic Board of Neurology and Psychiatry (AOBNP)",
  AOBPMR: "American Osteopathic Board of Physical Medicine and Rehabilitation (AOBPMR)",
};

const SPECIALTY_NAMES: Record<string, string> = {
  NEUROLOGY: "Neurology",
  PAIN_MEDICINE: "Pain medicine",
  PMR: "Physical medicine and rehabilitation",
  NEUROMUSCULAR_MEDICINE: "Neuromuscular medicine",
  CLINICAL_NEUROPHYSIOLOGY: "Clinical neurophysiology",
  ANESTHESIOLOGY: "Anesthesiology",
  OTHER: "Other specialty",
};

export function boardLabel(board: string, boardName?: string | null): string {
  if (board === "OTHER") return boardName?.trim() || "Other board";
  return BOARD_NAMES[board] ?? board;
}

export function specialtyLabel(specialty: string): string {
  return SPECIALTY_NAMES[specialty] ?? specialty;
}

export function providerDisplayName(p: {
  firstName: string;
  lastName: string;
  suffix?: string | null;
  credential: string;
}): string {
  const suffix = p.suffix?.trim() ? ` ${p.suffix.trim()}` : "";
  return `${p.firstName} ${p.lastName}${suffix}, ${p.credential}`;
}

/**
 * One line per certification, with its mark in the words of lib/content/fact-marks.ts, e.g.
 * "ABPN (…): Neurology, subspecialty Pain medicine, 2014 (verified March 3, 2026)".
 */
export function certificationLine(
  c: TChecklistCertification,
  lastConfirmedAt: string | null,
  demo = false,
): string {
  const sub = c.subspecialty ? `, subspecialty ${c.subspecialty}` : "";
  const year = c.year ? `, ${c.year}` : "";
  // A demo doctor's "verified" is as invented as the doctor: on paper it must never read as a check.
  const mark = demo
    ? DEMO_FACT_MARK
    : c.verified
      ? factMarkText({ kind: "verified", date: c.verifiedAt })
      : factMarkText({ kind: "reported", date: lastConfirmedAt });
  return `${c.board}: ${c.specialty}${sub}${year} (${mark})`;
}
