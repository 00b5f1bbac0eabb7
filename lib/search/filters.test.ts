// The filter table is the one place a filter is declared; these tests hold what everything derived
// from it relies on: unique parameters and facts, each filter under a step of the guide, facts the
// index can number, and a schema, relaxation and "why" for every filter.
import { describe, expect, it } from "vitest";
import { SELECTION_STEPS } from "@/lib/content/steps";
import { parseSearchParams, searchQueryToParams } from "@/lib/validation/search-params";
import { activeTests, allFactKeys, facetOptions } from "./filter-tests";
import { FILTERS, type TFilter } from "./filters";
import { FACT_WORDS } from "./index-facts";
import { relaxations } from "./relax";
import type { TSearchResult } from "./types";
import { whyMatched } from "./why";

const filters = FILTERS as readonly TFilter[];

/** A value for every filter of the table (the last option of a list, the largest minimum). */
function everyFilter(): Record<string, string> {
  const p: Record<string, string> = { near: "60611" };
  for (const f of filters) {
    if (f.kind === "list") p[f.param] = f.options.at(-1)!.value;
    else if (f.kind === "min") p[f.param] = String(f.options.at(-1));
    else if (f.kind === "name") p[f.param] = "Foster";
    else p[f.param] = "1";
  }
  return p;
}

const RESULT: TSearchResult = {
  id: 1, name: "Ana Foster, MD", credential: "MD", profileUrl: "/providers/1", distanceMiles: 2.5, latitude: 0, longitude: 0,
  practiceName: "Foster Neurology", city: "Chicago", state: "IL",
  boards: [{ board: "ABPMR", specialty: "PMR", subspecialty: null, year: 2010, verification: "verified", verifiedAt: null }],
  yearsInjecting: 20, yearlyVolume: 600, guidance: ["ULTRASOUND"], cervicalDystoniaFocus: true, averageRating: 4.8, reviewCount: 30,
  recommendationCount: 2, acceptingNewPatients: true, telehealth: true, inPerson: true, referralNeeded: false,
  languages: ["en", "sgn"], gender: "male", insurance: [{ source: "practice", plans: ["unitedhealthcare"], confirmedAt: null }],
  medicareEvidence: { year: 2023, patients: 42, visits: 97, guidanceBilled: ["emg"], toxinsBilled: ["onabotulinumtoxinA"] },
  isDemo: false, isUnclaimedImport: false, registeredSpecialty: null, lastConfirmedAt: null,
};

describe("the filter table", () => {
  it("declares each parameter once, each under one of the guide's five steps", () => {
    const params = filters.map((f) => f.param);
    expect(new Set(params).size).toBe(params.length);
    const steps = SELECTION_STEPS.map((s) => s.id as string);
    for (const f of filters) expect(steps, f.param).toContain(f.step);
    for (const reserved of ["near", "radius", "sort", "page", "facets"]) expect(params).not.toContain(reserved);
  });

  it("keeps the parameter names links depend on", () => {
    expect(filters.map((f) => f.param)).toEqual(
      expect.arrayContaining(["board", "verified", "minYears", "minVolume", "guidance", "recommended", "noReferral", "minRating", "minReviews", "accepting", "telehealth", "q", "language", "gender", "focus", "insurance"]),
    );
  });

  it("gives every fact a distinct key and fits a list of 30 options and more", () => {
    const keys = allFactKeys();
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith("language:")).length).toBeGreaterThanOrEqual(30);
    // More facts than one 32-bit word holds: the index spreads them over several.
    expect(FACT_WORDS).toBeGreaterThan(1);
  });

  it("derives a schema, a canonical query, a test, facets, a relaxation and why-words for every filter", () => {
    const parsed = parseSearchParams(everyFilter());
    if (!parsed.ok) throw new Error(parsed.message);
    const q = parsed.query;
    // Every parameter round-trips through the canonical query string.
    const again = parseSearchParams(searchQueryToParams(q));
    expect(again).toEqual({ ok: true, query: q });
    // One test per group (place filters share one); a facet option per list option, minimum option and flag.
    const groups = new Set(activeTests(q).map((t) => t.group));
    for (const f of filters) expect(groups.has(f.kind === "place" ? "location" : f.kind === "verified" ? f.of : f.param), f.param).toBe(true);
    const keys = facetOptions(q).map((o) => o.key);
    for (const f of filters) {
      if (f.kind === "list") for (const o of f.options) expect(keys).toContain(`${f.param}:${o.value}`);
      if (f.kind === "min") for (const n of f.options) expect(keys).toContain(`${f.param}:${n}`);
      if (f.kind === "flag" || f.kind === "place" || f.kind === "verified") expect(keys).toContain(f.param);
    }
    // Every active filter can be dropped from an empty result, and the dropped one is gone.
    const relax = relaxations(q);
    expect(relax.length).toBe(filters.length);
    for (const r of relax) expect(searchQueryToParams(r.query).toString()).not.toBe(searchQueryToParams(q).toString());
  });

  it("says why a result matched in the filters' words, each reason once", () => {
    const parsed = parseSearchParams({ near: "60611", q: "Fostr", board: "pmr", verified: "1", language: "sgn", gender: "male", insurance: "unitedhealthcare", focus: "cervical-dystonia", minRating: "4", minReviews: "25" });
    if (!parsed.ok) throw new Error(parsed.message);
    const why = whyMatched(RESULT, parsed.query, "Chicago, IL");
    expect(why).toEqual([
      "2.5 miles from Chicago, IL",
      "Name matches “Fostr”",
      "Verified board certification in physical medicine & rehabilitation",
      "Rated 4.8 of 5 in 30 reviews",
      "Speaks American Sign Language (doctor or staff)",
      "Male doctor",
      "Treats cervical dystonia (reported by the practice)",
      "Accepts UnitedHealthcare (reported by the practice)",
    ]);
  });
});

// Issue 19: the words of the table exist in Spanish; the parameters and values stay language-neutral.
describe("the filter table in Spanish", () => {
  it("names every filter and option in both languages", () => {
    for (const f of filters) {
      expect(f.label.en, f.param).toBeTruthy();
      expect(f.label.es, f.param).toBeTruthy();
      if (f.kind === "list") for (const o of f.options) expect(o.label.es, `${f.param}:${o.value}`).toBeTruthy();
      if (f.kind === "min") for (const n of f.options) expect(f.unit(n, "es")).not.toBe(f.unit(n, "en"));
    }
  });

  it("says why a result matched in Spanish", () => {
    const parsed = parseSearchParams({ near: "60611", q: "Fostr", board: "pmr", verified: "1", language: "sgn", gender: "male", insurance: "unitedhealthcare", focus: "cervical-dystonia", minRating: "4", minReviews: "25" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(whyMatched(RESULT, parsed.query, "Chicago, IL", "es")).toEqual([
      "A 2.5 millas de Chicago, IL",
      "El nombre coincide con “Fostr”",
      "Certificación de especialidad (board) verificada en medicina física y rehabilitación",
      "Calificación de 4.8 sobre 5 en 30 reseñas",
      "Habla lengua de señas americana (ASL) (el médico o el personal)",
      "Médico (hombre)",
      "Trata la distonía cervical (informado por el consultorio)",
      "Acepta UnitedHealthcare (informado por el consultorio)",
    ]);
  });

  it("words the relaxations in Spanish and keeps the same searches", () => {
    const parsed = parseSearchParams({ near: "60611", q: "Foster", language: "es", minYears: "5", accepting: "1", board: "neurology", verified: "1" });
    if (!parsed.ok) throw new Error(parsed.message);
    const en = relaxations(parsed.query);
    const es = relaxations(parsed.query, "es");
    expect(es.map((r) => r.query)).toEqual(en.map((r) => r.query));
    expect(es.map((r) => r.label)).toEqual(["Nombre: Foster", "Certificación: Neurología", "Solo verificadas", "5+ años", "Acepta pacientes nuevos", "Idioma: Español"]);
  });
});
