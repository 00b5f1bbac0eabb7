// Every source a medical statement or a consultation question may cite, in one table. A statement
// (medical.ts) or a question (lib/checklist/questions.ts) names one or more of these ids, so a reviewer
// checks each claim against its source in one place; docs/medical-content.md says who may change the
// wording and how. Rules (unit-tested in sources.test.ts):
// - every source has a title, a URL (except our own guide) and the date it was last checked;
// - Cochrane reviews are linked by their unversioned DOI, which always opens the newest version, and
//   `versionRead` says which version the wording was checked against (a newer one may differ).
// Spanish (issue 19): SOURCES_ES below names every source in Spanish (TypeScript refuses a source
// without it); published titles stay in English (the documents are in English) and are shown with
// lang="en" and "(en inglés)"; links and dates are the English table's, never copied.
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

export type TSource = {
  /** A few words to name it inline ("Cochrane review CD003633 (type A)"). */
  short: string;
  /** Authors, title and where it was published, as a reader would cite it. */
  title: string;
  url?: string;
  /** The version the statements were checked against, when the source has versions (Cochrane). */
  versionRead?: string;
  /** YYYY-MM-DD: when a reviewer last checked our wording against this source. */
  lastChecked: string;
};

const CHECKED = "2026-12-03";

// DailyMed lists each product's current prescribing information and Medication Guide; searching by
// the generic name finds it without tying the link to one label revision (their set ids change).
const dailyMed = (generic: string) =>
  `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${generic}`;

export const SOURCES = {
  fdaLabels: {
    short: "FDA labels and Medication Guides",
    title:
      "FDA prescribing information of the botulinum toxins: boxed warning “Distant spread of toxin effect”, warnings, drug interactions and Medication Guides (DailyMed)",
    url: dailyMed("botulinum+toxin"),
    lastChecked: CHECKED,
  },
  labelBotox: {
    short: "Botox label",
    title: "BOTOX (onabotulinumtoxinA) prescribing information and Medication Guide (DailyMed)",
    url: dailyMed("onabotulinumtoxinA"),
    lastChecked: CHECKED,
  },
  labelDysport: {
    short: "Dysport label",
    title: "DYSPORT (abobotulinumtoxinA) prescribing information and Medication Guide (DailyMed)",
    url: dailyMed("abobotulinumtoxinA"),
    lastChecked: CHECKED,
  },
  labelXeomin: {
    short: "Xeomin label",
    title: "XEOMIN (incobotulinumtoxinA) prescribing information and Medication Guide (DailyMed)",
    url: dailyMed("incobotulinumtoxinA"),
    lastChecked: CHECKED,
  },
  labelMyobloc: {
    short: "Myobloc label",
    title: "MYOBLOC (rimabotulinumtoxinB) prescribing information and Medication Guide (DailyMed)",
    url: dailyMed("rimabotulinumtoxinB"),
    lastChecked: CHECKED,
  },
  labelDaxxify: {
    short: "Daxxify label",
    title: "DAXXIFY (daxibotulinumtoxinA-lanm) prescribing information and Medication Guide (DailyMed)",
    url: dailyMed("daxibotulinumtoxinA"),
    lastChecked: CHECKED,
  },
  cochraneTypeA: {
    short: "Cochrane review CD003633 (type A)",
    title:
      "Rodrigues FB, Duarte GS, Marques RE, et al. Botulinum toxin type A therapy for cervical dystonia. Cochrane Database of Systematic Reviews (CD003633)",
    url: "https://doi.org/10.1002/14651858.CD003633",
    versionRead: "2020 update (CD003633.pub4)",
    lastChecked: CHECKED,
  },
  cochraneTypeB: {
    short: "Cochrane review CD004315 (type B)",
    title:
      "Marques RE, Duarte GS, Rodrigues FB, et al. Botulinum toxin type B for cervical dystonia. Cochrane Database of Systematic Reviews (CD004315)",
    url: "https://doi.org/10.1002/14651858.CD004315",
    versionRead: "2016 update (CD004315.pub3)",
    lastChecked: CHECKED,
  },
  cochraneNeckPain: {
    short: "Cochrane review CD008626 (neck pain)",
    title:
      "Langevin P, Peloso PMJ, Lowcock J, et al. Botulinum toxin for subacute/chronic neck pain. Cochrane Database of Systematic Reviews (CD008626)",
    url: "https://doi.org/10.1002/14651858.CD008626",
    versionRead: "2011 version (CD008626.pub2)",
    lastChecked: CHECKED,
  },
  aan: {
    short: "AAN guideline 2016",
    title:
      "Simpson DM, Hallett M, Ashman EJ, et al. Practice guideline update summary: Botulinum neurotoxin for the treatment of blepharospasm, cervical dystonia, adult spasticity, and headache. American Academy of Neurology. Neurology 2016;86:1818–1826",
    url: "https://doi.org/10.1212/WNL.0000000000002560",
    lastChecked: CHECKED,
  },
  efns: {
    short: "EFNS dystonia guideline 2011",
    title:
      "Albanese A, Asmus F, Bhatia KP, et al. EFNS guidelines on diagnosis and treatment of primary dystonias. European Journal of Neurology 2011;18:5–18",
    url: "https://doi.org/10.1111/j.1468-1331.2010.03042.x",
    lastChecked: CHECKED,
  },
  guidance: {
    short: "Castagna & Albanese 2019 (guidance)",
    title:
      "Castagna A, Albanese A. Management of cervical dystonia with botulinum neurotoxins and EMG/ultrasound guidance. Neurology: Clinical Practice 2019;9:64–73",
    url: "https://doi.org/10.1212/CPJ.0000000000000568",
    lastChecked: CHECKED,
  },
  ninds: {
    short: "NINDS: Dystonia",
    title: "National Institute of Neurological Disorders and Stroke: Dystonia",
    url: "https://www.ninds.nih.gov/health-information/disorders/dystonia",
    lastChecked: CHECKED,
  },
  abms: {
    short: "ABMS Certification Matters",
    title:
      "American Board of Medical Specialties: Certification Matters (what board certification means; lookup)",
    url: "https://www.certificationmatters.org/",
    lastChecked: CHECKED,
  },
  nppes: {
    short: "NPI registry (NPPES)",
    title: "CMS NPPES NPI Registry (identity, address and self-selected taxonomy of each provider)",
    url: "https://npiregistry.cms.hhs.gov/",
    lastChecked: CHECKED,
  },
  trials: {
    short: "ClinicalTrials.gov",
    title: "ClinicalTrials.gov",
    url: "https://clinicaltrials.gov/",
    lastChecked: CHECKED,
  },
  insurance: {
    short: "HealthCare.gov: preauthorization",
    title: "HealthCare.gov glossary: preauthorization",
    url: "https://www.healthcare.gov/glossary/preauthorization/",
    lastChecked: CHECKED,
  },
  // Our own guide backs only questions that state no medical fact (how to judge experience, what to
  // plan for the day); a medical fact always cites one of the sources above.
  guide: {
    short: "Our patient guide",
    title: "Our patient guide: the five steps to choosing a doctor (no medical facts are taken from it)",
    lastChecked: CHECKED,
  },
} as const satisfies Record<string, TSource>;

export type TSourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as TSourceId[];

export function findSource(id: TSourceId): TSource {
  return SOURCES[id];
}

/** A source as a page in one language shows it. */
export type TLocalizedSource = TSource & {
  /** The language the title is written in: "en" for a published English title on a Spanish page. */
  titleLang: TLocale;
};

type TSpanishSource<K extends TSourceId> = {
  short: string;
  /** Our description translated, or (titleInEnglish) the published title left as published. */
  title: string;
  titleInEnglish?: true;
} & ((typeof SOURCES)[K] extends { versionRead: string } ? { versionRead: string } : { versionRead?: never });

const label = (product: string, generic: string) =>
  `${product} (${generic}): información de prescripción y guía del medicamento (DailyMed)`;

/** Every source in Spanish: short names translated, published titles kept as published. */
export const SOURCES_ES: { [K in TSourceId]: TSpanishSource<K> } = {
  fdaLabels: {
    short: "Etiquetas de la FDA y guías del medicamento",
    title:
      "Información de prescripción de la FDA de las toxinas botulínicas: advertencia en recuadro “Distant spread of toxin effect” (diseminación del efecto de la toxina a distancia), advertencias, interacciones con medicamentos y guías del medicamento (DailyMed)",
  },
  labelBotox: { short: "Etiqueta de Botox", title: label("BOTOX", "onabotulinumtoxinA") },
  labelDysport: { short: "Etiqueta de Dysport", title: label("DYSPORT", "abobotulinumtoxinA") },
  labelXeomin: { short: "Etiqueta de Xeomin", title: label("XEOMIN", "incobotulinumtoxinA") },
  labelMyobloc: { short: "Etiqueta de Myobloc", title: label("MYOBLOC", "rimabotulinumtoxinB") },
  labelDaxxify: { short: "Etiqueta de Daxxify", title: label("DAXXIFY", "daxibotulinumtoxinA-lanm") },
  cochraneTypeA: {
    short: "Revisión Cochrane CD003633 (tipo A)",
    title: SOURCES.cochraneTypeA.title,
    titleInEnglish: true,
    versionRead: "actualización de 2020 (CD003633.pub4)",
  },
  cochraneTypeB: {
    short: "Revisión Cochrane CD004315 (tipo B)",
    title: SOURCES.cochraneTypeB.title,
    titleInEnglish: true,
    versionRead: "actualización de 2016 (CD004315.pub3)",
  },
  cochraneNeckPain: {
    short: "Revisión Cochrane CD008626 (dolor de cuello)",
    title: SOURCES.cochraneNeckPain.title,
    titleInEnglish: true,
    versionRead: "versión de 2011 (CD008626.pub2)",
  },
  aan: { short: "Guía de la AAN de 2016", title: SOURCES.aan.title, titleInEnglish: true },
  efns: { short: "Guía de la EFNS sobre distonía de 2011", title: SOURCES.efns.title, titleInEnglish: true },
  guidance: {
    short: "Castagna y Albanese 2019 (guiado de la inyección)",
    title: SOURCES.guidance.title,
    titleInEnglish: true,
  },
  ninds: {
    short: "NINDS: distonía",
    title: "Instituto Nacional de Trastornos Neurológicos y Accidentes Cerebrovasculares (NINDS): distonía",
  },
  abms: {
    short: "ABMS: certificación de especialidad",
    title:
      "Junta Estadounidense de Especialidades Médicas (ABMS): Certification Matters (qué significa la certificación de especialidad; búsqueda)",
  },
  nppes: {
    short: "Registro NPI (NPPES)",
    title:
      "Registro NPI de CMS (NPPES): identidad, dirección y código de especialidad que eligió cada proveedor",
  },
  trials: { short: "ClinicalTrials.gov", title: "ClinicalTrials.gov" },
  insurance: {
    short: "HealthCare.gov: autorización previa",
    title: "Glosario de HealthCare.gov: autorización previa (preauthorization)",
  },
  guide: {
    short: "Nuestra guía para pacientes",
    title:
      "Nuestra guía para pacientes: los cinco pasos para elegir un médico (no se toma de ella ningún dato médico)",
  },
};

/** The words around sources in <SourceNames> and <SourceList>. */
export const SOURCE_WORDS = {
  source: { en: "Source", es: "Fuente" },
  sources: { en: "Sources", es: "Fuentes" },
  versionRead: { en: "Version read", es: "Versión consultada" },
  lastChecked: { en: "Last checked", es: "Última revisión:" },
  /** After a title on a page in another language than the document's. */
  inEnglish: { en: "", es: "(en inglés)" },
} as const satisfies Record<string, TLocalized>;

function localizeSources(locale: TLocale): Record<TSourceId, TLocalizedSource> {
  return Object.fromEntries(
    SOURCE_IDS.map((id) => {
      const en: TSource = SOURCES[id];
      if (locale === "en") return [id, { ...en, titleLang: "en" }];
      const es: { short: string; title: string; titleInEnglish?: true; versionRead?: string } = SOURCES_ES[id];
      const source: TLocalizedSource = {
        ...en,
        short: es.short,
        title: es.title,
        titleLang: es.titleInEnglish ? "en" : "es",
        ...(es.versionRead ? { versionRead: es.versionRead } : {}),
      };
      return [id, source];
    }),
  ) as Record<TSourceId, TLocalizedSource>;
}

const BY_LOCALE = /* @__PURE__ */ (() => ({ en: localizeSources("en"), es: localizeSources("es") }))();

/** The sources table in a language: the same ids, links and dates; names and notes in that language. */
export function sourcesFor(locale: TLocale) {
  const sources = BY_LOCALE[locale];
  return {
    SOURCES: sources,
    SOURCE_IDS,
    findSource: (id: TSourceId): TLocalizedSource => sources[id],
    /** "Source", "Sources", "Version read", "Last checked", "(en inglés)" in this language. */
    WORDS: {
      source: SOURCE_WORDS.source[locale],
      sources: SOURCE_WORDS.sources[locale],
      versionRead: SOURCE_WORDS.versionRead[locale],
      lastChecked: SOURCE_WORDS.lastChecked[locale],
      inEnglish: SOURCE_WORDS.inEnglish[locale],
    },
  };
}
