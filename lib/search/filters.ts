// Every search filter, declared once (docs/decisions/0005-filter-table.md). From this table come:
// the zod schema of /search and GET /api/providers (lib/validation/search-params.ts), the canonical
// query string, the provider facts the read model stores (lib/search-columns.ts), the SQL
// conditions and facet counts (lib/search/conditions.ts, facets.ts), the in-memory index's tests
// (lib/search/index-facts.ts), the filter form (app/[locale]/(public)/search/search-filters.tsx), "why it
// matched" and the empty page's relaxations (lib/search/why.ts).
//
// Kinds:
// - "list":  comma list of options; a provider matches when it has the fact of any chosen option
//            (facts are keys "<param>:<value>", written by `factsSql`). `single`: one value at most.
// - "flag":  "1" or left out; the provider has the fact "<param>".
// - "verified": "1" narrows the list filter `of` to facts a moderator verified ("verified-<of>:<value>").
// - "min":   a minimum on one of the read model's numbers; `options` are the menu's and the facets'.
// - "place": a yes/no fact of a practice location (lib/search/location-mask.ts): a provider matches
//            when one of its locations in the radius has every chosen one.
// - "name":  doctor or practice name, matched by the database's trigram word similarity.
//
// Client-safe (the filter form imports it): plain data and functions, SQL only as constant text.
import { INSURANCE_PLANS } from "@/lib/providers/insurance";
import { GENDER_LABELS, GENDERS } from "@/lib/providers/gender";
import { LANGUAGES } from "@/lib/providers/languages";
import type { TStepId } from "@/lib/content/steps";
import { GUIDANCE_CODES, NECK_CODES, TOXIN_CODES, EVIDENCE_YEARS } from "@/lib/cms/evidence";
import type { TSearchResult } from "./types";

export type TMinColumn = "years" | "volume" | "rating" | "reviews" | "medicare";

type TOption = { readonly value: string; readonly label: string };

/** Words a result card lists under "why it matched", for an active filter. Null: nothing to say. */
type TWhy<V> = (r: TSearchResult, value: V) => string | null;

type TBase = {
  readonly param: string;
  /** The step of the patient guide the filter sits under in the form. */
  readonly step: TStepId;
  /** The filter's name in the form and in messages ("Language spoken"). */
  readonly label: string;
};

export type TListFilter = TBase & {
  readonly kind: "list";
  readonly options: readonly TOption[];
  readonly single?: boolean;
  /** A SELECT of the provider's option values (p: "Provider", e: "NeckExperience"); facts are "<param>:<value>". */
  readonly factsSql: string;
  /** Show at most this many options before "more" (long lists: languages). */
  readonly shortList?: number;
  /** `verifiedOnly`: its "verified" modifier is on (values may then be empty: any verified option). */
  readonly why: (r: TSearchResult, values: readonly string[], verifiedOnly: boolean) => string | null;
  /** The relaxation link for one chosen value: "Language: Spanish". */
  readonly relaxLabel: (optionLabel: string) => string;
};
export type TVerifiedFilter = TBase & {
  readonly kind: "verified";
  /** The list filter it narrows (its facts exist once more as "verified-<of>:<value>"). */
  readonly of: string;
  readonly factsSql: string;
};
export type TFlagFilter = TBase & {
  readonly kind: "flag";
  /** A SELECT yielding one row when the provider has the fact (p: "Provider", e: "NeckExperience"). */
  readonly factsSql: string;
  readonly why: TWhy<true>;
};
export type TMinFilter = TBase & {
  readonly kind: "min";
  /** The read model's number (SearchPoint column `column`, or its `readModelColumn`). */
  readonly column: TMinColumn;
  readonly readModelColumn?: string;
  /** The SQL of the number, for the read model (p: "Provider", e: "NeckExperience"); null is "unknown". */
  readonly valueSql: string;
  readonly options: readonly number[];
  readonly max: number;
  /** Decimal steps of 0.5 are accepted (ratings); whole numbers otherwise. */
  readonly decimal?: boolean;
  readonly unit: (n: number) => string;
  readonly why: TWhy<number>;
};
export type TPlaceFilter = TBase & {
  readonly kind: "place";
  /** The fact's bit in a location's combination (lib/search/location-mask.ts). */
  readonly comboBit: 1 | 2 | 4;
  /** A boolean of the practice location (l: "Location"). */
  readonly factSql: string;
  readonly why: TWhy<true>;
};
export type TNameFilter = TBase & { readonly kind: "name"; readonly minLength: number; readonly maxLength: number };

export type TFilter = TListFilter | TVerifiedFilter | TFlagFilter | TMinFilter | TPlaceFilter | TNameFilter;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const labelsOf = (options: readonly TOption[], values: readonly string[]) =>
  values.map((v) => options.find((o) => o.value === v)?.label ?? v);

export const BOARD_OPTIONS = [
  { value: "neurology", label: "Neurology" },
  { value: "pain-medicine", label: "Pain medicine" },
  { value: "pmr", label: "Physical medicine & rehabilitation (PM&R)" },
] as const;
export const GUIDANCE_OPTIONS = [
  { value: "emg", label: "EMG guidance" },
  { value: "ultrasound", label: "Ultrasound guidance" },
] as const;
export const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({ value: l.code, label: l.name }));
export const INSURANCE_OPTIONS = INSURANCE_PLANS.map((p) => ({ value: p.slug, label: p.name }));
export const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));
export const FOCUS_OPTIONS = [{ value: "cervical-dystonia", label: "Cervical dystonia" }] as const;

/** A board area's words in "why it matched" ("physical medicine & rehabilitation"). */
const areaWords = (value: string) => (BOARD_OPTIONS.find((o) => o.value === value)?.label ?? value).replace(/ \(PM&R\)$/, "").toLowerCase();
const AREA_OF: Record<string, string | undefined> = { NEUROLOGY: "neurology", PAIN_MEDICINE: "pain-medicine", PMR: "pmr" };

/** The board certifications of a result in the chosen areas (all areas when none is chosen). */
function boardAreasMatched(r: TSearchResult, chosen: readonly string[], verifiedOnly: boolean) {
  const matching = r.boards.filter((b) => {
    const areas = [AREA_OF[b.specialty], b.subspecialty ? AREA_OF[b.subspecialty] : undefined].filter((a): a is string => !!a);
    return areas.some((a) => !chosen.length || chosen.includes(a)) && (!verifiedOnly || b.verification === "verified");
  });
  const areas = [
    ...new Set(
      matching.flatMap((b) =>
        [AREA_OF[b.specialty], b.subspecialty ? AREA_OF[b.subspecialty] : undefined].filter((a): a is string => !!a && (!chosen.length || chosen.includes(a))),
      ),
    ),
  ];
  return { areas, verified: matching.some((b) => b.verification === "verified") };
}

export function boardWhy(r: TSearchResult, chosen: readonly string[], verifiedOnly: boolean): string | null {
  const { areas, verified } = boardAreasMatched(r, chosen, verifiedOnly);
  if (!areas.length) return null;
  const words = areas.map(areaWords).join(" and ");
  // Verified when a moderator verified a matching certification; otherwise said to be reported by the practice (lib/content/fact-marks.ts).
  return verified ? `Verified board certification in ${words}` : `Board certification in ${words} (reported by the practice)`;
}

// Medicare claims (lib/cms/evidence.ts): neck injections billed by the provider's NPI in one of the
// latest EVIDENCE_YEARS data years imported. No row is "fewer than 11 patients, or none".
const NECK_SQL = NECK_CODES.map((c) => `'${c}'`).join(", ");
const WINDOW_SQL = `(SELECT coalesce(max(i.year), 0) FROM "MedicareImport" i WHERE i.dataset = 'claims') - ${EVIDENCE_YEARS}`;
/** The neck-injection rows of the provider in the evidence window (m: "MedicareServiceStat"). */
export const NECK_ROWS_SQL = `"MedicareServiceStat" m WHERE m.npi = p.npi AND m.hcpcs IN (${NECK_SQL}) AND m.year > ${WINDOW_SQL}`;
/**
 * Neck-injection Medicare patients in the provider's latest year with data: the larger of its office
 * and facility counts (a patient seen at both is in both; a sum could count them twice).
 */
const MEDICARE_PATIENTS_SQL = `(SELECT max(m.beneficiaries) FROM ${NECK_ROWS_SQL} AND m.year = (SELECT max(m.year) FROM ${NECK_ROWS_SQL}))`;
/** Care Compare says the clinician accepts Medicare assignment (ind_assgn Y; M "may accept" does not count). */
const ASSIGNMENT_SQL = `EXISTS (SELECT 1 FROM "CareCompareClinician" cc WHERE cc.npi = p.npi AND cc."acceptsAssignment" = 'Y')`;
export const MEDICARE_EVIDENCE_CODES = { neck: NECK_CODES, guidance: GUIDANCE_CODES, toxins: TOXIN_CODES };

/**
 * The table. Order: the order of the canonical query string and of each step's controls. Keep the
 * parameter names: links, bookmarks and other programs depend on them.
 */
export const FILTERS = [
  { kind: "name", param: "q", step: "referrals", label: "Doctor or practice name", minLength: 2, maxLength: 100 },
  {
    kind: "list",
    param: "board",
    step: "credentials",
    label: "Board certified in",
    options: BOARD_OPTIONS,
    factsSql: `SELECT a FROM unnest(p."boardAreas") a`,
    why: (r, values, verifiedOnly) => boardWhy(r, values, verifiedOnly),
    relaxLabel: (l) => `Board: ${l}`,
  },
  {
    kind: "verified",
    param: "verified",
    of: "board",
    step: "credentials",
    label: "Verified by a moderator only",
    factsSql: `SELECT a FROM unnest(p."verifiedBoardAreas") a`,
  },
  {
    kind: "min",
    param: "minYears",
    column: "years",
    valueSql: `e."yearsInjecting"`,
    step: "experience",
    label: "Years injecting the neck",
    options: [1, 3, 5, 10, 15],
    max: 60,
    unit: (n) => `${n}+ years`,
    why: (r) => (r.yearsInjecting === null ? null : `${r.yearsInjecting} years injecting the neck (reported by the practice)`),
  },
  {
    kind: "min",
    param: "minVolume",
    column: "volume",
    valueSql: `e."yearlyNeckProcedures"`,
    step: "experience",
    label: "Neck procedures a year",
    options: [25, 50, 100, 200, 500],
    max: 10000,
    unit: (n) => `${n}+ a year`,
    why: (r) => (r.yearlyVolume === null ? null : `About ${r.yearlyVolume} neck procedures a year (reported by the practice)`),
  },
  {
    kind: "list",
    param: "guidance",
    step: "experience",
    label: "Injection guidance",
    options: GUIDANCE_OPTIONS,
    factsSql: `SELECT lower(g::text) FROM unnest(e.guidance) g`,
    why: (r, values) => {
      const used = values.filter((g) => r.guidance.includes(g === "emg" ? "EMG" : "ULTRASOUND"));
      return used.length ? `Uses ${labelsOf(GUIDANCE_OPTIONS, used).join(" and ").toLowerCase()}` : null;
    },
    relaxLabel: (l) => l,
  },
  {
    kind: "flag",
    param: "recommended",
    step: "referrals",
    label: "Recommended by clinicians",
    factsSql: `SELECT 1 WHERE p."recommendationCount" > 0`,
    why: (r) => `Recommended by ${plural(r.recommendationCount, "clinician")}`,
  },
  { kind: "place", param: "noReferral", comboBit: 1, factSql: `NOT l."referralRequired"`, step: "referrals", label: "No referral needed", why: () => "No referral needed" },
  {
    kind: "min",
    param: "minRating",
    column: "rating",
    valueSql: `p."ratingAverage"`,
    step: "reviews",
    label: "Average rating",
    options: [3, 3.5, 4, 4.5],
    max: 5,
    decimal: true,
    unit: (n) => `${n}+ stars`,
    why: (r) => (r.averageRating === null ? null : `Rated ${r.averageRating.toFixed(1)} of 5 in ${plural(r.reviewCount, "review")}`),
  },
  {
    kind: "min",
    param: "minReviews",
    column: "reviews",
    valueSql: `p."reviewCount"`,
    step: "reviews",
    label: "Number of reviews",
    options: [1, 5, 10, 25],
    max: 1000,
    unit: (n) => `${n}+ review${n === 1 ? "" : "s"}`,
    why: (r) => (r.averageRating === null ? null : `Rated ${r.averageRating.toFixed(1)} of 5 in ${plural(r.reviewCount, "review")}`),
  },
  { kind: "place", param: "accepting", comboBit: 4, factSql: `l."acceptingNewPatients"`, step: "consultation", label: "Accepting new patients", why: () => "Accepting new patients" },
  { kind: "place", param: "telehealth", comboBit: 2, factSql: `l."telehealthConsults"`, step: "consultation", label: "Telehealth consultations", why: () => "Offers telehealth consultations" },
  {
    kind: "list",
    param: "language",
    step: "consultation",
    label: "Language spoken",
    options: LANGUAGE_OPTIONS,
    shortList: 8,
    factsSql: `SELECT c FROM unnest(p.languages) c`,
    why: (r, values) => {
      const spoken = values.filter((v) => r.languages?.includes(v));
      return spoken.length ? `Speaks ${labelsOf(LANGUAGE_OPTIONS, spoken).join(" and ")} (doctor or staff)` : null;
    },
    relaxLabel: (l) => `Language: ${l}`,
  },
  {
    kind: "list",
    param: "gender",
    step: "consultation",
    label: "Doctor's gender",
    single: true,
    options: GENDER_OPTIONS,
    factsSql: `SELECT lower(p.gender::text) WHERE p.gender IS NOT NULL`,
    why: (r) => (r.gender ? `${r.gender === "female" ? "Female" : "Male"} doctor` : null),
    relaxLabel: (l) => `Gender: ${l}`,
  },
  {
    kind: "list",
    param: "focus",
    step: "experience",
    label: "Conditions the practice treats",
    options: FOCUS_OPTIONS,
    factsSql: `SELECT 'cervical-dystonia' WHERE e."cervicalDystoniaFocus"`,
    why: (r) => (r.cervicalDystoniaFocus ? "Treats cervical dystonia (reported by the practice)" : null),
    relaxLabel: (l) => `Treats ${l.toLowerCase()}`,
  },
  {
    kind: "flag",
    param: "medicareNeck",
    step: "experience",
    label: "Medicare claims show neck injections",
    factsSql: `SELECT 1 WHERE EXISTS (SELECT 1 FROM ${NECK_ROWS_SQL})`,
    why: (r) =>
      r.medicareEvidence
        ? `Medicare claims show neck injections in ${r.medicareEvidence.year}${r.medicareEvidence.patients !== null ? ` (at least ${r.medicareEvidence.patients} Medicare patients)` : ""}`
        : null,
  },
  {
    kind: "min",
    param: "minMedicarePatients",
    column: "medicare",
    readModelColumn: "medicarePatients",
    valueSql: MEDICARE_PATIENTS_SQL,
    step: "experience",
    label: "Medicare patients with neck injections",
    // CMS publishes no count under 11: 11 is the smallest minimum that means anything.
    options: [11, 25, 50, 100],
    max: 100000,
    unit: (n) => `${n}+ patients a year`,
    why: (r) =>
      r.medicareEvidence?.patients != null
        ? `At least ${r.medicareEvidence.patients} Medicare patients with neck injections in ${r.medicareEvidence.year} (public Medicare data)`
        : null,
  },
  {
    kind: "list",
    param: "insurance",
    step: "consultation",
    label: "Insurance accepted",
    options: INSURANCE_OPTIONS,
    factsSql: `SELECT i FROM unnest(p."insurancePlans") i`,
    why: (r, values) => {
      const plans = r.insurance?.flatMap((x) => x.plans) ?? [];
      const hit = values.filter((v) => plans.includes(v));
      return hit.length ? `Accepts ${labelsOf(INSURANCE_OPTIONS, hit).join(" and ")} (reported by the practice)` : null;
    },
    relaxLabel: (l) => `Insurance: ${l}`,
  },
  {
    kind: "flag",
    param: "medicare",
    step: "consultation",
    label: "Accepts Medicare",
    // Public data (Care Compare's Medicare assignment), or the practice's own word (its plans).
    factsSql: `SELECT 1 WHERE ${ASSIGNMENT_SQL} OR 'medicare' = ANY(p."insurancePlans")`,
    why: (r) => {
      const publicReport = r.insurance?.find((x) => x.source === "care-compare" && x.plans.includes("medicare"));
      if (publicReport) return "Accepts Medicare assignment (Medicare Care Compare)";
      return r.insurance?.some((x) => x.source === "practice" && x.plans.includes("medicare")) ? "Accepts Medicare (reported by the practice)" : null;
    },
  },
] as const satisfies readonly TFilter[];

export type TFilterDef = (typeof FILTERS)[number];
export type TFilterParam = TFilterDef["param"];

/** The filters of one kind, typed. */
export function filtersOf<K extends TFilter["kind"]>(kind: K): Array<Extract<TFilter, { kind: K }>> {
  return (FILTERS as readonly TFilter[]).filter((f): f is Extract<TFilter, { kind: K }> => f.kind === kind);
}

/** The filter a "verified" modifier narrows. */
export function verifiedOf(list: TListFilter): TVerifiedFilter | undefined {
  return filtersOf("verified").find((v) => v.of === list.param);
}

/**
 * Facet groups: a facet count applies every group's filter but its own, plus the option. A
 * "verified" modifier shares its list's group; the practice-location filters share one group
 * (their facts are tested together on each location).
 */
export function groupOf(f: TFilter): string {
  if (f.kind === "verified") return f.of;
  if (f.kind === "place") return "location";
  return f.param;
}

/** The fact key of a list option, as the read model stores it. */
export const factKey = (param: string, value: string) => `${param}:${value}`;
/** The fact key of a list option verified by a moderator. */
export const verifiedFactKey = (of: string, value: string) => `verified-${of}:${value}`;
