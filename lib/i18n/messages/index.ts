// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import enChecklist from "./en/checklist.json";
import enCompare from "./en/compare.json";
import enContactForm from "./en/contactForm.json";
import enSearch from "./en/search.json";
import enSearchClient from "./en/searchClient.json";
import enShortlist from "./en/shortlist.json";
import enTrust from "./en/trust.json";
import esCommon from "./es/common.json";
import esChecklist from "./es/checklist.json";
import esCompare from "./es/compare.json";
import esContactForm from "./es/contactForm.json";
import esSearch from "./es/search.json";
import esSearchClient from "./es/searchClient.json";
import esShortlist from "./es/shortlist.json";
import esTrust from "./es/trust.json";

export const en = {
  common: enCommon,
  checklist: enChecklist,
  compare: enCompare,
  contactForm: enContactForm,
  search: enSearch,
  searchClient: enSearchClient,
  shortlist: enShortlist,
  trust: enTrust,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  checklist: esChecklist,
  compare: esCompare,
  contactForm: esContactForm,
  search: esSearch,
  searchClient: esSearchClient,
  shortlist: esShortlist,
  trust: esTrust,
};

export const MESSAGES = { en, es } as const;
