// The search's result shapes: what GET /api/providers returns and the search page shows. A neutral
// module (no database, no React), so the data layer, routes and components all import it from here.
import type { Board, Guidance, Specialty } from "@/lib/generated/prisma/enums";
import type { TGender } from "@/lib/providers/gender";

export type TResultBoard = {
  board: Board;
  specialty: Specialty;
  subspecialty: Specialty | null;
  year: number | null;
  verification: "verified" | "self-reported";
  verifiedAt: string | null;
};

/**
 * Plans a source says the doctor accepts. Today one source, the practice itself ("practice",
 * self-reported, with the date it last confirmed them); a public source will add its own entry.
 */
export type TInsuranceReport = {
  /** "practice": self-reported, dated by its last confirmation; "care-compare": Medicare assignment in CMS's Care Compare file, dated by the file. */
  source: "practice" | "care-compare";
  plans: string[];
  confirmedAt: string | null;
};

/** Neck injections in the provider's latest data year with Medicare claims (lib/cms/evidence.ts); null when none is published. */
export type TMedicareEvidence = {
  year: number;
  /** Medicare patients with neck injections: the larger of the office and facility counts (at least this many). */
  patients: number | null;
  /** Patient-days with neck injections: the best proxy for visits. */
  visits: number | null;
  /** Guidance billed that year: "emg" (95874), "electrical-stimulation" (95873). */
  guidanceBilled: string[];
  /** Toxins billed that year, by generic name (their drug units are never shown as patients or visits). */
  toxinsBilled: string[];
};

export type TSearchResult = {
  id: number;
  name: string;
  credential: string;
  profileUrl: string;
  /** From the searched place; null in a name search everywhere (no place). */
  distanceMiles: number | null;
  latitude: number;
  longitude: number;
  practiceName: string;
  city: string;
  state: string;
  boards: TResultBoard[];
  yearsInjecting: number | null;
  yearlyVolume: number | null;
  guidance: Guidance[];
  cervicalDystoniaFocus: boolean;
  averageRating: number | null;
  reviewCount: number;
  recommendationCount: number;
  /** The four consultation facts of the listed location; null when nobody has confirmed them (an unclaimed NPPES import). */
  acceptingNewPatients: boolean | null;
  telehealth: boolean | null;
  inPerson: boolean | null;
  referralNeeded: boolean | null;
  /** ISO 639-1 codes of languages the doctor or staff speak; null when none are listed. */
  languages: string[] | null;
  /** Null when not stated (never guessed). */
  gender: TGender | null;
  /** Null when no source reports plans. */
  insurance: TInsuranceReport[] | null;
  /** Public Medicare claims for neck injections (Medicare Part B fee-for-service only); null when none published. */
  medicareEvidence: TMedicareEvidence | null;
  isDemo: boolean;
  /** Imported from NPPES and not claimed: consultation details are unknown, not "no". */
  isUnclaimedImport: boolean;
  registeredSpecialty: string | null;
  lastConfirmedAt: string | null;
};

/** Facet keys look like "board:neurology", "minYears:5", "accepting", "language:es". */
export type TFacetCounts = Record<string, number>;

export type TSearchPage = {
  total: number;
  page: number;
  pageSize: number;
  results: TSearchResult[];
  facets: TFacetCounts;
};

export type TMapPoint = {
  id: number;
  name: string;
  /** Null in a name search everywhere (no place). */
  distanceMiles: number | null;
  latitude: number;
  longitude: number;
  profileUrl: string;
  /** Fictional demo data: the popup says so, as the list does. */
  isDemo: boolean;
  /** Imported from NPPES and not claimed: the popup says so. */
  isUnclaimedImport: boolean;
  /**
   * Board areas as the list names them ("Neurology · Pain medicine"), or for a registry listing its
   * registered specialty; null when neither is known.
   */
  specialty: string | null;
  /** Whether that specialty is a board certification or the registry's self-selected taxonomy. */
  specialtyKind: "board" | "registered" | null;
  /** A moderator verified at least one of the board certifications. */
  boardVerified: boolean;
};
