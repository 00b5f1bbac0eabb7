// Every medical statement the site makes, in one place so it stays consistent and reviewable. Each
// names its sources (sources.ts) and the date a reviewer last checked it; unit tests fail when one
// lacks either. Who may change this wording, and how it is reviewed: docs/medical-content.md.
// Ground rules (shared/DOMAIN.md): say both what the evidence supports (cervical dystonia) and what it
// does not (other neck pain); never promise relief; give no advice.
// Languages (issue 19): every sentence is stored in English and Spanish side by side (TLocalized), so
// TypeScript refuses one without both and a reviewer reads both together. The English exports below
// keep their names and shapes; medicalFor(locale) returns the same names in a language. Each Spanish
// sentence records its review state (translation.ts); docs/medical-content.md has the rules.
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";
import type { TSourceId } from "./sources";
import { DRAFTED_ES, isPending, type TTranslationReview } from "./translation";

export type TStatement = {
  text: string;
  sources: readonly TSourceId[];
  /** YYYY-MM-DD: when a reviewer last checked this wording against its sources. */
  lastChecked: string;
};

/** A statement in every language, with the review state of each translation. */
export type TLocalizedStatement = {
  text: TLocalized;
  sources: readonly TSourceId[];
  /** YYYY-MM-DD: when a reviewer last checked the English wording against its sources. */
  lastChecked: string;
  /** The Spanish wording's review state (translation.ts); the English is the reviewed original. */
  translation: { es: TTranslationReview };
};

const CHECKED = "2026-12-03";

function statement(
  text: TLocalized,
  sources: readonly TSourceId[],
  lastChecked = CHECKED,
  translation: { es: TTranslationReview } = { es: DRAFTED_ES },
): TLocalizedStatement {
  return { text, sources, lastChecked, translation };
}

export const DIRECTORY_NOTICE_TEXT: TLocalized = {
  en: "NeckCare Finder is a directory and gives no medical advice. Talk with a doctor about your own situation.",
  es: "NeckCare Finder es un directorio y no da consejos médicos. Hable con un médico sobre su propia situación.",
};

export const DIRECTORY_NOTICE = DIRECTORY_NOTICE_TEXT.en;

/** Every medical statement in English and Spanish. */
export const LOCALIZED_STATEMENTS = {
  /** The evidence for cervical dystonia, always shown beside the neck-pain finding below. */
  evidenceDystonia: statement(
    {
      en: "For cervical dystonia, botulinum toxin is FDA-approved and a first-line treatment: Cochrane reviews of type A and type B toxins and the American Academy of Neurology guideline find that it eases the abnormal head movements and posture, pain and disability more than placebo injections do.",
      es: "Para la distonía cervical, la toxina botulínica está aprobada por la FDA y es un tratamiento de primera línea: las revisiones Cochrane de las toxinas tipo A y tipo B y la guía de la Academia Americana de Neurología (AAN) concluyen que alivia los movimientos y la postura anormales de la cabeza, el dolor y la discapacidad más que las inyecciones de placebo.",
    },
    ["fdaLabels", "cochraneTypeA", "cochraneTypeB", "aan", "efns"],
  ),
  evidenceNeckPain: statement(
    {
      en: "For other neck pain its use is off-label, and a Cochrane review found little or no benefit over saline injections for chronic neck pain without dystonia.",
      es: "Para otros dolores de cuello es un uso fuera de indicación (no aprobado por la FDA para ese fin), y una revisión Cochrane encontró poco o ningún beneficio frente a inyecciones de solución salina en el dolor de cuello crónico sin distonía.",
    },
    ["fdaLabels", "cochraneNeckPain"],
  ),
  /** The two statements above in one sentence, for the footer of every page and the printout. */
  labelStatus: statement(
    {
      en: "Botulinum toxin is FDA-approved for cervical dystonia, where Cochrane reviews and the AAN guideline find it effective; for other neck pain it is off-label, and a Cochrane review found little or no benefit over saline for chronic neck pain.",
      es: "La toxina botulínica está aprobada por la FDA para la distonía cervical, en la que las revisiones Cochrane y la guía de la AAN concluyen que es eficaz; para otros dolores de cuello es un uso fuera de indicación (no aprobado por la FDA para ese fin), y una revisión Cochrane encontró poco o ningún beneficio frente a la solución salina en el dolor de cuello crónico.",
    },
    ["fdaLabels", "cochraneTypeA", "cochraneTypeB", "aan", "cochraneNeckPain"],
  ),
  products: statement(
    {
      en: "Five products are FDA-approved for cervical dystonia, each for adults: onabotulinumtoxinA (Botox), abobotulinumtoxinA (Dysport), incobotulinumtoxinA (Xeomin), rimabotulinumtoxinB (Myobloc) and, since 2023, daxibotulinumtoxinA (Daxxify). Their units are not interchangeable: a dose of one product cannot be converted into a dose of another.",
      es: "Cinco productos están aprobados por la FDA para la distonía cervical, todos para adultos: onabotulinumtoxinA (Botox), abobotulinumtoxinA (Dysport), incobotulinumtoxinA (Xeomin), rimabotulinumtoxinB (Myobloc) y, desde 2023, daxibotulinumtoxinA (Daxxify). Sus unidades no son intercambiables: una dosis de un producto no se puede convertir en una dosis de otro.",
    },
    ["labelBotox", "labelDysport", "labelXeomin", "labelMyobloc", "labelDaxxify"],
  ),
  timing: statement(
    {
      en: "In cervical dystonia, improvement usually starts within one to two weeks, is greatest at about four to six weeks (when an experienced injector reviews the effect) and typically lasts about three months. It differs by product: daxibotulinumtoxinA lasted a median 20 to 24 weeks in its trials. For some people the effect fades before the next injection is due.",
      es: "En la distonía cervical, la mejoría suele empezar en el plazo de una a dos semanas, es mayor hacia las cuatro a seis semanas (cuando un profesional con experiencia en estas inyecciones revisa el efecto) y por lo general dura unos tres meses. Varía según el producto: con daxibotulinumtoxinA el efecto duró una mediana de 20 a 24 semanas en sus ensayos. En algunas personas el efecto se va perdiendo antes de que toque la siguiente inyección.",
    },
    ["fdaLabels", "labelDaxxify", "cochraneTypeA"],
  ),
  retreatment: statement(
    {
      en: "Injections are generally repeated no sooner than every 12 weeks, the interval insurers usually pay for; ask what to do if the effect fades earlier.",
      es: "Por lo general, cada inyección se repite no antes de 12 semanas después de la anterior, el intervalo que suelen pagar los seguros médicos; pregunte qué hacer si el efecto se pierde antes.",
    },
    ["fdaLabels"],
  ),
  commonSideEffects: statement(
    {
      en: "Common side effects include pain where the needle went in, headache, neck weakness or pain, trouble swallowing, dry mouth (notably with rimabotulinumtoxinB) and cold- or flu-like or upper-respiratory symptoms.",
      es: "Entre los efectos secundarios frecuentes están el dolor donde entró la aguja, dolor de cabeza, debilidad o dolor en el cuello, dificultad para tragar, boca seca (sobre todo con rimabotulinumtoxinB) y síntomas parecidos a los de un resfriado o una gripe, o síntomas de las vías respiratorias altas.",
    },
    ["fdaLabels", "labelMyobloc", "cochraneTypeB"],
  ),
  guidance: statement(
    {
      en: "EMG or ultrasound guidance can help the injector target the muscles, especially deep ones; studies differ on how much it changes the results.",
      es: "Guiar la inyección con EMG (electromiografía) o con ecografía (ultrasonido) puede ayudar a quien inyecta a llegar a los músculos, sobre todo a los profundos; los estudios no coinciden en cuánto cambia eso los resultados.",
    },
    ["guidance"],
  ),
  boardCertification: statement(
    {
      en: "Board certification in neurology, pain medicine or physical medicine & rehabilitation shows specialist training; it does not by itself show training in botulinum toxin injections.",
      es: "La certificación de especialidad (board) en neurología, medicina del dolor o medicina física y rehabilitación demuestra formación de especialista; por sí sola no demuestra formación en inyecciones de toxina botulínica.",
    },
    ["abms"],
  ),
  alternatives: statement(
    {
      en: "For cervical dystonia the usual alternatives are physical therapy and oral medicines and, when nothing else works, surgery: deep brain stimulation or selective peripheral denervation.",
      es: "Para la distonía cervical, las alternativas habituales son la terapia física (fisioterapia) y los medicamentos por vía oral y, cuando nada más funciona, la cirugía: estimulación cerebral profunda o denervación periférica selectiva.",
    },
    ["ninds", "efns"],
  ),
} as const satisfies Record<string, TLocalizedStatement>;

export type TStatementId = keyof typeof LOCALIZED_STATEMENTS;

function statementsIn(locale: TLocale): Record<TStatementId, TStatement> {
  return Object.fromEntries(
    Object.entries(LOCALIZED_STATEMENTS).map(([id, s]) => [
      id,
      { text: s.text[locale], sources: s.sources, lastChecked: s.lastChecked },
    ]),
  ) as Record<TStatementId, TStatement>;
}

export const STATEMENTS: Record<TStatementId, TStatement> = /* @__PURE__ */ statementsIn("en");

/** The boxed warning and the Medication Guides' urgent signs: printed on every checklist. */
export type TUrgentBox = {
  title: string;
  intro: string;
  symptoms: readonly string[];
  actions: readonly string[];
  sources: readonly TSourceId[];
  lastChecked: string;
};

export type TLocalizedUrgentBox = {
  title: TLocalized;
  intro: TLocalized;
  symptoms: readonly TLocalized[];
  actions: readonly TLocalized[];
  sources: readonly TSourceId[];
  lastChecked: string;
  translation: { es: TTranslationReview };
};

export const LOCALIZED_URGENT_BOX: TLocalizedUrgentBox = {
  title: { en: "Get medical help at once", es: "Busque ayuda médica de inmediato" },
  intro: {
    en: "if any of these start hours to weeks after an injection (the toxin’s effect can spread):",
    es: "si alguno de estos síntomas empieza entre horas y semanas después de una inyección (el efecto de la toxina puede extenderse):",
  },
  symptoms: [
    {
      en: "trouble swallowing (it can last for several months)",
      es: "dificultad para tragar (puede durar varios meses)",
    },
    { en: "trouble breathing", es: "dificultad para respirar" },
    { en: "trouble speaking or slurred speech", es: "dificultad para hablar o habla arrastrada" },
    {
      en: "hoarseness, or a change or loss of voice",
      es: "ronquera, o cambio o pérdida de la voz",
    },
    {
      en: "muscle weakness all over the body, or new weakness",
      es: "debilidad muscular en todo el cuerpo, o una debilidad nueva",
    },
    { en: "double or blurred vision", es: "visión doble o borrosa" },
    { en: "drooping eyelids", es: "párpados caídos" },
    { en: "loss of bladder control", es: "pérdida del control de la vejiga" },
  ],
  actions: [
    {
      en: "Call 911 if breathing or swallowing is hard.",
      es: "Llame al 911 si le cuesta respirar o tragar.",
    },
    {
      en: "While you have any of these, do not drive, operate machinery or do other dangerous activities.",
      es: "Mientras tenga cualquiera de estos síntomas, no maneje, no opere maquinaria ni haga otras actividades peligrosas.",
    },
  ],
  sources: ["fdaLabels"],
  lastChecked: CHECKED,
  translation: { es: DRAFTED_ES },
};

function urgentBoxIn(locale: TLocale): TUrgentBox {
  const b = LOCALIZED_URGENT_BOX;
  return {
    title: b.title[locale],
    intro: b.intro[locale],
    symptoms: b.symptoms.map((s) => s[locale]),
    actions: b.actions.map((a) => a[locale]),
    sources: b.sources,
    lastChecked: b.lastChecked,
  };
}

/** The urgent box as one paragraph, for places without room for the list (it names every sign). */
function urgentWarning(box: TUrgentBox): string {
  return `${box.title} ${box.intro} ${box.symptoms.join("; ")}. ${box.actions.join(" ")}`;
}

export const URGENT_BOX: TUrgentBox = /* @__PURE__ */ urgentBoxIn("en");

/** The urgent box as one paragraph, for places without room for the list (it names every sign). */
export const URGENT_WARNING = /* @__PURE__ */ urgentWarning(URGENT_BOX);

/** The footer's and the printed checklist's short form of the two evidence statements, both ways. */
export const LABEL_STATUS_NOTICE = STATEMENTS.labelStatus.text;

export type TApprovedProduct = {
  /** The ToxinProduct enum value in the database. */
  product: string;
  generic: string;
  brand: string;
  type: "A" | "B";
  /** The ages its cervical dystonia indication covers, in the label's terms. */
  ages: string;
  source: TSourceId;
};

/**
 * The five products FDA-approved for cervical dystonia and the ages their labels cover. Every label's
 * cervical dystonia indication is for adults; Botox's pediatric-use section adds that safety and
 * effectiveness below 16 years have not been established for it.
 */
export const FDA_APPROVED_PRODUCTS = [
  {
    product: "ONABOTULINUMTOXINA",
    generic: "onabotulinumtoxinA",
    brand: "Botox",
    type: "A",
    ages: "Adults (its label: not established below 16 years)",
    source: "labelBotox",
  },
  {
    product: "ABOBOTULINUMTOXINA",
    generic: "abobotulinumtoxinA",
    brand: "Dysport",
    type: "A",
    ages: "Adults",
    source: "labelDysport",
  },
  {
    product: "INCOBOTULINUMTOXINA",
    generic: "incobotulinumtoxinA",
    brand: "Xeomin",
    type: "A",
    ages: "Adults",
    source: "labelXeomin",
  },
  {
    product: "RIMABOTULINUMTOXINB",
    generic: "rimabotulinumtoxinB",
    brand: "Myobloc",
    type: "B",
    ages: "Adults",
    source: "labelMyobloc",
  },
  {
    product: "DAXIBOTULINUMTOXINA",
    generic: "daxibotulinumtoxinA",
    brand: "Daxxify",
    type: "A",
    ages: "Adults (approved for cervical dystonia in 2023)",
    source: "labelDaxxify",
  },
] as const satisfies readonly TApprovedProduct[];

export type TApprovedProductId = (typeof FDA_APPROVED_PRODUCTS)[number]["product"];

/** The ages of each product's label in Spanish (the English is in FDA_APPROVED_PRODUCTS). */
export const PRODUCT_AGES_ES: Record<TApprovedProductId, string> = {
  ONABOTULINUMTOXINA: "Adultos (según su etiqueta: no establecido en menores de 16 años)",
  ABOBOTULINUMTOXINA: "Adultos",
  INCOBOTULINUMTOXINA: "Adultos",
  RIMABOTULINUMTOXINB: "Adultos",
  DAXIBOTULINUMTOXINA: "Adultos (aprobado para la distonía cervical en 2023)",
};

/** The review state of PRODUCT_AGES_ES. */
export const PRODUCT_AGES_TRANSLATION: { es: TTranslationReview } = { es: DRAFTED_ES };

function productsIn(locale: TLocale): readonly TApprovedProduct[] {
  if (locale === "en") return FDA_APPROVED_PRODUCTS;
  return FDA_APPROVED_PRODUCTS.map((p) => ({ ...p, ages: PRODUCT_AGES_ES[p.product] }));
}

export const DEMO_PROVIDER_LABEL_TEXT: TLocalized = {
  en: "Demo data: fictional provider",
  es: "Datos de demostración: médico ficticio",
};

/** The label on every fictional demo provider, wherever one shows (list, profile, map). */
export const DEMO_PROVIDER_LABEL = DEMO_PROVIDER_LABEL_TEXT.en;

/** True while any Spanish medical sentence still awaits a bilingual clinician's review. */
export function spanishMedicalReviewPending(): boolean {
  return [
    ...Object.values(LOCALIZED_STATEMENTS).map((s) => s.translation.es),
    LOCALIZED_URGENT_BOX.translation.es,
    PRODUCT_AGES_TRANSLATION.es,
  ].some(isPending);
}

/**
 * What a Spanish page says about its medical wording while the translation awaits review: honest
 * (nobody medical has read it) and useful (the reader knows to check with a doctor and where the
 * original is). Null in English and once every Spanish sentence is reviewed.
 */
const TRANSLATION_NOTICE_ES =
  "Los textos médicos de esta página son una traducción del inglés que todavía no ha revisado un médico bilingüe. Si algo no le queda claro, consulte la versión en inglés o pregúntele a su médico.";

function translationNotice(locale: TLocale): string | null {
  return locale === "es" && spanishMedicalReviewPending() ? TRANSLATION_NOTICE_ES : null;
}

function medicalIn(locale: TLocale) {
  const statements = locale === "en" ? STATEMENTS : statementsIn(locale);
  const urgentBox = locale === "en" ? URGENT_BOX : urgentBoxIn(locale);
  return {
    STATEMENTS: statements,
    DIRECTORY_NOTICE: DIRECTORY_NOTICE_TEXT[locale],
    LABEL_STATUS_NOTICE: statements.labelStatus.text,
    URGENT_BOX: urgentBox,
    URGENT_WARNING: locale === "en" ? URGENT_WARNING : urgentWarning(urgentBox),
    FDA_APPROVED_PRODUCTS: productsIn(locale),
    DEMO_PROVIDER_LABEL: DEMO_PROVIDER_LABEL_TEXT[locale],
    /** For Spanish pages while the translation awaits a clinician's review; null otherwise. */
    TRANSLATION_NOTICE: translationNotice(locale),
  };
}

export type TMedicalContent = ReturnType<typeof medicalIn>;

const BY_LOCALE: Record<TLocale, TMedicalContent> = /* @__PURE__ */ (() => ({
  en: medicalIn("en"),
  es: medicalIn("es"),
}))();

/** Every medical text in a language, with the English exports' names and shapes. */
export function medicalFor(locale: TLocale): TMedicalContent {
  return BY_LOCALE[locale];
}
