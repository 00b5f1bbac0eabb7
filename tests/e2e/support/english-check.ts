// The pure half of tests/e2e/support/spanish.ts (tested by tests/unit/english-check.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Read from the files, not imported: Playwright's loader wants import attributes on JSON imports.
const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../../lib/i18n/messages");
const load = (locale: string) =>
  Object.fromEntries(
    readdirSync(path.join(MESSAGES_DIR, locale))
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(path.join(MESSAGES_DIR, locale, f), "utf8")) as unknown]),
  );
const en = load("en");
const es = load("es");

type TTree = { [key: string]: string | TTree };
function leaves(tree: TTree, out: Array<[string, string]> = [], prefix = ""): Array<[string, string]> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.push([key, v]);
    else leaves(v, out, key);
  }
  return out;
}

const esByKey = new Map(leaves(es as unknown as TTree));
/** English messages (their literal parts, placeholders removed) that Spanish does not share. */
const ENGLISH_MESSAGES = leaves(en as unknown as TTree)
  .filter(([k, v]) => esByKey.get(k) !== v)
  .flatMap(([, v]) => v.split(/\{[^{}]*\}|<\/?\w+>/))
  .map((s) => s.trim().replace(/[.:;,]$/, ""))
  .filter((s) => s.split(/\s+/).length >= 2 && /[a-z]/i.test(s));

const ENGLISH_WORDS = new Set(
  "the and your you with this that these those are is was were of to for from near which what when where who how will would can could should have has not only about".split(
    " ",
  ),
);

/** Every run of English found on the page, with why. */
export function englishIn(texts: string[]): string[] {
  const found: string[] = [];
  const all = texts.join(" \n ");
  for (const m of ENGLISH_MESSAGES) if (all.includes(m)) found.push(`English message: "${m}"`);
  for (const t of texts) {
    const words = new Set(t.toLowerCase().match(/[a-z']+/g) ?? []);
    const hits = [...words].filter((w) => ENGLISH_WORDS.has(w));
    if (hits.length >= 2) found.push(`English words (${hits.join(", ")}): "${t.slice(0, 160)}"`);
  }
  return [...new Set(found)];
}
