// Issue 19: the interface's messages exist in both languages, with the same keys and the same
// placeholders, every message parses as ICU, and no Spanish message is an English one left
// untranslated. (Type checking already refuses a Spanish namespace missing a key that English has;
// this test also refuses the reverse, placeholders that differ, and copies.)
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/routing";

type TTree = { [key: string]: string | TTree };

function leaves(tree: TTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Argument names and rich-text tags of an ICU message, sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (
        el.type === TYPE.argument ||
        el.type === TYPE.number ||
        el.type === TYPE.date ||
        el.type === TYPE.time
      )
        names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const opt of Object.values(el.options)) walk(opt.value);
      }
      if (el.type === TYPE.tag) {
        names.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const trees = Object.fromEntries(LOCALES.map((l) => [l, leaves(MESSAGES[l] as unknown as TTree)]));
const en = trees.en!;
const es = trees.es!;

// Words that are the same in both languages (names, abbreviations, codes).
const SAME_IN_BOTH = /^(NeckCare Finder|NPI|FDA|PDF|OK|E-mail|[\d\s.,:;()/%+-]*|[A-Z]{2,}\d*( \(\d+\))?)$/;
// Messages the same in both languages by design: a service's proper name, a word Spanish borrows.
const SAME_BY_DESIGN = new Set(["profile.certification.methods.ABMS_CERTIFICATION_MATTERS", "trust.privacy.cookiesTitle"]);
/** The words of a message, placeholders left out. */
const words = (m: string) => m.replace(/\{[^{}]*\}/g, "").trim();

describe("interface messages", () => {
  it("have the same keys in every language", () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])("%s: parses, is not empty, has the same placeholders in Spanish", (key) => {
    const e = en.get(key)!;
    const s = es.get(key)!;
    expect(e.trim(), "English message is empty").not.toBe("");
    expect(s.trim(), "Spanish message is empty").not.toBe("");
    expect(placeholders(s)).toEqual(placeholders(e));
  });

  it("has no Spanish message that is the English one left untranslated", () => {
    const copies = [...en.keys()].filter(
      (k) =>
        es.get(k) === en.get(k) &&
        !SAME_BY_DESIGN.has(k) &&
        !SAME_IN_BOTH.test(words(en.get(k)!)) &&
        /[a-z]{3}/i.test(words(en.get(k)!)),
    );
    expect(copies).toEqual([]);
  });
});
