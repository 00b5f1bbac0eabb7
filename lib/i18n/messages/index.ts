// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import enChecklist from "./en/checklist.json";
import enCompare from "./en/compare.json";
import enContactForm from "./en/contactForm.json";
import enPatientMail from "./en/patientMail.json";
import enProfile from "./en/profile.json";
import enProfileActions from "./en/profileActions.json";
import enProfileForms from "./en/profileForms.json";
import enReviews from "./en/reviews.json";
import enSearch from "./en/search.json";
import enSearchClient from "./en/searchClient.json";
import enShortlist from "./en/shortlist.json";
import enTrust from "./en/trust.json";
import enUi from "./en/ui.json";
import esCommon from "./es/common.json";
import esChecklist from "./es/checklist.json";
import esCompare from "./es/compare.json";
import esContactForm from "./es/contactForm.json";
import esPatientMail from "./es/patientMail.json";
import esProfile from "./es/profile.json";
import esProfileActions from "./es/profileActions.json";
import esProfileForms from "./es/profileForms.json";
import esReviews from "./es/reviews.json";
import esSearch from "./es/search.json";
import esSearchClient from "./es/searchClient.json";
import esShortlist from "./es/shortlist.json";
import esTrust from "./es/trust.json";
import esUi from "./es/ui.json";

export const en = {
  common: enCommon,
  checklist: enChecklist,
  compare: enCompare,
  contactForm: enContactForm,
  patientMail: enPatientMail,
  profile: enProfile,
  profileActions: enProfileActions,
  profileForms: enProfileForms,
  reviews: enReviews,
  search: enSearch,
  searchClient: enSearchClient,
  shortlist: enShortlist,
  trust: enTrust,
  ui: enUi,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  checklist: esChecklist,
  compare: esCompare,
  contactForm: esContactForm,
  patientMail: esPatientMail,
  profile: esProfile,
  profileActions: esProfileActions,
  profileForms: esProfileForms,
  reviews: esReviews,
  search: esSearch,
  searchClient: esSearchClient,
  shortlist: esShortlist,
  trust: esTrust,
  ui: esUi,
};

export const MESSAGES = { en, es } as const;
