// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import esCommon from "./es/common.json";
import enPatientMail from "./en/patientMail.json";
import esPatientMail from "./es/patientMail.json";
import enProfile from "./en/profile.json";
import esProfile from "./es/profile.json";
import enProfileActions from "./en/profileActions.json";
import esProfileActions from "./es/profileActions.json";
import enProfileForms from "./en/profileForms.json";
import esProfileForms from "./es/profileForms.json";
import enReviews from "./en/reviews.json";
import esReviews from "./es/reviews.json";
import enUi from "./en/ui.json";
import esUi from "./es/ui.json";

export const en = {
  common: enCommon,
  profile: enProfile,
  profileForms: enProfileForms,
  profileActions: enProfileActions,
  reviews: enReviews,
  patientMail: enPatientMail,
  ui: enUi,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  profile: esProfile,
  profileForms: esProfileForms,
  profileActions: esProfileActions,
  reviews: esReviews,
  patientMail: esPatientMail,
  ui: esUi,
};

export const MESSAGES = { en, es } as const;
