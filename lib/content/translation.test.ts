import { describe, expect, it } from "vitest";
import { consultFor } from "./consult";
import { factMarksFor } from "./fact-marks";
import { listingFor } from "./listing";
import {
  LOCALIZED_STATEMENTS,
  LOCALIZED_URGENT_BOX,
  PRODUCT_AGES_TRANSLATION,
  medicalFor,
  spanishMedicalReviewPending,
} from "./medical";
import { medicareFor } from "./medicare";
import { retentionFor } from "./retention";
import { SOURCES, SOURCE_IDS, sourcesFor } from "./sources";
import { stepsFor } from "./steps";

// The Spanish medical wording (issue 19): every statement in both languages, the same sources and
// dates, the key medical words present, and its review state recorded. See docs/medical-content.md.

const statements = Object.entries(LOCALIZED_STATEMENTS);
const es = medicalFor("es");
const en = medicalFor("en");

describe("Spanish medical statements", () => {
  it("every statement has both languages, the Spanish differing from the English", () => {
    for (const [id, s] of statements) {
      expect(s.text.en.length, id).toBeGreaterThan(20);
      expect(s.text.es.length, id).toBeGreaterThan(20);
      expect(s.text.es, id).not.toBe(s.text.en);
      expect(es.STATEMENTS[id as keyof typeof es.STATEMENTS].text).toBe(s.text.es);
    }
  });

  it("keeps each statement's sources and last-checked date in both languages", () => {
    for (const [id, s] of statements) {
      const key = id as keyof typeof es.STATEMENTS;
      expect(es.STATEMENTS[key].sources, id).toEqual(en.STATEMENTS[key].sources);
      expect(es.STATEMENTS[key].lastChecked, id).toBe(en.STATEMENTS[key].lastChecked);
      expect(es.STATEMENTS[key].sources, id).toBe(s.sources);
    }
    expect(es.URGENT_BOX.sources).toEqual(en.URGENT_BOX.sources);
    expect(es.URGENT_BOX.lastChecked).toBe(en.URGENT_BOX.lastChecked);
    expect(es.FDA_APPROVED_PRODUCTS.map((p) => [p.product, p.source])).toEqual(
      en.FDA_APPROVED_PRODUCTS.map((p) => [p.product, p.source]),
    );
  });

  it("records the review state of every Spanish sentence", () => {
    const reviews = [
      ...statements.map(([, s]) => s.translation.es),
      LOCALIZED_URGENT_BOX.translation.es,
      PRODUCT_AGES_TRANSLATION.es,
    ];
    for (const r of reviews) {
      expect(r.state).toMatch(/awaiting bilingual clinician review|reviewed by a bilingual clinician/);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Honest to Spanish readers while a review is pending; nothing in English.
    expect(spanishMedicalReviewPending()).toBe(true);
    expect(es.TRANSLATION_NOTICE).toMatch(/traducción.*no ha revisado un médico/);
    expect(en.TRANSLATION_NOTICE).toBeNull();
  });

  it("says FDA-approved for cervical dystonia only, off-label for other neck pain, both ways", () => {
    const d = es.STATEMENTS.evidenceDystonia.text;
    expect(d).toContain("distonía cervical");
    expect(d).toContain("aprobada por la FDA");
    expect(d).toContain("primera línea");
    expect(d).toMatch(/revisiones Cochrane.*Academia Americana de Neurología \(AAN\)/);
    expect(d).toContain("placebo");
    const n = es.STATEMENTS.evidenceNeckPain.text;
    expect(n).toContain("fuera de indicación");
    expect(n).toContain("no aprobado por la FDA");
    expect(n).toMatch(/revisión Cochrane.*poco o ningún beneficio.*solución salina.*crónico sin distonía/);
    const l = es.LABEL_STATUS_NOTICE;
    expect(l).toMatch(/aprobada por la FDA para la distonía cervical.*Cochrane.*AAN.*eficaz/);
    expect(l).toMatch(/fuera de indicación.*poco o ningún beneficio.*solución salina/);
    // Never the seed guide's error, in Spanish either.
    expect(l).not.toMatch(/aprobad[ao] (por la FDA )?para el dolor de cuello/i);
    // Never a promise of relief.
    const all = statements.map(([, s]) => s.text.es).join(" ");
    expect(all).not.toMatch(/garantiza|le aliviará|curará/i);
  });

  it("keeps products, units, timing and re-treatment as in English", () => {
    const p = es.STATEMENTS.products.text;
    for (const name of ["Botox", "Dysport", "Xeomin", "Myobloc", "Daxxify", "onabotulinumtoxinA", "daxibotulinumtoxinA"])
      expect(p).toContain(name);
    expect(p).toContain("todos para adultos");
    expect(p).toContain("desde 2023");
    expect(p).toContain("no son intercambiables");
    const t = es.STATEMENTS.timing.text;
    expect(t).toContain("una a dos semanas");
    expect(t).toContain("cuatro a seis semanas");
    expect(t).toContain("unos tres meses");
    expect(t).toContain("mediana de 20 a 24 semanas");
    expect(es.STATEMENTS.retreatment.text).toContain("no antes de 12 semanas");
    for (const p of es.FDA_APPROVED_PRODUCTS) expect(p.ages, p.brand).toMatch(/^Adultos/);
    expect(es.FDA_APPROVED_PRODUCTS[0]?.ages).toContain("16 años");
  });

  it("names every side effect and urgent sign, and says call 911", () => {
    const s = es.STATEMENTS.commonSideEffects.text;
    for (const effect of ["dolor donde entró la aguja", "dolor de cabeza", "debilidad o dolor en el cuello", "dificultad para tragar", "boca seca (sobre todo con rimabotulinumtoxinB)", "resfriado o una gripe"])
      expect(s).toContain(effect);
    const box = es.URGENT_BOX;
    expect(box.symptoms).toHaveLength(en.URGENT_BOX.symptoms.length);
    expect(box.actions).toHaveLength(en.URGENT_BOX.actions.length);
    const symptoms = box.symptoms.join(" ");
    for (const sign of ["dificultad para tragar", "varios meses", "dificultad para respirar", "habla arrastrada", "ronquera", "pérdida de la voz", "debilidad muscular en todo el cuerpo", "debilidad nueva", "visión doble o borrosa", "párpados caídos", "control de la vejiga"])
      expect(symptoms, sign).toContain(sign);
    expect(box.intro).toContain("entre horas y semanas");
    expect(box.actions.join(" ")).toContain("Llame al 911 si le cuesta respirar o tragar");
    expect(box.actions.join(" ")).toMatch(/no maneje.*actividades peligrosas/);
    for (const symptom of box.symptoms) expect(es.URGENT_WARNING).toContain(symptom);
  });

  it("claims no more for guidance, board certification or alternatives", () => {
    expect(es.STATEMENTS.guidance.text).toMatch(/EMG.*ecografía.*puede ayudar.*profundos; los estudios no coinciden/);
    expect(es.STATEMENTS.boardCertification.text).toMatch(/certificación de especialidad \(board\).*por sí sola no demuestra formación en inyecciones de toxina botulínica/);
    expect(es.STATEMENTS.alternatives.text).toMatch(/terapia física.*medicamentos.*estimulación cerebral profunda o denervación periférica selectiva/);
  });
});

describe("Spanish sources", () => {
  it("names every source in Spanish with the English table's links and dates", () => {
    const { SOURCES: esSources, WORDS } = sourcesFor("es");
    for (const id of SOURCE_IDS) {
      const s = esSources[id];
      const e = SOURCES[id];
      expect(s.url, id).toBe("url" in e ? e.url : undefined);
      expect(s.lastChecked, id).toBe(e.lastChecked);
      expect(s.short.length, id).toBeGreaterThan(3);
      expect(Boolean(s.versionRead), id).toBe("versionRead" in e);
    }
    expect(esSources.cochraneTypeA.short).toBe("Revisión Cochrane CD003633 (tipo A)");
    expect(esSources.cochraneTypeA.versionRead).toContain("CD003633.pub4");
    // Published titles stay as published, marked as English.
    expect(esSources.cochraneNeckPain.title).toBe(SOURCES.cochraneNeckPain.title);
    expect(esSources.cochraneNeckPain.titleLang).toBe("en");
    expect(WORDS).toMatchObject({ source: "Fuente", sources: "Fuentes", inEnglish: "(en inglés)" });
    expect(sourcesFor("en").SOURCES.fdaLabels.short).toBe(SOURCES.fdaLabels.short);
  });
});

describe("the other content in Spanish", () => {
  it("steps, listing, consultation, Medicare and retention words exist in Spanish with the English shapes", () => {
    const steps = stepsFor("es").SELECTION_STEPS;
    expect(steps.map((s) => s.id)).toEqual(stepsFor("en").SELECTION_STEPS.map((s) => s.id));
    expect(steps[1]?.why).toContain(es.STATEMENTS.boardCertification.text);
    expect(steps[2]?.why).toContain(es.STATEMENTS.guidance.text);
    const listing = listingFor("es");
    for (const [k, v] of Object.entries(listing)) expect(v, k).not.toBe(listingFor("en")[k as keyof typeof listing]);
    expect(consultFor("es").replyTimeText(1)).toBe("El consultorio dice que suele responder en 1 día hábil.");
    expect(consultFor("es").replyTimeText(3)).toContain("3 días hábiles");
    expect(consultFor("en").replyTimeText(2)).toBe("The practice says it usually answers within 2 working days.");
    expect(medicareFor("es").CLAIMS_CAVEATS).toHaveLength(medicareFor("en").CLAIMS_CAVEATS.length);
    expect(medicareFor("es").CLAIMS_CAVEAT).toContain("menos de 11 pacientes");
    expect(retentionFor("es").days(180)).toBe("180 días");
    expect(retentionFor("en").days(1)).toBe("1 day");
  });

  it("dates and words the fact marks in Spanish", () => {
    const f = factMarksFor("es");
    expect(f.factMarkText({ kind: "verified", date: "2026-03-03T15:00:00Z" })).toBe("verificado el 3 de marzo de 2026");
    expect(f.factMarkText({ kind: "reported", date: null })).toBe("informado por el consultorio, aún sin confirmar");
    expect(f.factMarkText({ kind: "public", date: null, source: f.PUBLIC_SOURCES.medicareClaims, year: 2023 })).toBe(
      "de datos públicos de Medicare, 2023",
    );
    expect(f.factMarkText({ kind: "public", date: "2026-10-01" })).toBe("registro público: registro NPI, actualizado el 1 de octubre de 2026");
    // The English dataset name a caller passes comes out in the page's language.
    expect(f.factMarkText({ kind: "public", date: null, source: "public Medicare data", year: 2022 })).toBe(
      "de datos públicos de Medicare, 2022",
    );
    expect(f.factKeyLines()[0]).toMatch(/^Verificado por NeckCare Finder: .*moderador/);
    expect(f.FACT_MARKS.verified.icon).toBe(factMarksFor("en").FACT_MARKS.verified.icon);
  });
});
