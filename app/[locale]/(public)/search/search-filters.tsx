"use client";

import { useLocale } from "next-intl";
import { useEffect, useRef, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/routing";
import { isBrowsingKey } from "@/lib/search/select-keys";
import { defaultSort } from "@/lib/validation/search-options";
import type { TSearchQuery } from "@/lib/validation/search-params";
import styles from "./search.module.css";

type Props = {
  query: TSearchQuery;
  /** The list filters' parameters: their checkboxes' values are joined as "a,b". */
  lists: readonly string[];
  /** "Apply filters", in the page's language (shown only without JavaScript). */
  applyLabel: string;
  /** The fields, rendered on the server (filter-fields.tsx). */
  children: React.ReactNode;
};

const noSubscribe = () => () => {};
const valueOf = (q: TSearchQuery, name: string): unknown => (q as unknown as Record<string, unknown>)[name];

/** The form's values as the canonical query (lists joined, empty values dropped, back to page 1). */
function formQuery(form: HTMLFormElement, listParams: readonly string[]): string {
  const data = new FormData(form);
  const out = new URLSearchParams();
  const lists = new Map<string, string[]>();
  for (const [k, v] of data.entries()) {
    if (typeof v !== "string" || v === "" || k === "page") continue;
    if (listParams.includes(k)) lists.set(k, [...(lists.get(k) ?? []), v]);
    else out.set(k, v);
  }
  for (const [k, values] of lists) out.set(k, values.join(","));
  return out.toString();
}

function syncForm(form: HTMLFormElement, q: TSearchQuery) {
  for (const el of Array.from(form.elements)) {
    const v =
      el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? valueOf(q, el.name) : undefined;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (Array.isArray(v)) el.checked = el.value === "" ? v.length === 0 : v.includes(el.value);
      else el.checked = v === true;
    } else if (el instanceof HTMLSelectElement) {
      el.value = v ? String(v) : "";
    } else if (
      el instanceof HTMLInputElement &&
      el.type === "hidden" &&
      ["near", "radius", "q"].includes(el.name)
    ) {
      el.value = v === undefined ? "" : String(v);
    }
  }
}

/**
 * The filter form around its fields. Without JavaScript it is a plain GET form with an "Apply
 * filters" button; with JavaScript every change updates the URL at once (so reload, back and
 * forward restore the same search) and the server renders the new results and counts.
 */
export function SearchFilters({ query: q, lists, applyLabel, children }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  // False in the server HTML, true once hydrated: the "Apply" button is only needed without JavaScript.
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );

  function apply() {
    const form = formRef.current;
    if (!form) return;
    startTransition(() => router.push(`/search?${formQuery(form, lists)}`, { scroll: false }));
  }

  // A menu browsed with the keyboard applies once a choice is made (Enter, or leaving the menu), not
  // at every arrow key (lib/search/select-keys.ts); a pointer choice applies at once.
  const browsing = useRef<HTMLSelectElement | null>(null);
  function onChange(e: React.FormEvent<HTMLFormElement>) {
    if (e.target instanceof HTMLSelectElement && browsing.current === e.target) return;
    apply();
  }
  function onKeyDown(e: React.KeyboardEvent<HTMLFormElement>) {
    if (!(e.target instanceof HTMLSelectElement)) return;
    if (e.key === "Enter") {
      e.preventDefault();
      browsing.current = null;
      apply();
    } else if (isBrowsingKey(e.key)) browsing.current = e.target;
  }
  function onBlur(e: React.FocusEvent<HTMLFormElement>) {
    if (e.target instanceof HTMLSelectElement && browsing.current === e.target) {
      browsing.current = null;
      const shown = new URLSearchParams(window.location.search).get(e.target.name) ?? "";
      if (e.target.value !== shown) apply();
    }
  }

  // The URL is the truth: when it changes (back, forward, a link), set the inputs to match it.
  // Done in place rather than by re-mounting, so keyboard focus stays where the user left it.
  useEffect(() => {
    const form = formRef.current;
    if (form) syncForm(form, q);
  }, [q]);

  return (
    <form
      ref={formRef}
      action={localizedPath("/search", locale)}
      method="get"
      onChange={onChange}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      className={styles.filters}
      aria-busy={pending}
    >
      {q.near ? <input type="hidden" name="near" value={q.near} /> : null}
      {q.near ? <input type="hidden" name="radius" value={q.radius} /> : null}
      {q.q ? <input type="hidden" name="q" value={q.q} /> : null}
      {q.sort !== defaultSort(q) ? <input type="hidden" name="sort" value={q.sort} /> : null}
      {children}
      {enhanced ? null : (
        <button type="submit" className="button">
          {applyLabel}
        </button>
      )}
    </form>
  );
}
