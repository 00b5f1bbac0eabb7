import { useLocale, useTranslations } from "next-intl";
import { stepsFor } from "@/lib/content/steps";
import { formatNumber } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/routing";
import { FILTERS, type TFilter, type TListFilter, type TMinFilter } from "@/lib/search/filters";
import type { TFacetCounts } from "@/lib/search/types";
import type { TSearchQuery } from "@/lib/validation/search-params";
import styles from "./search.module.css";

// The filter form's fields, rendered on the server in the page's language: the browser gets their
// markup, not the filter table (search-filters.tsx, the form around them, only applies changes).

type Props = { query: TSearchQuery; facets: TFacetCounts };
type TCtx = {
  q: TSearchQuery;
  facets: TFacetCounts;
  locale: TLocale;
  any: string;
  more: (f: TListFilter, n: number) => string;
};

const valueOf = (q: TSearchQuery, name: string): unknown => (q as unknown as Record<string, unknown>)[name];
const count = (facets: TFacetCounts, key: string) => facets[key] ?? 0;

function Check({
  name,
  value = "1",
  checked,
  label,
  n,
  locale,
}: {
  name: string;
  value?: string;
  checked: boolean;
  label: string;
  n: number;
  locale: TLocale;
}) {
  const id = `f-${name}-${value}`;
  return (
    <div className={styles.check}>
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>
        {label} <span className={styles.count}>({formatNumber(n, locale)})</span>
      </label>
    </div>
  );
}

/** A list filter: checkboxes (any of), radio buttons for a `single` one, long lists partly behind "more". */
function ListFilter({ f, c }: { f: TListFilter; c: TCtx }) {
  const { q, facets, locale } = c;
  const chosen = (valueOf(q, f.param) as string[]) ?? [];
  const labelId = `${f.param}-label`;
  if (f.single) {
    return (
      <fieldset className={styles.subGroup}>
        <legend className={styles.subLabel}>{f.label[locale]}</legend>
        <div className={styles.check}>
          <input
            id={`f-${f.param}-any`}
            type="radio"
            name={f.param}
            value=""
            defaultChecked={!chosen.length}
          />
          <label htmlFor={`f-${f.param}-any`}>{c.any}</label>
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
              {o.label[locale]}{" "}
              <span className={styles.count}>
                ({formatNumber(count(facets, `${f.param}:${o.value}`), locale)})
              </span>
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
        label={o.label[locale]}
        n={count(facets, `${f.param}:${o.value}`)}
        locale={locale}
      />
    ));
  const short = f.shortList ?? f.options.length;
  const rest = f.options.slice(short);
  return (
    <>
      <p className={styles.subLabel} id={labelId}>
        {f.label[locale]}
      </p>
      <div role="group" aria-labelledby={labelId}>
        {checks(f.options.slice(0, short))}
        {rest.length ? (
          <details className={styles.more} open={rest.some((o) => chosen.includes(o.value)) || undefined}>
            <summary>{c.more(f, rest.length)}</summary>
            {checks(rest)}
          </details>
        ) : null}
      </div>
    </>
  );
}

function Threshold({ f, c }: { f: TMinFilter; c: TCtx }) {
  const { facets, locale } = c;
  const value = valueOf(c.q, f.param) as number | undefined;
  const id = `f-${f.param}`;
  // A value from a link that is not one of the menu's choices (the API takes any minimum) is shown
  // as a choice of its own, so the menu never says "Any" while a filter applies, and changing
  // another filter keeps it. Its count is the current total: it is the filter in force.
  const options =
    value && !f.options.includes(value) ? [...f.options, value].sort((a, b) => a - b) : f.options;
  return (
    <div className="field">
      <label htmlFor={id}>{f.label[locale]}</label>
      <select id={id} name={f.param} defaultValue={value ? String(value) : ""}>
        <option value="">{c.any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {f.unit(o, locale)} (
            {formatNumber(
              f.options.includes(o) ? count(facets, `${f.param}:${o}`) : count(facets, "total"),
              locale,
            )}
            )
          </option>
        ))}
      </select>
    </div>
  );
}

/** One filter's control, by its kind (the name is in the search box, not here). */
function FilterControl({ f, c }: { f: TFilter; c: TCtx }) {
  switch (f.kind) {
    case "list":
      return <ListFilter f={f} c={c} />;
    case "verified":
    case "flag":
    case "place":
      return (
        <Check
          name={f.param}
          checked={valueOf(c.q, f.param) === true}
          label={f.label[c.locale]}
          n={count(c.facets, f.param)}
          locale={c.locale}
        />
      );
    case "min":
      return <Threshold f={f} c={c} />;
    case "name":
      return null;
  }
}

/** Filters grouped under the guide's five steps. */
export function FilterFields({ query, facets }: Props) {
  const t = useTranslations("search.form");
  const locale = useLocale();
  const c: TCtx = {
    q: query,
    facets,
    locale,
    any: t("any"),
    more: (f, n) => (f.param === "language" ? t("moreLanguages", { count: n }) : t("more", { count: n })),
  };
  return (
    <>
      <h2 className={styles.filtersTitle}>{t("title")}</h2>
      {stepsFor(locale).SELECTION_STEPS.map((step) => (
        <fieldset key={step.id} className={styles.group}>
          <legend>
            <span className={styles.stepNo}>{step.number}</span> {step.title}
          </legend>
          <p className={styles.why}>{step.why}</p>
          {(FILTERS as readonly TFilter[])
            .filter((f) => f.step === step.id)
            .map((f) => (
              <FilterControl key={f.param} f={f} c={c} />
            ))}
        </fieldset>
      ))}
    </>
  );
}
