// Every namespace of the interface's messages, per language. Add a namespace as a pair of JSON
// files (messages/en/<ns>.json, messages/es/<ns>.json) and a line in each list below. The Spanish
// list is typed by the English one, so a namespace or key missing in Spanish fails the type check;
// tests/unit/i18n-messages.test.ts also refuses keys present in one language only and
// placeholders that differ.
import enCommon from "./en/common.json";
import esCommon from "./es/common.json";
import enChecklist from "./en/checklist.json";
import esChecklist from "./es/checklist.json";

export const en = {
  common: enCommon,
  checklist: enChecklist,
};

export type TMessages = typeof en;

export const es: TMessages = {
  common: esCommon,
  checklist: esChecklist,
};

export const MESSAGES = { en, es } as const;
