// Every medical statement the site makes, in one place so it stays consistent and reviewable. Each
// names its sources (sources.ts) and the date a reviewer last checked it; unit tests fail when one
// lacks either. Who may change this wording, and how it is reviewed: docs/medical-content.md.
// Ground rules (shared/DOMAIN.md): say both what the evidence supports (cervical dystonia) and what it
// does not (other neck pain); never promise relief; give no advice.
import type { TSourceId } from "./sources";

export type TStatement = {
  text: string;
  sources: readonly TSourceId[];
  /** YYYY-MM-DD: when a reviewer last checked this wording against its sources. */
  lastChecked: string;
};

const CHECKED = "2026-12-03";

function statement(text: string, sources: readonly TSourceId[], lastChecked = CHECKED): TStatement {
  return { text, sources, lastChecked };
}

export const DIRECTORY_NOTICE =
  "NeckCare Finder is a directory and gives no medical advice. Talk with a doctor about your own situation.";

export const STATEMENTS = {
  /** The evidence for cervical dystonia, always shown beside the neck-pain finding below. */
  evidenceDystonia: statement(
    "For cervical dystonia, botulinum toxin is FDA-approved and a first-line treatment: Cochrane reviews of type A and type B toxins and the American Academy of Neurology guideline find that it eases the abnormal head movements and posture, pain and disability more than placebo injections do.",
    ["fdaLabels", "cochraneTypeA", "cochraneTypeB", "aan", "efns"],
  ),
  evidenceNeckPain: statement(
    "For other neck pain its use is off-label, and a Cochrane review found little or no benefit over saline injections for chronic neck pain without dystonia.",
    ["fdaLabels", "cochraneNeckPain"],
  ),
  /** The two statements above in one sentence, for the footer of every page and the printout. */
  labelStatus: statement(
    "Botulinum toxin is FDA-approved for cervical dystonia, where Cochrane reviews and the AAN guideline find it effective; for other neck pain it is off-label, and a Cochrane review found little or no benefit over saline for chronic neck pain.",
    ["fdaLabels", "cochraneTypeA", "cochraneTypeB", "aan", "cochraneNeckPain"],
  ),
  products: statement(
    "Five products are FDA-approved for cervical dystonia, each for adults: onabotulinumtoxinA (Botox), abobotulinumtoxinA (Dysport), incobotulinumtoxinA (Xeomin), rimabotulinumtoxinB (Myobloc) and, since 2023, daxibotulinumtoxinA (Daxxify). Their units are not interchangeable: a dose of one product cannot be converted into a dose of another.",
    ["labelBotox", "labelDysport", "labelXeomin", "labelMyobloc", "labelDaxxify"],
  ),
  timing: statement(
    "In cervical dystonia, improvement usually starts within one to two weeks, is greatest at about four to six weeks (when an experienced injector reviews the effect) and typically lasts about three months. It differs by product: daxibotulinumtoxinA lasted a median 20 to 24 weeks in its trials. For some people the effect fades before the next injection is due.",
    ["fdaLabels", "labelDaxxify", "cochraneTypeA"],
  ),
  retreatment: statement(
    "Injections are generally repeated no sooner than every 12 weeks, the interval insurers usually pay for; ask what to do if the effect fades earlier.",
    ["fdaLabels"],
  ),
  commonSideEffects: statement(
    "Common side effects include pain where the needle went in, headache, neck weakness or pain, trouble swallowing, dry mouth (notably with rimabotulinumtoxinB) and cold- or flu-like or upper-respiratory symptoms.",
    ["fdaLabels", "labelMyobloc", "cochraneTypeB"],
  ),
  guidance: statement(
    "EMG or ultrasound guidance can help the injector target the muscles, especially deep ones; studies differ on how much it changes the results.",
    ["guidance"],
  ),
  boardCertification: statement(
    "Board certification in neurology, pain medicine or physical medicine & rehabilitation shows specialist training; it does not by itself show training in botulinum toxin injections.",
    ["abms"],
  ),
  alternatives: statement(
    "For cervical dystonia the usual alternatives are physical therapy and oral medicines and, when nothing else works, surgery: deep brain stimulation or selective peripheral denervation.",
    ["ninds", "efns"],
  ),
} as const satisfies Record<string, TStatement>;

export type TStatementId = keyof typeof STATEMENTS;

/** The boxed warning and the Medication Guides' urgent signs: printed on every checklist. */
export type TUrgentBox = {
  title: string;
  intro: string;
  symptoms: readonly string[];
  actions: readonly string[];
  sources: readonly TSourceId[];
  lastChecked: string;
};

export const URGENT_BOX: TUrgentBox = {
  title: "Get medical help at once",
  intro: "if any of these start hours to weeks after an injection (the toxin’s effect can spread):",
  symptoms: [
    "trouble swallowing (it can last for several months)",
    "trouble breathing",
    "trouble speaking or slurred speech",
    "hoarseness, or a change or loss of voice",
    "muscle weakness all over the body, or new weakness",
    "double or blurred vision",
    "drooping eyelids",
    "loss of bladder control",
  ],
  actions: [
    "Call 911 if breathing or swallowing is hard.",
    "While you have any of these, do not drive, operate machinery or do other dangerous activities.",
  ],
  sources: ["fdaLabels"],
  lastChecked: CHECKED,
};

/** The urgent box as one paragraph, for places without room for the list (it names every sign). */
export const URGENT_WARNING = `${URGENT_BOX.title} ${URGENT_BOX.intro} ${URGENT_BOX.symptoms.join("; ")}. ${URGENT_BOX.actions.join(" ")}`;

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

/** The label on every fictional demo provider, wherever one shows (list, profile, map). */
export const DEMO_PROVIDER_LABEL = "Demo data: fictional provider";
