// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import esCommon from "./es/common.json";
import enContactForm from "./en/contactForm.json";
import esContactForm from "./es/contactForm.json";
import enTrust from "./en/trust.json";
import esTrust from "./es/trust.json";

export const en = {
  common: enCommon,
  trust: enTrust,
  contactForm: enContactForm,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  trust: esTrust,
  contactForm: esContactForm,
};

export const MESSAGES = { en, es } as const;
