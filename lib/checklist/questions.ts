// The consultation questions' words, in every interface language: edit wording here, not in JSX.
// Ids, topics, sources, default choice and preselection live in catalog.ts. Topics follow
// shared/DOMAIN.md ("Consultation questions"). Every question names the sources of its "why" line
// (lib/content/sources.ts); the medical facts in them are those of lib/content/medical.ts, and the same
// review rules apply to both languages (docs/medical-content.md): the Spanish says what the English
// says, with the same hedges, no more and no less. Never promise relief; give no advice.
// The words are data (the PDF prints them), so each is a TLocalized: a language missing is a type error.
// The Spanish follows the medical-wording rules of docs/medical-content.md ("The Spanish
// translation"): its review state is recorded below, and while it is pending the Spanish page and
// paper say so (texts.ts).
import type { TSourceId } from "@/lib/content/sources";
import { DRAFTED_ES, type TTranslationReview } from "@/lib/content/translation";
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";
import {
  DEFAULT_QUESTION_IDS,
  QUESTION_SPECS,
  TOPIC_IDS,
  canonicalIndex,
  type TAnswer,
  type TAssessmentId,
  type TQuestionId,
  type TTopicId,
} from "./catalog";

export { DEFAULT_QUESTION_IDS, canonicalIndex, type TTopicId, type TQuestionId };

export const TOPIC_TITLES: Readonly<Record<TTopicId, TLocalized>> = {
  credentials: { en: "Credentials and experience", es: "Certificación y experiencia" },
  diagnosis: { en: "Diagnosis and FDA label status", es: "Diagnóstico y aprobación de la FDA" },
  plan: { en: "Treatment plan and follow-up", es: "Plan de tratamiento y seguimiento" },
  benefits: { en: "Benefits and expectations", es: "Beneficios y expectativas" },
  risks: { en: "Risks and side effects", es: "Riesgos y efectos secundarios" },
  health: {
    en: "Your health and medicines: tell the doctor",
    es: "Su salud y sus medicamentos: dígaselo al médico",
  },
  alternatives: { en: "Alternatives", es: "Alternativas" },
  cost: { en: "Cost and logistics", es: "Costo y aspectos prácticos" },
};

/**
 * The review state of the Spanish questions and "why" lines (and of the self-check's, which share it):
 * a bilingual clinician who has compared every sentence with the English and its sources replaces
 * DRAFTED_ES with `reviewed("Name, qualification", "YYYY-MM-DD")` (lib/content/translation.ts). Any
 * later change to a Spanish sentence sets it back to a pending state.
 */
export const QUESTIONS_TRANSLATION: { es: TTranslationReview } = { es: DRAFTED_ES };

export const OWN_TOPIC: TLocalized = { en: "Your own questions", es: "Sus propias preguntas" };

/** A question's words: the question itself, and one line on why it is worth asking. */
export type TQuestionText = { text: TLocalized; why: TLocalized };

export const QUESTION_TEXTS: Readonly<Record<TQuestionId, TQuestionText>> = {
  // Credentials and experience
  "cred-board": {
    text: {
      en: "Which board certified you, and in which specialty or subspecialty?",
      es: "¿Qué junta médica (board) le otorgó la certificación de especialidad, y en qué especialidad o subespecialidad?",
    },
    why: {
      en: "Board certification shows specialist training in neurology, pain medicine or PM&R, not by itself training in toxin injections.",
      es: "La certificación (board) muestra formación de especialista en neurología, medicina del dolor o medicina física y rehabilitación, no por sí sola en inyecciones de toxina.",
    },
  },
  "cred-fellowship": {
    text: {
      en: "Did you complete fellowship training, for example in movement disorders?",
      es: "¿Hizo una subespecialización (fellowship), por ejemplo en trastornos del movimiento?",
    },
    why: {
      en: "“Movement disorders specialist” means fellowship training, not a board certificate, so it is worth asking what lies behind it.",
      es: "“Especialista en trastornos del movimiento” indica una subespecialización (fellowship), no una certificación de junta: vale la pena preguntar qué hay detrás.",
    },
  },
  "cred-volume": {
    text: {
      en: "How many botulinum toxin injections in the neck do you give in a year, and for how many years?",
      es: "¿Cuántas inyecciones de toxina botulínica en el cuello aplica al año, y desde hace cuántos años?",
    },
    why: {
      en: "The guide suggests looking for substantial experience: injecting neck muscles takes practice.",
      es: "La guía sugiere buscar una experiencia considerable: inyectar los músculos del cuello requiere práctica.",
    },
  },
  "cred-condition": {
    text: {
      en: "How often do you treat patients with a condition like mine?",
      es: "¿Con qué frecuencia trata a pacientes con una afección como la mía?",
    },
    why: {
      en: "Experience with cervical dystonia and with other neck pain is not the same; ask about yours.",
      es: "La experiencia con la distonía cervical y con otros dolores de cuello no es la misma; pregunte por su caso.",
    },
  },
  "cred-guidance": {
    text: {
      en: "Do you use EMG or ultrasound to guide the injections?",
      es: "¿Usa electromiografía (EMG) o ecografía para guiar las inyecciones?",
    },
    why: {
      en: "Guidance can help target muscles, especially deep ones; studies differ on how much it changes the results.",
      es: "Guiar las inyecciones puede ayudar a localizar los músculos, sobre todo los profundos; los estudios difieren en cuánto cambia los resultados.",
    },
  },
  "cred-injector": {
    text: {
      en: "Will you give the injections yourself, or will someone else in the practice?",
      es: "¿Aplicará usted mismo las inyecciones, o lo hará otra persona del consultorio?",
    },
    why: {
      en: "The experience that counts is that of the person who gives the injections.",
      es: "La experiencia que cuenta es la de la persona que aplica las inyecciones.",
    },
  },

  // Diagnosis and FDA label status
  "diag-what": {
    text: {
      en: "What is my diagnosis: cervical dystonia, muscle spasm, or something else?",
      es: "¿Cuál es mi diagnóstico: distonía cervical, espasmo muscular u otra cosa?",
    },
    why: {
      en: "The diagnosis decides whether the use is FDA-approved for you and which other treatments could help.",
      es: "El diagnóstico decide si el uso está aprobado por la FDA en su caso y qué otros tratamientos podrían ayudar.",
    },
  },
  "diag-label": {
    text: {
      en: "Is botulinum toxin FDA-approved for my condition, or would this be an off-label use?",
      es: "¿La toxina botulínica está aprobada por la FDA para mi afección, o sería un uso fuera de indicación (off-label)?",
    },
    why: {
      en: "It is FDA-approved for cervical dystonia in adults; for other neck pain its use is off-label.",
      es: "Está aprobada por la FDA para la distonía cervical en adultos; para otros dolores de cuello, es un uso fuera de indicación (off-label).",
    },
  },
  "diag-evidence": {
    text: {
      en: "What does the research show for people with my condition?",
      es: "¿Qué muestran las investigaciones en personas con mi afección?",
    },
    why: {
      en: "Cochrane reviews find it effective for cervical dystonia; for chronic neck pain without dystonia, one found little or no benefit.",
      es: "Revisiones Cochrane la encuentran eficaz para la distonía cervical; para el dolor de cuello crónico sin distonía, una halló poco o ningún beneficio.",
    },
  },
  "diag-tests": {
    text: {
      en: "Do I need an examination or tests before we decide?",
      es: "¿Necesito un examen o pruebas antes de decidir?",
    },
    why: {
      en: "The doctor examines you and takes your medical history to make the diagnosis and see whether treatment fits.",
      es: "El médico le hace un examen y revisa su historia clínica para hacer el diagnóstico y ver si el tratamiento es adecuado.",
    },
  },

  // Treatment plan and follow-up
  "plan-product": {
    text: {
      en: "Which product would you use (Botox, Dysport, Xeomin, Myobloc or Daxxify), and why?",
      es: "¿Qué producto usaría (Botox, Dysport, Xeomin, Myobloc o Daxxify), y por qué?",
    },
    why: {
      en: "Five products are FDA-approved for cervical dystonia in adults, and their units are not interchangeable.",
      es: "Cinco productos están aprobados por la FDA para la distonía cervical en adultos, y sus unidades no son intercambiables.",
    },
  },
  "plan-dose": {
    text: {
      en: "Which muscles would you inject, and with what dose?",
      es: "¿En qué músculos inyectaría, y con qué dosis?",
    },
    why: {
      en: "Knowing the muscles and dose helps you compare visits and report what changed.",
      es: "Conocer los músculos y la dosis le ayuda a comparar las visitas y a contar qué cambió.",
    },
  },
  "plan-measure": {
    text: {
      en: "How will we measure progress (for example with the TWSTRS scale)? Should I keep a diary or take videos?",
      es: "¿Cómo mediremos el progreso (por ejemplo, con la escala TWSTRS)? ¿Debo llevar un diario o grabar videos?",
    },
    why: {
      en: "A shared measure of severity, pain and disability (TWSTRS is the common one) and your own record make follow-up useful.",
      es: "Una medida común de gravedad, dolor y discapacidad (la más usada es la TWSTRS) y su propio registro hacen útil el seguimiento.",
    },
  },
  "plan-followup": {
    text: {
      en: "Will we meet about four weeks after the first injection, and what should I do if the effect fades before 12 weeks?",
      es: "¿Nos veremos unas cuatro semanas después de la primera inyección, y qué hago si el efecto se pasa antes de las 12 semanas?",
    },
    why: {
      en: "The effect is usually greatest at four to six weeks; re-treatment is generally no sooner than every 12 weeks.",
      es: "El efecto suele ser máximo entre las cuatro y las seis semanas; en general, no se repite el tratamiento más a menudo que cada 12 semanas.",
    },
  },
  "plan-record": {
    text: {
      en: "Please write down the product and units for each visit.",
      es: "Por favor, anote el producto y las unidades de cada visita.",
    },
    why: {
      en: "Units differ between products and cannot be converted; a written record helps you and any later doctor.",
      es: "Las unidades varían entre productos y no se pueden convertir; un registro escrito le sirve a usted y a cualquier otro médico después.",
    },
  },
  "plan-repeat": {
    text: {
      en: "How often would injections be repeated, and what happens at follow-up visits?",
      es: "¿Cada cuánto se repetirían las inyecciones, y qué pasa en las visitas de seguimiento?",
    },
    why: {
      en: "The effect wears off; re-treatment is generally no sooner than every 12 weeks, the interval insurers usually pay for.",
      es: "El efecto se pasa; en general, no se repite más a menudo que cada 12 semanas, el intervalo que los seguros suelen pagar.",
    },
  },
  "plan-adjust": {
    text: {
      en: "If the first injections do not help enough, what would we change?",
      es: "Si las primeras inyecciones no ayudan lo suficiente, ¿qué cambiaríamos?",
    },
    why: {
      en: "Muscles and doses are often fine-tuned over several treatment cycles; ask how that would work for you.",
      es: "Los músculos y las dosis a menudo se ajustan a lo largo de varios ciclos de tratamiento; pregunte cómo sería en su caso.",
    },
  },
  "plan-antibodies": {
    text: {
      en: "If it stops working, could I have antibodies, and would another product or type B help?",
      es: "Si deja de funcionar, ¿podría tener anticuerpos, y me ayudaría otro producto o el tipo B?",
    },
    why: {
      en: "Antibodies can make the toxin stop working; type B (Myobloc) was studied in people whom type A no longer helped.",
      es: "Los anticuerpos pueden hacer que la toxina deje de funcionar; el tipo B (Myobloc) se estudió en personas a quienes el tipo A ya no ayudaba.",
    },
  },
  "plan-day": {
    text: {
      en: "What happens on the day of the injections, and can I go back to work or drive afterwards?",
      es: "¿Qué pasa el día de las inyecciones, y puedo volver al trabajo o manejar después?",
    },
    why: {
      en: "Knowing how long the visit takes and what to expect after it helps you plan the day.",
      es: "Saber cuánto dura la visita y qué esperar después le ayuda a planear el día.",
    },
  },

  // Benefits and expectations
  "ben-when": {
    text: {
      en: "When might I notice a change, and how long could it last?",
      es: "¿Cuándo podría notar un cambio, y cuánto podría durar?",
    },
    why: {
      en: "In cervical dystonia: usually within 1–2 weeks, greatest at 4–6 weeks, lasting about 3 months; it differs by product and person.",
      es: "En la distonía cervical: por lo general en 1–2 semanas, mayor a las 4–6 semanas, y dura unos 3 meses; varía según el producto y la persona.",
    },
  },
  "ben-realistic": {
    text: {
      en: "What results are realistic for someone like me, and how often does it not help?",
      es: "¿Qué resultados son realistas para alguien como yo, y con qué frecuencia no ayuda?",
    },
    why: {
      en: "No treatment can promise relief; results differ from person to person and by condition.",
      es: "Ningún tratamiento puede prometer alivio; los resultados varían de una persona a otra y según la afección.",
    },
  },
  "ben-activities": {
    text: {
      en: "Could treatment help with the movements or activities that matter most to me?",
      es: "¿Podría el tratamiento ayudar con los movimientos o las actividades que más me importan?",
    },
    why: {
      en: "Studies measure pain and disability in daily life, not only head position; say which activities matter to you.",
      es: "Los estudios miden el dolor y la discapacidad en la vida diaria, no solo la posición de la cabeza; diga qué actividades le importan.",
    },
  },

  // Risks and side effects
  "risk-common": {
    text: {
      en: "Which side effects are common, and how long do they usually last?",
      es: "¿Qué efectos secundarios son frecuentes, y cuánto suelen durar?",
    },
    why: {
      en: "Needle-site pain, headache, neck weakness or pain, trouble swallowing, dry mouth, cold- or flu-like symptoms are common.",
      es: "Son frecuentes: dolor donde entra la aguja, dolor de cabeza, debilidad o dolor de cuello, dificultad para tragar, boca seca, síntomas de resfriado o gripe.",
    },
  },
  "risk-urgent": {
    text: {
      en: "Which symptoms should I report at once, and to whom?",
      es: "¿Qué síntomas debo avisar de inmediato, y a quién?",
    },
    why: {
      en: "Boxed warning: the effect can spread, hours to weeks later: weakness, vision, eyelid, voice, swallowing or breathing problems.",
      es: "Advertencia en recuadro: el efecto puede extenderse, de horas a semanas después: debilidad, problemas de vista, párpados, voz, al tragar o al respirar.",
    },
  },
  "risk-activities": {
    text: {
      en: "Should I avoid any activities or medicines before or after the injections?",
      es: "¿Debo evitar alguna actividad o medicamento antes o después de las inyecciones?",
    },
    why: {
      en: "The Medication Guides say not to drive or do dangerous activities if weakness, vision or eyelid problems start.",
      es: "Las guías del medicamento dicen que no maneje ni haga actividades peligrosas si empieza a tener debilidad o problemas de vista o de párpados.",
    },
  },

  // Your health and medicines: what the labels and Medication Guides ask patients to tell the doctor
  "risk-prior": {
    text: {
      en: "I have had a botulinum toxin injection in the last four months (cosmetic ones too): what do you need to know?",
      es: "Me pusieron una inyección de toxina botulínica en los últimos cuatro meses (también cuentan las estéticas): ¿qué necesita saber?",
    },
    why: {
      en: "The Medication Guides ask about any toxin product in the last four months; effects of two injections can add up.",
      es: "Las guías del medicamento preguntan por cualquier producto de toxina en los últimos cuatro meses; los efectos de dos inyecciones pueden sumarse.",
    },
  },
  "risk-medicines": {
    text: {
      en: "Do my medicines matter: antibiotics by injection (aminoglycosides), anticholinergics, muscle relaxants?",
      es: "¿Importan mis medicamentos: antibióticos inyectables (aminoglucósidos), anticolinérgicos, relajantes musculares?",
    },
    why: {
      en: "The labels warn that these can add to the toxin’s effect; bring a full list, including allergy, cold and sleep medicines.",
      es: "Las etiquetas advierten que pueden sumarse al efecto de la toxina; lleve una lista completa, incluidos medicamentos para alergia, resfriado y dormir.",
    },
  },
  "health-bleeding": {
    text: {
      en: "I have a bleeding disorder or take a blood thinner or aspirin: does that change the injections?",
      es: "Tengo un trastorno de sangrado o tomo un anticoagulante o aspirina: ¿cambia eso las inyecciones?",
    },
    why: {
      en: "The Medication Guides ask you to tell the doctor about bleeding problems and blood thinners.",
      es: "Las guías del medicamento le piden que informe al médico sobre problemas de sangrado y anticoagulantes.",
    },
  },
  "risk-conditions": {
    text: {
      en: "I already have trouble swallowing or breathing (for example asthma or emphysema): does that raise the risk?",
      es: "Ya tengo dificultad para tragar o respirar (por ejemplo, asma o enfisema): ¿aumenta eso el riesgo?",
    },
    why: {
      en: "The labels warn that people with swallowing or breathing problems are at greater risk of severe ones after an injection.",
      es: "Las etiquetas advierten que quienes tienen problemas para tragar o respirar corren más riesgo de tenerlos graves tras una inyección.",
    },
  },
  "health-neuromuscular": {
    text: {
      en: "Does a nerve or muscle disease such as myasthenia gravis, Lambert-Eaton syndrome or ALS change the risk for me?",
      es: "¿Una enfermedad de los nervios o los músculos, como miastenia gravis, síndrome de Lambert-Eaton o ELA, cambia mi riesgo?",
    },
    why: {
      en: "The labels warn that these diseases raise the risk of serious side effects, including severe swallowing and breathing problems.",
      es: "Las etiquetas advierten que estas enfermedades aumentan el riesgo de efectos secundarios serios, incluidos problemas graves para tragar y respirar.",
    },
  },
  "health-pregnancy": {
    text: {
      en: "I am pregnant, may become pregnant, or am breastfeeding: what does that mean for treatment?",
      es: "Estoy embarazada, podría quedar embarazada o estoy amamantando: ¿qué significa eso para el tratamiento?",
    },
    why: {
      en: "The labels have little data on use in pregnancy or breastfeeding; the Medication Guides ask you to tell the doctor.",
      es: "Las etiquetas tienen pocos datos sobre su uso en el embarazo o la lactancia; las guías del medicamento le piden que se lo diga al médico.",
    },
  },
  "health-allergy": {
    text: {
      en: "I have reacted to a botulinum toxin product before, or I am allergic to cow’s milk protein: which products are safe?",
      es: "Ya tuve una reacción a un producto de toxina botulínica, o tengo alergia a la proteína de la leche de vaca: ¿qué productos son seguros?",
    },
    why: {
      en: "An allergy to a toxin product rules it out; abobotulinumtoxinA (Dysport) may contain cow’s milk protein.",
      es: "Una alergia a un producto de toxina lo descarta; abobotulinumtoxinA (Dysport) puede contener proteína de la leche de vaca.",
    },
  },
  "health-infection": {
    text: {
      en: "I have an infection or a skin problem where the injections would go: should we wait?",
      es: "Tengo una infección o un problema de la piel donde irían las inyecciones: ¿deberíamos esperar?",
    },
    why: {
      en: "The labels say not to inject where there is an infection.",
      es: "Las etiquetas indican no inyectar donde hay una infección.",
    },
  },
  "health-surgery": {
    text: {
      en: "I have surgery planned: do you need to know before the injections?",
      es: "Tengo una cirugía programada: ¿necesita saberlo antes de las inyecciones?",
    },
    why: {
      en: "The Medication Guides ask you to tell the doctor about planned surgery.",
      es: "Las guías del medicamento le piden que informe al médico si tiene una cirugía programada.",
    },
  },

  // Alternatives
  "alt-options": {
    text: {
      en: "What other treatments could I try instead of, or alongside, injections?",
      es: "¿Qué otros tratamientos podría probar en lugar de las inyecciones, o junto con ellas?",
    },
    why: {
      en: "For cervical dystonia: physical therapy, oral medicines and, if nothing else works, surgery (deep brain stimulation or denervation).",
      es: "Para la distonía cervical: terapia física, medicamentos orales y, si nada más funciona, cirugía (estimulación cerebral profunda o denervación).",
    },
  },
  "alt-nothing": {
    text: {
      en: "What is likely to happen if I wait, or decide against treatment for now?",
      es: "¿Qué es probable que pase si espero, o si decido no tratarme por ahora?",
    },
    why: {
      en: "Knowing the likely course without treatment helps you weigh the options.",
      es: "Conocer la evolución probable sin tratamiento le ayuda a sopesar las opciones.",
    },
  },
  "alt-trials": {
    text: {
      en: "Are there clinical trials I could take part in?",
      es: "¿Hay ensayos clínicos en los que podría participar?",
    },
    why: {
      en: "Studies that are recruiting are listed publicly at ClinicalTrials.gov.",
      es: "Los estudios que buscan participantes aparecen públicamente en ClinicalTrials.gov (en inglés).",
    },
  },

  // Cost and logistics
  "cost-coverage": {
    text: {
      en: "What will the treatment cost, and will my insurance cover it?",
      es: "¿Cuánto costará el tratamiento, y lo cubrirá mi seguro?",
    },
    why: {
      en: "Coverage can differ between an FDA-approved use and an off-label one; ask for an estimate in writing.",
      es: "La cobertura puede variar entre un uso aprobado por la FDA y uno fuera de indicación; pida un cálculo del costo por escrito.",
    },
  },
  "cost-prior-auth": {
    text: {
      en: "Does my insurance need prior authorization, and who applies for it?",
      es: "¿Mi seguro necesita una autorización previa, y quién la solicita?",
    },
    why: {
      en: "Many plans must approve the treatment before it is given, which can take time.",
      es: "Muchos planes deben aprobar el tratamiento antes de aplicarlo, y eso puede tomar tiempo.",
    },
  },
  "cost-after-hours": {
    text: {
      en: "Whom do I call with a problem after hours or at the weekend?",
      es: "¿A quién llamo si tengo un problema fuera del horario de atención o el fin de semana?",
    },
    why: {
      en: "Side effects can start hours to weeks after the visit; call 911 if breathing or swallowing is hard.",
      es: "Los efectos secundarios pueden empezar de horas a semanas después de la visita; llame al 911 si le cuesta respirar o tragar.",
    },
  },
};

/** A question in one language: its structure (catalog.ts) with its words. */
export type TQuestion = {
  id: TQuestionId;
  topic: TTopicId;
  text: string;
  /** One line: why this question is worth asking. */
  why: string;
  /** Where the "why" line comes from: at least one (unit-tested). */
  sources: readonly TSourceId[];
  defaultSelected: boolean;
  /** Self-check answers that add this question to the checklist. */
  preselect?: readonly { item: TAssessmentId; answers: readonly TAnswer[] }[];
};

/** Every question in `locale`, in topic order. */
export function questionsIn(locale: TLocale): readonly TQuestion[] {
  return QUESTION_SPECS.map((spec) => ({
    ...spec,
    text: QUESTION_TEXTS[spec.id].text[locale],
    why: QUESTION_TEXTS[spec.id].why[locale],
  }));
}

/** The topics in order, with their titles in `locale`. */
export function topicsIn(locale: TLocale): readonly { id: TTopicId; title: string }[] {
  return TOPIC_IDS.map((id) => ({ id, title: TOPIC_TITLES[id][locale] }));
}

/** The English questions and topics, as before Spanish existed (tests and English-only callers). */
export const QUESTIONS: readonly TQuestion[] = questionsIn("en");
export const TOPICS = topicsIn("en");
export const OWN_TOPIC_TITLE = OWN_TOPIC.en;

export function findQuestion(id: string, locale: TLocale = "en"): TQuestion | undefined {
  const index = canonicalIndex(id);
  return index === undefined ? undefined : (locale === "en" ? QUESTIONS : questionsIn(locale))[index];
}

export function topicTitle(topic: TTopicId, locale: TLocale = "en"): string {
  return TOPIC_TITLES[topic]?.[locale] ?? topic;
}
