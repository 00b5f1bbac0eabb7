"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore, useTransition } from "react";
import { SELECTION_STEPS } from "@/lib/content/steps";
import { FILTERS, type TFilter, type TListFilter, type TMinFilter } from "@/lib/search/filters";
import { isBrowsingKey } from "@/lib/search/select-keys";
import type { TFacetCounts } from "@/lib/search/types";
import { defaultSort, type TSearchQuery } from "@/lib/validation/search-params";
import styles from "./search.module.css";

type Props = { query: TSearchQuery; facets: TFacetCounts };

const LISTS = new Set<string>(FILTERS.filter((f) => f.kind === "list").map((f) => f.param));
const noSubscribe = () => () => {};

/** The form's values as the canonical query (lists joined, empty values dropped, back to page 1). */
function formQuery(form: HTMLFormElement): string {
  const data = new FormData(form);
  const out = new URLSearchParams();
  const lists = new Map<string, string[]>();
  for (const [k, v] of data.entries()) {
    if (typeof v !== "string" || v === "" || k === "page") continue;
    if (LISTS.has(k)) lists.set(k, [...(lists.get(k) ?? []), v]);
    else out.set(k, v);
  }
  for (const [k, values] of lists) out.set(k, values.join(","));
  return out.toString();
}

const valueOf = (q: TSearchQuery, name: string): unknown => (q as unknown as Record<string, unknown>)[name];

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

const count = (facets: TFacetCounts, key: string) => facets[key] ?? 0;

function Check({
  name,
  value = "1",
  checked,
  label,
  n,
}: {
  name: string;
  value?: string;
  checked: boolean;
  label: string;
  n: number;
}) {
  const id = `f-${name}-${value}`;
  return (
    <div className={styles.check}>
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>
        {label} <span className={styles.count}>({n})</span>
      </label>
    </div>
  );
}

/** A list filter: checkboxes (any of), radio buttons for a `single` one, long lists partly behind "more". */
function ListFilter({ f, q, facets }: { f: TListFilter; q: TSearchQuery; facets: TFacetCounts }) {
  const chosen = (valueOf(q, f.param) as string[]) ?? [];
  const labelId = `${f.param}-label`;
  if (f.single) {
    return (
      <fieldset className={styles.subGroup}>
        <legend className={styles.subLabel}>{f.label}</legend>
        <div className={styles.check}>
          <input
            id={`f-${f.param}-any`}
            type="radio"
            name={f.param}
            value=""
            defaultChecked={!chosen.length}
          />
          <label htmlFor={`f-${f.param}-any`}>Any</label>
        </div>
        {f.options.map((o) => (
          <div key={o.value} className={styles.check}>
            <input
              id={`f-${f.param}-${o.value}`}
              type="radio"
              name={f.param}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
            />
            <label htmlFor={`f-${f.param}-${o.value}`}>
              {o.label} <span className={styles.count}>({count(facets, `${f.param}:${o.value}`)})</span>
            </label>
          </div>
        ))}
      </fieldset>
    );
  }
  const checks = (options: TListFilter["options"]) =>
    options.map((o) => (
      <Check
        key={o.value}
        name={f.param}
        value={o.value}
        checked={chosen.includes(o.value)}
        label={o.label}
        n={count(facets, `${f.param}:${o.value}`)}
      />
    ));
  const short = f.shortList ?? f.options.length;
  const rest = f.options.slice(short);
  return (
    <>
      <p className={styles.subLabel} id={labelId}>
        {f.label}
      </p>
      <div role="group" aria-labelledby={labelId}>
        {checks(f.options.slice(0, short))}
        {rest.length ? (
          <details className={styles.more} open={rest.some((o) => chosen.includes(o.value)) || undefined}>
            <summary>
              {rest.length} more {f.label.toLowerCase().replace(/ spoken$/, "")}s
            </summary>
            {checks(rest)}
          </details>
        ) : null}
      </div>
    </>
  );
}

/** One filter's control, by its kind (the name is in the search box, not here). */
function FilterControl({ f, q, facets }: { f: TFilter; q: TSearchQuery; facets: TFacetCounts }) {
  switch (f.kind) {
    case "list":
      return <ListFilter f={f} q={q} facets={facets} />;
    case "verified":
    case "flag":
    case "place":
      return (
        <Check
          name={f.param}
          checked={valueOf(q, f.param) === true}
          label={f.label}
          n={count(facets, f.param)}
        />
      );
    case "min":
      return <Threshold f={f} value={valueOf(q, f.param) as number | undefined} facets={facets} />;
    case "name":
      return null;
  }
}

function Threshold({ f, value, facets }: { f: TMinFilter; value: number | undefined; facets: TFacetCounts }) {
  const id = `f-${f.param}`;
  // A value from a link that is not one of the menu's choices (the API takes any minimum) is shown
  // as a choice of its own, so the menu never says "Any" while a filter applies, and changing
  // another filter keeps it. Its count is the current total: it is the filter in force.
  const options =
    value && !f.options.includes(value) ? [...f.options, value].sort((a, b) => a - b) : f.options;
  return (
    <div className="field">
      <label htmlFor={id}>{f.label}</label>
      <select id={id} name={f.param} defaultValue={value ? String(value) : ""}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {f.unit(o)} ({f.options.includes(o) ? count(facets, `${f.param}:${o}`) : count(facets, "total")})
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters grouped under the guide's five steps. Without JavaScript it is a plain GET form with an
 * "Apply filters" button; with JavaScript every change updates the URL at once (so reload, back and
 * forward restore the same search) and the server renders the new results and counts.
 */
export function SearchFilters({ query: q, facets }: Props) {
  const router = useRouter();
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
    startTransition(() => router.push(`/search?${formQuery(form)}`, { scroll: false }));
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
      action="/search"
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
      <h2 className={styles.filtersTitle}>Narrow by the five steps</h2>

      {SELECTION_STEPS.map((step) => (
        <fieldset key={step.id} className={styles.group}>
          <legend>
            <span className={styles.stepNo}>{step.number}</span> {step.title}
          </legend>
          <p className={styles.why}>{step.why}</p>
          {(FILTERS as readonly TFilter[])
            .filter((f) => f.step === step.id)
            .map((f) => (
              <FilterControl key={f.param} f={f} q={q} facets={facets} />
            ))}
        </fieldset>
      ))}

      {enhanced ? null : (
        <button type="submit" className="button">
          Apply filters
        </button>
      )}
    </form>
  );
}
