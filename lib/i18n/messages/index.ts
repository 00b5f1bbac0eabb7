// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import esCommon from "./es/common.json";
import enCompare from "./en/compare.json";
import esCompare from "./es/compare.json";
import enSearch from "./en/search.json";
import esSearch from "./es/search.json";
import enSearchClient from "./en/searchClient.json";
import esSearchClient from "./es/searchClient.json";
import enShortlist from "./en/shortlist.json";
import esShortlist from "./es/shortlist.json";

export const en = {
  common: enCommon,
  search: enSearch,
  searchClient: enSearchClient,
  compare: enCompare,
  shortlist: enShortlist,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  search: esSearch,
  searchClient: esSearchClient,
  compare: esCompare,
  shortlist: esShortlist,
};

export const MESSAGES = { en, es } as const;
