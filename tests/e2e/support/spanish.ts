// Issue 19: a Spanish page shows no English outside provider-written content. What the reader
// sees or hears is collected: visible text, and the words of aria-label, title, placeholder, alt and
// button values. Skipped: elements marked as provider-written (data-provider-text) and elements in
// another language (lang="en": a doctor's bio, an English source title), which the page declares.
// English is found two ways: any English interface message (lib/i18n/messages/en) of two words or
// more that differs from its Spanish, and any run of text holding two or more English function
// words that Spanish does not use.
import { expect, type Page } from "@playwright/test";
import { englishIn } from "./english-check";

export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (e.hasAttribute("data-provider-text")) return true;
        const lang = e.getAttribute("lang");
        if (lang && e !== document.documentElement && !lang.startsWith("es")) return true;
        if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(e.tagName)) return true;
      }
      return false;
    };
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      return (
        (s.display !== "none" && s.visibility !== "hidden" && (el as HTMLElement).offsetParent !== null) ||
        s.position === "fixed"
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.replace(/\s+/g, " ").trim();
      const el = n.parentElement;
      if (!text || !el || skip(el)) continue;
      if (!shown(el) && !el.closest(".sr-only, .visually-hidden")) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll(
      "[aria-label], [title], [placeholder], img[alt], input[type=submit][value], input[type=button][value]",
    )) {
      if (skip(el)) continue;
      for (const a of ["aria-label", "title", "placeholder", "alt", "value"]) {
        if (a === "value" && el.tagName !== "INPUT") continue;
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
}

export async function expectNoEnglish(page: Page, what = page.url()) {
  const english = englishIn(await visibleTexts(page));
  expect(english, `English left on ${what}`).toEqual([]);
}
