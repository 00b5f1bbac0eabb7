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
// Words (labels, options, units, "why it matched", relaxations) exist in every interface language
// (issue 19): labels are TLocalized, and the functions that make words take the locale. The
// parameters, values and fact keys are language-neutral (the API and links use them).
//
// Client-safe: plain data and functions, SQL only as constant text.
import type { TLocale } from "@/lib/i18n/routing";
import { formatNumber } from "@/lib/i18n/format";
import type { TLocalized } from "@/lib/i18n/localized";
import { INSURANCE_PLANS } from "@/lib/providers/insurance";
import { GENDER_LABELS, GENDERS, type TGender } from "@/lib/providers/gender";
import { LANGUAGES, type TLanguageCode } from "@/lib/providers/languages";
import type { TStepId } from "@/lib/content/steps";
import { GUIDANCE_CODES, NECK_CODES, TOXIN_CODES, EVIDENCE_YEARS } from "@/lib/cms/evidence";
import type { TSearchResult } from "./types";

export type TMinColumn = "years" | "volume" | "rating" | "reviews" | "medicare";

type TOption = { readonly value: string; readonly label: TLocalized };

/** Words a result card lists under "why it matched", for an active filter. Null: nothing to say. */
type TWhy<V> = (r: TSearchResult, value: V, locale: TLocale) => string | null;

type TBase = {
  readonly param: string;
  /** The step of the patient guide the filter sits under in the form. */
  readonly step: TStepId;
  /** The filter's name in the form and in messages ("Language spoken"); the API's messages use `en`. */
  readonly label: TLocalized;
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
  readonly why: (
    r: TSearchResult,
    values: readonly string[],
    verifiedOnly: boolean,
    locale: TLocale,
  ) => string | null;
  /** The relaxation link for one chosen value (its label in `locale`): "Language: Spanish". */
  readonly relaxLabel: (optionLabel: string, locale: TLocale) => string;
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
  /** A minimum as the menu and the chips say it: "5+ years". */
  readonly unit: (n: number, locale: TLocale) => string;
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
export type TNameFilter = TBase & {
  readonly kind: "name";
  readonly minLength: number;
  readonly maxLength: number;
};

export type TFilter = TListFilter | TVerifiedFilter | TFlagFilter | TMinFilter | TPlaceFilter | TNameFilter;

const L = (en: string, es: string): TLocalized => ({ en, es });
/** The words of the locale, both written side by side in the table. */
const say = (locale: TLocale, en: string, es: string) => (locale === "es" ? es : en);
const num = (n: number, locale: TLocale) => formatNumber(n, locale);
/** "one and two", "uno y dos". */
const and = (words: readonly string[], locale: TLocale) => words.join(say(locale, " and ", " y "));
const plural = (n: number, locale: TLocale, en: [string, string], es: [string, string]) => {
  const [one, other] = locale === "es" ? es : en;
  return `${num(n, locale)} ${n === 1 ? one : other}`;
};
const labelsOf = (options: readonly TOption[], values: readonly string[], locale: TLocale) =>
  values.map((v) => options.find((o) => o.value === v)?.label[locale] ?? v);
/** "Español" as a word inside a Spanish sentence: "español" (names of languages are not capitalised in Spanish). */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const BOARD_OPTIONS = [
  { value: "neurology", label: L("Neurology", "Neurología") },
  { value: "pain-medicine", label: L("Pain medicine", "Medicina del dolor") },
  {
    value: "pmr",
    label: L("Physical medicine & rehabilitation (PM&R)", "Medicina física y rehabilitación (PM&R)"),
  },
] as const satisfies readonly TOption[];
export const GUIDANCE_OPTIONS = [
  { value: "emg", label: L("EMG guidance", "Guía por EMG") },
  { value: "ultrasound", label: L("Ultrasound guidance", "Guía por ecografía") },
] as const satisfies readonly TOption[];

/** The languages' names in Spanish (lib/providers/languages.ts has the English and their own names). */
const LANGUAGE_NAMES_ES: Record<TLanguageCode, string> = {
  en: "Inglés",
  es: "Español",
  zh: "Chino",
  tl: "Tagalo",
  vi: "Vietnamita",
  ar: "Árabe",
  fr: "Francés",
  ko: "Coreano",
  ru: "Ruso",
  pt: "Portugués",
  ht: "Criollo haitiano",
  hi: "Hindi",
  de: "Alemán",
  pl: "Polaco",
  it: "Italiano",
  ur: "Urdu",
  fa: "Persa (farsi)",
  gu: "Guyaratí",
  ja: "Japonés",
  bn: "Bengalí",
  pa: "Panyabí",
  te: "Telugu",
  ta: "Tamil",
  he: "Hebreo",
  hy: "Armenio",
  el: "Griego",
  uk: "Ucraniano",
  so: "Somalí",
  am: "Amhárico",
  km: "Jemer",
  th: "Tailandés",
  yi: "Ídish",
  nv: "Navajo",
  sgn: "Lengua de señas americana (ASL)",
};
const GENDER_LABELS_ES: Record<TGender, string> = { female: "Mujer", male: "Hombre" };

export const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({
  value: l.code,
  label: L(l.name, LANGUAGE_NAMES_ES[l.code]),
}));
// Plan names are brands: the same in both languages.
export const INSURANCE_OPTIONS = INSURANCE_PLANS.map((p) => ({ value: p.slug, label: L(p.name, p.name) }));
export const GENDER_OPTIONS = GENDERS.map((g) => ({
  value: g,
  label: L(GENDER_LABELS[g], GENDER_LABELS_ES[g]),
}));
export const FOCUS_OPTIONS = [
  { value: "cervical-dystonia", label: L("Cervical dystonia", "Distonía cervical") },
] as const satisfies readonly TOption[];

/** An option's label in a language ("es" of LANGUAGE_OPTIONS: "Español"); the value itself when unknown. */
export function optionLabel(options: readonly TOption[], value: string, locale: TLocale): string {
  return options.find((o) => o.value === value)?.label[locale] ?? value;
}

/** A board area's words in "why it matched" ("physical medicine & rehabilitation"). */
const areaWords = (value: string, locale: TLocale) =>
  optionLabel(BOARD_OPTIONS, value, locale)
    .replace(/ \(PM&R\)$/, "")
    .toLowerCase();
const AREA_OF: Record<string, string | undefined> = {
  NEUROLOGY: "neurology",
  PAIN_MEDICINE: "pain-medicine",
  PMR: "pmr",
};

/** The board certifications of a result in the chosen areas (all areas when none is chosen). */
function boardAreasMatched(r: TSearchResult, chosen: readonly string[], verifiedOnly: boolean) {
  const matching = r.boards.filter((b) => {
    const areas = [AREA_OF[b.specialty], b.subspecialty ? AREA_OF[b.subspecialty] : undefined].filter(
      (a): a is string => !!a,
    );
    return (
      areas.some((a) => !chosen.length || chosen.includes(a)) &&
      (!verifiedOnly || b.verification === "verified")
    );
  });
  const areas = [
    ...new Set(
      matching.flatMap((b) =>
        [AREA_OF[b.specialty], b.subspecialty ? AREA_OF[b.subspecialty] : undefined].filter(
          (a): a is string => !!a && (!chosen.length || chosen.includes(a)),
        ),
      ),
    ),
  ];
  return { areas, verified: matching.some((b) => b.verification === "verified") };
}

export function boardWhy(
  r: TSearchResult,
  chosen: readonly string[],
  verifiedOnly: boolean,
  locale: TLocale = "en",
): string | null {
  const { areas, verified } = boardAreasMatched(r, chosen, verifiedOnly);
  if (!areas.length) return null;
  const words = and(
    areas.map((a) => areaWords(a, locale)),
    locale,
  );
  // Verified when a moderator verified a matching certification; otherwise said to be reported by the practice (lib/content/fact-marks.ts).
  return verified
    ? say(
        locale,
        `Verified board certification in ${words}`,
        `Certificación de especialidad (board) verificada en ${words}`,
      )
    : say(
        locale,
        `Board certification in ${words} (reported by the practice)`,
        `Certificación de especialidad (board) en ${words} (informada por el consultorio)`,
      );
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

/** A minimum rating or number of reviews: the same words for both. */
function ratingWhy(r: TSearchResult, locale: TLocale): string | null {
  if (r.averageRating === null) return null;
  const rating = formatNumber(r.averageRating, locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    say(locale, "Rated ", "Calificación de ") +
    `${rating} ${say(locale, "of", "sobre")} 5 ${say(locale, "in", "en")} ` +
    plural(r.reviewCount, locale, ["review", "reviews"], ["reseña", "reseñas"])
  );
}

/**
 * The table. Order: the order of the canonical query string and of each step's controls. Keep the
 * parameter names: links, bookmarks and other programs depend on them.
 */
export const FILTERS = [
  {
    kind: "name",
    param: "q",
    step: "referrals",
    label: L("Doctor or practice name", "Nombre del médico o del consultorio"),
    minLength: 2,
    maxLength: 100,
  },
  {
    kind: "list",
    param: "board",
    step: "credentials",
    label: L("Board certified in", "Certificación de especialidad (board) en"),
    options: BOARD_OPTIONS,
    factsSql: `SELECT a FROM unnest(p."boardAreas") a`,
    why: (r, values, verifiedOnly, locale) => boardWhy(r, values, verifiedOnly, locale),
    relaxLabel: (l, locale) => say(locale, `Board: ${l}`, `Certificación: ${l}`),
  },
  {
    kind: "verified",
    param: "verified",
    of: "board",
    step: "credentials",
    label: L("Verified by a moderator only", "Solo las verificadas por un moderador"),
    factsSql: `SELECT a FROM unnest(p."verifiedBoardAreas") a`,
  },
  {
    kind: "min",
    param: "minYears",
    column: "years",
    valueSql: `e."yearsInjecting"`,
    step: "experience",
    label: L("Years injecting the neck", "Años inyectando en el cuello"),
    options: [1, 3, 5, 10, 15],
    max: 60,
    unit: (n, locale) => say(locale, `${n}+ years`, `${num(n, locale)}+ años`),
    why: (r, _v, locale) =>
      r.yearsInjecting === null
        ? null
        : say(
            locale,
            `${r.yearsInjecting} years injecting the neck (reported by the practice)`,
            `${num(r.yearsInjecting, locale)} años inyectando en el cuello (informado por el consultorio)`,
          ),
  },
  {
    kind: "min",
    param: "minVolume",
    column: "volume",
    valueSql: `e."yearlyNeckProcedures"`,
    step: "experience",
    label: L("Neck procedures a year", "Procedimientos en el cuello al año"),
    options: [25, 50, 100, 200, 500],
    max: 10000,
    unit: (n, locale) => say(locale, `${n}+ a year`, `${num(n, locale)}+ al año`),
    why: (r, _v, locale) =>
      r.yearlyVolume === null
        ? null
        : say(
            locale,
            `About ${r.yearlyVolume} neck procedures a year (reported by the practice)`,
            `Unos ${num(r.yearlyVolume, locale)} procedimientos en el cuello al año (informado por el consultorio)`,
          ),
  },
  {
    kind: "list",
    param: "guidance",
    step: "experience",
    label: L("Injection guidance", "Guía de la inyección"),
    options: GUIDANCE_OPTIONS,
    factsSql: `SELECT lower(g::text) FROM unnest(e.guidance) g`,
    why: (r, values, _verifiedOnly, locale) => {
      const used = values.filter((g) => r.guidance.includes(g === "emg" ? "EMG" : "ULTRASOUND"));
      if (!used.length) return null;
      const names = labelsOf(GUIDANCE_OPTIONS, used, locale);
      return say(
        locale,
        `Uses ${and(names, locale).toLowerCase()}`,
        `Usa ${and(names.map(lowerFirst), locale)}`,
      );
    },
    relaxLabel: (l) => l,
  },
  {
    kind: "flag",
    param: "recommended",
    step: "referrals",
    label: L("Recommended by clinicians", "Recomendado por profesionales de la salud"),
    factsSql: `SELECT 1 WHERE p."recommendationCount" > 0`,
    why: (r, _v, locale) =>
      say(locale, "Recommended by ", "Recomendado por ") +
      plural(
        r.recommendationCount,
        locale,
        ["clinician", "clinicians"],
        ["profesional de la salud", "profesionales de la salud"],
      ),
  },
  {
    kind: "place",
    param: "noReferral",
    comboBit: 1,
    factSql: `NOT l."referralRequired"`,
    step: "referrals",
    label: L("No referral needed", "No necesita referido"),
    why: (_r, _v, locale) => say(locale, "No referral needed", "No necesita referido"),
  },
  {
    kind: "min",
    param: "minRating",
    column: "rating",
    valueSql: `p."ratingAverage"`,
    step: "reviews",
    label: L("Average rating", "Calificación promedio"),
    options: [3, 3.5, 4, 4.5],
    max: 5,
    decimal: true,
    unit: (n, locale) => say(locale, `${n}+ stars`, `${num(n, locale)}+ estrellas`),
    why: (r, _v, locale) => ratingWhy(r, locale),
  },
  {
    kind: "min",
    param: "minReviews",
    column: "reviews",
    valueSql: `p."reviewCount"`,
    step: "reviews",
    label: L("Number of reviews", "Número de reseñas"),
    options: [1, 5, 10, 25],
    max: 1000,
    unit: (n, locale) =>
      say(
        locale,
        `${n}+ review${n === 1 ? "" : "s"}`,
        `${num(n, locale)}+ ${n === 1 ? "reseña" : "reseñas"}`,
      ),
    why: (r, _v, locale) => ratingWhy(r, locale),
  },
  {
    kind: "place",
    param: "accepting",
    comboBit: 4,
    factSql: `l."acceptingNewPatients"`,
    step: "consultation",
    label: L("Accepting new patients", "Acepta pacientes nuevos"),
    why: (_r, _v, locale) => say(locale, "Accepting new patients", "Acepta pacientes nuevos"),
  },
  {
    kind: "place",
    param: "telehealth",
    comboBit: 2,
    factSql: `l."telehealthConsults"`,
    step: "consultation",
    label: L("Telehealth consultations", "Consultas por telesalud"),
    why: (_r, _v, locale) => say(locale, "Offers telehealth consultations", "Ofrece consultas por telesalud"),
  },
  {
    kind: "list",
    param: "language",
    step: "consultation",
    label: L("Language spoken", "Idioma que se habla"),
    options: LANGUAGE_OPTIONS,
    shortList: 8,
    factsSql: `SELECT c FROM unnest(p.languages) c`,
    why: (r, values, _verifiedOnly, locale) => {
      const spoken = values.filter((v) => r.languages?.includes(v));
      if (!spoken.length) return null;
      const names = labelsOf(LANGUAGE_OPTIONS, spoken, locale);
      return say(
        locale,
        `Speaks ${and(names, locale)} (doctor or staff)`,
        `Habla ${and(names.map(lowerFirst), locale)} (el médico o el personal)`,
      );
    },
    relaxLabel: (l, locale) => say(locale, `Language: ${l}`, `Idioma: ${l}`),
  },
  {
    kind: "list",
    param: "gender",
    step: "consultation",
    label: L("Doctor's gender", "Género del médico"),
    single: true,
    options: GENDER_OPTIONS,
    factsSql: `SELECT lower(p.gender::text) WHERE p.gender IS NOT NULL`,
    why: (r, _values, _verifiedOnly, locale) =>
      r.gender
        ? r.gender === "female"
          ? say(locale, "Female doctor", "Médica (mujer)")
          : say(locale, "Male doctor", "Médico (hombre)")
        : null,
    relaxLabel: (l, locale) => say(locale, `Gender: ${l}`, `Género: ${l}`),
  },
  {
    kind: "list",
    param: "focus",
    step: "experience",
    label: L("Conditions the practice treats", "Afecciones que trata el consultorio"),
    options: FOCUS_OPTIONS,
    factsSql: `SELECT 'cervical-dystonia' WHERE e."cervicalDystoniaFocus"`,
    why: (r, _values, _verifiedOnly, locale) =>
      r.cervicalDystoniaFocus
        ? say(
            locale,
            "Treats cervical dystonia (reported by the practice)",
            "Trata la distonía cervical (informado por el consultorio)",
          )
        : null,
    relaxLabel: (l, locale) => say(locale, `Treats ${l.toLowerCase()}`, `Trata la ${l.toLowerCase()}`),
  },
  {
    kind: "flag",
    param: "medicareNeck",
    step: "experience",
    label: L(
      "Medicare claims show neck injections",
      "Las reclamaciones de Medicare muestran inyecciones en el cuello",
    ),
    factsSql: `SELECT 1 WHERE EXISTS (SELECT 1 FROM ${NECK_ROWS_SQL})`,
    why: (r, _v, locale) => {
      const ev = r.medicareEvidence;
      if (!ev) return null;
      const patients =
        ev.patients !== null
          ? say(
              locale,
              ` (at least ${ev.patients} Medicare patients)`,
              ` (al menos ${num(ev.patients, locale)} pacientes de Medicare)`,
            )
          : "";
      return (
        say(
          locale,
          `Medicare claims show neck injections in ${ev.year}`,
          `Las reclamaciones de Medicare muestran inyecciones en el cuello en ${ev.year}`,
        ) + patients
      );
    },
  },
  {
    kind: "min",
    param: "minMedicarePatients",
    column: "medicare",
    readModelColumn: "medicarePatients",
    valueSql: MEDICARE_PATIENTS_SQL,
    step: "experience",
    label: L("Medicare patients with neck injections", "Pacientes de Medicare con inyecciones en el cuello"),
    // CMS publishes no count under 11: 11 is the smallest minimum that means anything.
    options: [11, 25, 50, 100],
    max: 100000,
    unit: (n, locale) => say(locale, `${n}+ patients a year`, `${num(n, locale)}+ pacientes al año`),
    why: (r, _v, locale) => {
      const ev = r.medicareEvidence;
      if (ev?.patients == null) return null;
      return say(
        locale,
        `At least ${ev.patients} Medicare patients with neck injections in ${ev.year} (public Medicare data)`,
        `Al menos ${num(ev.patients, locale)} pacientes de Medicare con inyecciones en el cuello en ${ev.year} (datos públicos de Medicare)`,
      );
    },
  },
  {
    kind: "list",
    param: "insurance",
    step: "consultation",
    label: L("Insurance accepted", "Seguros aceptados"),
    options: INSURANCE_OPTIONS,
    factsSql: `SELECT i FROM unnest(p."insurancePlans") i`,
    why: (r, values, _verifiedOnly, locale) => {
      const plans = r.insurance?.flatMap((x) => x.plans) ?? [];
      const hit = values.filter((v) => plans.includes(v));
      if (!hit.length) return null;
      const names = and(labelsOf(INSURANCE_OPTIONS, hit, locale), locale);
      return say(
        locale,
        `Accepts ${names} (reported by the practice)`,
        `Acepta ${names} (informado por el consultorio)`,
      );
    },
    relaxLabel: (l, locale) => say(locale, `Insurance: ${l}`, `Seguro: ${l}`),
  },
  {
    kind: "flag",
    param: "medicare",
    step: "consultation",
    label: L("Accepts Medicare", "Acepta Medicare"),
    // Public data (Care Compare's Medicare assignment), or the practice's own word (its plans).
    factsSql: `SELECT 1 WHERE ${ASSIGNMENT_SQL} OR 'medicare' = ANY(p."insurancePlans")`,
    why: (r, _v, locale) => {
      const publicReport = r.insurance?.find(
        (x) => x.source === "care-compare" && x.plans.includes("medicare"),
      );
      if (publicReport)
        return say(
          locale,
          "Accepts Medicare assignment (Medicare Care Compare)",
          "Acepta la asignación de Medicare (Medicare Care Compare)",
        );
      return r.insurance?.some((x) => x.source === "practice" && x.plans.includes("medicare"))
        ? say(
            locale,
            "Accepts Medicare (reported by the practice)",
            "Acepta Medicare (informado por el consultorio)",
          )
        : null;
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
