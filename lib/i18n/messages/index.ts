// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import enChecklist from "./en/checklist.json";
import enCompare from "./en/compare.json";
import enSearch from "./en/search.json";
import enSearchClient from "./en/searchClient.json";
import enShortlist from "./en/shortlist.json";
import esCommon from "./es/common.json";
import esChecklist from "./es/checklist.json";
import esCompare from "./es/compare.json";
import esSearch from "./es/search.json";
import esSearchClient from "./es/searchClient.json";
import esShortlist from "./es/shortlist.json";

export const en = {
  common: enCommon,
  checklist: enChecklist,
  compare: enCompare,
  search: enSearch,
  searchClient: enSearchClient,
  shortlist: enShortlist,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  checklist: esChecklist,
  compare: esCompare,
  search: esSearch,
  searchClient: esSearchClient,
  shortlist: esShortlist,
};

export const MESSAGES = { en, es } as const;
