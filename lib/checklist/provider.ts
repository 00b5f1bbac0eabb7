// The doctor block printed at the top of the checklist: public directory data only.
// Shared by the data layer (which builds it, in the page's language) and the browser (which shows and
// prints it). Named boards keep their English names (proper names, shown with lang="en"); a board the
// practice typed in is shown as written.
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

export type TChecklistCertification = {
  board: string;
  /** Whose words `board` is: a named board's English name, the practice's own words, or ours. */
  boardSource: TBoardSource;
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

export type TBoardSource = "name" | "provider" | "ours";

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
  /** `locale`: the language of the answer's messages. */
  searchProviders: (query: unknown, locale: unknown) => Promise<TSearchProvidersResult>;
  /** `locale`: the language of the specialty names. */
  getProvider: (id: unknown, locale: unknown) => Promise<TGetProviderResult>;
};

const BOARD_NAMES: Record<string, string> = {
  ABPN: "American Board of Psychiatry and Neurology (ABPN)",
  ABPMR: "American Board of Physical Medicine and Rehabilitation (ABPMR)",
  ABA: "American Board of Anesthesiology (ABA)",
  AOBNP: "American Osteopathic Board of Neurology and Psychiatry (AOBNP)",
  AOBPMR: "American Osteopathic Board of Physical Medicine and Rehabilitation (AOBPMR)",
};

const SPECIALTY_NAMES: Record<string, TLocalized> = {
  NEUROLOGY: { en: "Neurology", es: "Neurología" },
  PAIN_MEDICINE: { en: "Pain medicine", es: "Medicina del dolor" },
  PMR: { en: "Physical medicine and rehabilitation", es: "Medicina física y rehabilitación" },
  NEUROMUSCULAR_MEDICINE: { en: "Neuromuscular medicine", es: "Medicina neuromuscular" },
  CLINICAL_NEUROPHYSIOLOGY: { en: "Clinical neurophysiology", es: "Neurofisiología clínica" },
  ANESTHESIOLOGY: { en: "Anesthesiology", es: "Anestesiología" },
  OTHER: { en: "Other specialty", es: "Otra especialidad" },
};

const OTHER_BOARD: TLocalized = { en: "Other board", es: "Otra junta de certificación" };

export function boardLabel(board: string, boardName?: string | null, locale: TLocale = "en"): string {
  if (board === "OTHER") return boardName?.trim() || OTHER_BOARD[locale];
  return BOARD_NAMES[board] ?? board;
}

export function boardSource(board: string, boardName?: string | null): TBoardSource {
  if (board !== "OTHER") return "name";
  return boardName?.trim() ? "provider" : "ours";
}

export function specialtyLabel(specialty: string, locale: TLocale = "en"): string {
  return SPECIALTY_NAMES[specialty]?.[locale] ?? specialty;
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
