// The demo providers' languages, gender and insurance plans (issue 13): plausible for where they
// practise, from their own random stream so these facts can be tuned without reshuffling the rest.
// Rates are rough, for demo data only: languages from the Census ACS (language spoken at home, by
// metro) plus the languages many US physicians bring from abroad; plans from the usual mix of a
// specialist practice.
import type { Gender } from "@/lib/generated/prisma/enums";
import type { TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_CODES, type TLanguageCode } from "@/lib/providers/languages";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./names";
import type { TRandom } from "./random";

type TRates = Partial<Record<TLanguageCode, number>>;

/** Chance that a practice in the metro consults in the language (besides English). */
const METRO_LANGUAGES: Record<string, TRates> = {
  "New York": {
    es: 0.25,
    zh: 0.08,
    ru: 0.07,
    ht: 0.03,
    ko: 0.03,
    it: 0.03,
    he: 0.03,
    yi: 0.02,
    bn: 0.03,
    pl: 0.02,
    ar: 0.02,
    fr: 0.03,
  },
  "Los Angeles": { es: 0.38, ko: 0.06, zh: 0.06, tl: 0.05, hy: 0.05, fa: 0.04, vi: 0.03, ja: 0.02 },
  Chicago: { es: 0.22, pl: 0.06, zh: 0.03, ar: 0.02, ko: 0.02, tl: 0.02, ur: 0.02, gu: 0.02 },
  Dallas: { es: 0.27, vi: 0.03, hi: 0.03, ko: 0.02, ur: 0.02 },
  Houston: { es: 0.33, vi: 0.05, zh: 0.03, hi: 0.03, ur: 0.02, ar: 0.02 },
  Washington: { es: 0.15, am: 0.03, ko: 0.03, zh: 0.03, fr: 0.03, vi: 0.02, ar: 0.02 },
  Philadelphia: { es: 0.12, zh: 0.03, ru: 0.02, vi: 0.02 },
  Miami: { es: 0.55, ht: 0.08, pt: 0.05, fr: 0.03 },
  Atlanta: { es: 0.12, ko: 0.03, vi: 0.02 },
  Boston: { es: 0.12, pt: 0.06, zh: 0.04, ht: 0.04, ru: 0.02, vi: 0.02 },
  Phoenix: { es: 0.27, nv: 0.01 },
  "San Francisco": { es: 0.15, zh: 0.15, tl: 0.07, hi: 0.03, vi: 0.03, ru: 0.02, ko: 0.02 },
  Riverside: { es: 0.4, tl: 0.03 },
  Detroit: { ar: 0.12, es: 0.06, pl: 0.02 },
  Seattle: { es: 0.1, zh: 0.06, vi: 0.04, ko: 0.04, tl: 0.03, ru: 0.02, so: 0.02, am: 0.02 },
  Minneapolis: { es: 0.06, so: 0.05, vi: 0.02 },
  "San Diego": { es: 0.3, tl: 0.05, vi: 0.03 },
  Tampa: { es: 0.2 },
  Denver: { es: 0.16 },
  Orlando: { es: 0.3, pt: 0.03, ht: 0.03 },
  "San Antonio": { es: 0.42 },
  Portland: { es: 0.1, ru: 0.03, vi: 0.03, uk: 0.02 },
  Sacramento: { es: 0.18, ru: 0.03, uk: 0.03, pa: 0.03 },
  Austin: { es: 0.25 },
  "Las Vegas": { es: 0.25, tl: 0.05 },
  "San Jose": { es: 0.2, zh: 0.1, vi: 0.08, hi: 0.05, tl: 0.04, te: 0.02, ta: 0.02 },
  Providence: { es: 0.15, pt: 0.07 },
  Hartford: { es: 0.15, pl: 0.02, pt: 0.02 },
  "Salt Lake City": { es: 0.12 },
  "New Orleans": { es: 0.06, vi: 0.03, fr: 0.02 },
  Tucson: { es: 0.3 },
  Albuquerque: { es: 0.3, nv: 0.03 },
  Honolulu: { ja: 0.08, tl: 0.08, zh: 0.04, ko: 0.03 },
  Anchorage: { es: 0.04, tl: 0.03 },
};
/** Elsewhere (other metros and rural areas). */
const OTHER_LANGUAGES: TRates = { es: 0.08 };
/** Languages doctors themselves bring, anywhere. */
const DOCTOR_LANGUAGES: TRates = {
  hi: 0.03,
  zh: 0.015,
  ar: 0.015,
  fr: 0.015,
  ur: 0.012,
  gu: 0.01,
  fa: 0.01,
  ru: 0.01,
  pa: 0.008,
  te: 0.008,
  ta: 0.008,
  ko: 0.008,
  de: 0.008,
  it: 0.006,
  pt: 0.005,
  el: 0.005,
  he: 0.004,
  bn: 0.004,
  sgn: 0.003,
};
/** Languages the list does not have, typed by a few practices: the profile shows them as written. */
const METRO_OTHER_LANGUAGES: Record<string, string[]> = {
  Minneapolis: ["Hmong"],
  Sacramento: ["Hmong"],
  Washington: ["Tigrinya"],
  Seattle: ["Tigrinya"],
  Detroit: ["Chaldean Neo-Aramaic"],
  Honolulu: ["Ilocano", "Samoan"],
  Boston: ["Cape Verdean Creole"],
  Providence: ["Cape Verdean Creole"],
};

/** Near large military populations: TRICARE and VA Community Care are common. */
const MILITARY_METROS = new Set([
  "San Antonio",
  "Virginia Beach",
  "San Diego",
  "Washington",
  "Jacksonville",
  "Honolulu",
  "Tampa",
  "Anchorage",
]);
/** Where Kaiser Permanente runs its health plans. */
const KAISER_STATES = new Set(["CA", "OR", "WA", "CO", "GA", "HI", "MD", "VA", "DC"]);

export type TDemoFacts = {
  languages: TLanguageCode[];
  languagesOther: string[];
  gender: Gender | null;
  insurancePlans: TInsurancePlan[];
};

function languagesFor(r: TRandom, metro: string | null): Pick<TDemoFacts, "languages" | "languagesOther"> {
  const local = (metro && METRO_LANGUAGES[metro]) || OTHER_LANGUAGES;
  const codes = new Set<TLanguageCode>();
  for (const rates of [local, DOCTOR_LANGUAGES])
    for (const [code, p] of Object.entries(rates) as Array<[TLanguageCode, number]>)
      if (r.chance(p)) codes.add(code);
  // Nearly every practice lists English; the few that do not list another language instead.
  if (codes.size === 0 || r.chance(0.985)) codes.add("en");
  const typed = metro ? (METRO_OTHER_LANGUAGES[metro] ?? []) : [];
  return {
    languages: LANGUAGE_CODES.filter((c) => codes.has(c)), // in the list's order, as the form stores them
    languagesOther: typed.filter(() => r.chance(0.03)),
  };
}

/**
 * A gender that fits the fictional first name, stated by most. Demo data only: the app itself never
 * infers a real provider's gender from a name.
 */
function genderFor(r: TRandom, firstName: string): Gender | null {
  if (r.chance(0.1)) return null;
  if (FEMALE_FIRST_NAMES.has(firstName)) return "FEMALE";
  if (MALE_FIRST_NAMES.has(firstName)) return "MALE";
  return r.chance(0.5) ? "FEMALE" : "MALE";
}

function plansFor(r: TRandom, metro: string | null, state: string): TInsurancePlan[] {
  if (r.chance(0.1)) return []; // lists none: the profile says so, search filters never match it
  const military = metro !== null && MILITARY_METROS.has(metro);
  const rates: Array<[TInsurancePlan, number]> = [
    ["medicare", 0.88],
    ["medicaid", 0.45],
    ["tricare", military ? 0.55 : 0.08],
    ["va-community-care", military ? 0.35 : 0.15],
    ["aetna", 0.5],
    ["bcbs", 0.65],
    ["cigna", 0.45],
    ["humana", state === "FL" || state === "KY" || state === "TX" ? 0.45 : 0.25],
    ["kaiser", KAISER_STATES.has(state) ? 0.25 : 0],
    ["unitedhealthcare", 0.55],
  ];
  return rates.filter(([, p]) => r.chance(p)).map(([plan]) => plan);
}

/** The facts of one demo provider; `state` is that of its main location. */
export function demoFacts(
  r: TRandom,
  p: { metro: string | null; state: string; firstName: string },
): TDemoFacts {
  return {
    ...languagesFor(r, p.metro),
    gender: genderFor(r, p.firstName),
    insurancePlans: plansFor(r, p.metro, p.state),
  };
}
