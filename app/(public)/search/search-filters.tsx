"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore, useTransition } from "react";
import { SELECTION_STEPS } from "@/lib/content/steps";
import type { TFacetCounts } from "@/lib/search/facets";
import {
  BOARD_AREA_LABELS,
  BOARD_AREAS,
  GUIDANCE_LABELS,
  GUIDANCE_OPTIONS,
  MIN_RATING_OPTIONS,
  MIN_REVIEWS_OPTIONS,
  MIN_VOLUME_OPTIONS,
  MIN_YEARS_OPTIONS,
  type TSearchQuery,
} from "@/lib/validation/search-params";
import styles from "./search.module.css";

type Props = { query: TSearchQuery; facets: TFacetCounts };

const LISTS = new Set(["board", "guidance"]);
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

function syncForm(form: HTMLFormElement, q: TSearchQuery) {
  const flags: Record<string, boolean> = {
    recommended: q.recommended, noReferral: q.noReferral, verified: q.verified, accepting: q.accepting, telehealth: q.telehealth,
  };
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement && el.type === "checkbox") {
      if (el.name === "board") el.checked = q.board.includes(el.value as (typeof q.board)[number]);
      else if (el.name === "guidance") el.checked = q.guidance.includes(el.value as (typeof q.guidance)[number]);
      else el.checked = flags[el.name] ?? false;
    } else if (el instanceof HTMLSelectElement) {
      const v = q[el.name as "minYears" | "minVolume" | "minRating" | "minReviews"];
      el.value = v ? String(v) : "";
    } else if (el instanceof HTMLInputElement && el.type === "hidden") {
      if (el.name === "near") el.value = q.near;
      if (el.name === "radius") el.value = String(q.radius);
    }
  }
}

const step = (id: string) => SELECTION_STEPS.find((s) => s.id === id)!;
const count = (facets: TFacetCounts, key: string) => facets[key] ?? 0;

function Check({ name, value = "1", checked, label, n }: { name: string; value?: string; checked: boolean; label: string; n: number }) {
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

function Threshold(props: { name: string; label: string; value: number | undefined; options: readonly number[]; facets: TFacetCounts; unit: (n: number) => string }) {
  const id = `f-${props.name}`;
  // A value from a link that is not one of the menu's choices (the API takes any minimum) is shown
  // as a choice of its own, so the menu never says "Any" while a filter applies, and changing
  // another filter keeps it. Its count is the current total: it is the filter in force.
  const { value } = props;
  const options = value && !props.options.includes(value) ? [...props.options, value].sort((a, b) => a - b) : props.options;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={value ? String(value) : ""}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {props.unit(o)} ({props.options.includes(o) ? count(props.facets, `${props.name}:${o}`) : count(props.facets, "total")})
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
  const enhanced = useSyncExternalStore(noSubscribe, () => true, () => false);

  function onChange() {
    const form = formRef.current;
    if (!form) return;
    startTransition(() => router.push(`/search?${formQuery(form)}`, { scroll: false }));
  }

  // The URL is the truth: when it changes (back, forward, a link), set the inputs to match it.
  // Done in place rather than by re-mounting, so keyboard focus stays where the user left it.
  useEffect(() => {
    const form = formRef.current;
    if (form) syncForm(form, q);
  }, [q]);

  return (
    <form ref={formRef} action="/search" method="get" onChange={onChange} onSubmit={(e) => { e.preventDefault(); onChange(); }} className={styles.filters} aria-busy={pending}>
      <input type="hidden" name="near" value={q.near} />
      <input type="hidden" name="radius" value={q.radius} />
      {q.sort !== "distance" ? <input type="hidden" name="sort" value={q.sort} /> : null}
      <h2 className={styles.filtersTitle}>Narrow by the five steps</h2>

      <fieldset className={styles.group}>
        <legend>
          <span className={styles.stepNo}>1</span> {step("referrals").title}
        </legend>
        <p className={styles.why}>{step("referrals").why}</p>
        <Check name="recommended" checked={q.recommended} label="Recommended by clinicians" n={count(facets, "recommended")} />
        <Check name="noReferral" checked={q.noReferral} label="No referral needed" n={count(facets, "noReferral")} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>
          <span className={styles.stepNo}>2</span> {step("credentials").title}
        </legend>
        <p className={styles.why}>{step("credentials").why}</p>
        <p className={styles.subLabel} id="board-label">Board certified in</p>
        <div role="group" aria-labelledby="board-label">
          {BOARD_AREAS.map((a) => (
            <Check key={a} name="board" value={a} checked={q.board.includes(a)} label={BOARD_AREA_LABELS[a]} n={count(facets, `board:${a}`)} />
          ))}
        </div>
        <Check name="verified" checked={q.verified} label="Verified by a moderator only" n={count(facets, "verified")} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>
          <span className={styles.stepNo}>3</span> {step("experience").title}
        </legend>
        <p className={styles.why}>{step("experience").why}</p>
        <Threshold name="minYears" label="Years injecting the neck" value={q.minYears} options={MIN_YEARS_OPTIONS} facets={facets} unit={(n) => `${n}+ years`} />
        <Threshold name="minVolume" label="Neck procedures a year" value={q.minVolume} options={MIN_VOLUME_OPTIONS} facets={facets} unit={(n) => `${n}+ a year`} />
        <p className={styles.subLabel} id="guidance-label">Injection guidance</p>
        <div role="group" aria-labelledby="guidance-label">
          {GUIDANCE_OPTIONS.map((g) => (
            <Check key={g} name="guidance" value={g} checked={q.guidance.includes(g)} label={GUIDANCE_LABELS[g]} n={count(facets, `guidance:${g}`)} />
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>
          <span className={styles.stepNo}>4</span> {step("reviews").title}
        </legend>
        <p className={styles.why}>{step("reviews").why}</p>
        <Threshold name="minRating" label="Average rating" value={q.minRating} options={MIN_RATING_OPTIONS} facets={facets} unit={(n) => `${n}+ stars`} />
        <Threshold name="minReviews" label="Number of reviews" value={q.minReviews} options={MIN_REVIEWS_OPTIONS} facets={facets} unit={(n) => `${n}+ review${n === 1 ? "" : "s"}`} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>
          <span className={styles.stepNo}>5</span> {step("consultation").title}
        </legend>
        <p className={styles.why}>{step("consultation").why}</p>
        <Check name="accepting" checked={q.accepting} label="Accepting new patients" n={count(facets, "accepting")} />
        <Check name="telehealth" checked={q.telehealth} label="Telehealth consultations" n={count(facets, "telehealth")} />
      </fieldset>

      {enhanced ? null : (
        <button type="submit" className="button">
          Apply filters
        </button>
      )}
    </form>
  );
}
