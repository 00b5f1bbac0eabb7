import { useLocale } from "next-intl";
import { FACT_KINDS, factMarksFor, type TFactKind } from "@/lib/content/fact-marks";
import { localeOrDefault } from "@/lib/i18n/routing";

// One look per kind of fact (lib/content/fact-marks.ts): verified = solid green with ✓, reported by
// the practice = dashed grey with ✎, public record = dotted blue with ▣. Colour, border, icon and
// words all differ, so the marks stay apart in greyscale print and for colour-blind readers. The words
// are in the page's language (next-intl's useLocale, in server and client components alike).

type TFactMarkProps = {
  kind: TFactKind;
  /** ISO date: of the check (verified), of the practice's last confirmation (reported), of the record (public). */
  date: string | null;
  /** For public records: which dataset ("NPI registry", "public Medicare data"), in the page's language (factMarksFor(locale).PUBLIC_SOURCES). */
  source?: string | null;
  /** For public data published by year (Medicare claims): the data year, shown instead of a date. */
  year?: number | null;
  /** The fact itself, when the mark wraps it (a certification on a search card). */
  children?: React.ReactNode;
  /** Words to show instead of the standard ones (a listing's own label, say). */
  text?: string;
  title?: string;
};

/** A fact's mark as a badge: "✓ verified March 3, 2026", or the fact followed by its mark. */
export function FactMark({ kind, date, source, year, children, text, title }: TFactMarkProps) {
  const { FACT_MARKS, factMarkText } = factMarksFor(localeOrDefault(useLocale()));
  return (
    <span className={`badge badge--${kind}`} data-fact={kind} title={title}>
      <span aria-hidden="true" className="badge__icon">
        {FACT_MARKS[kind].icon}
      </span>
      {children ? <>{children} · </> : null}
      {text ?? capitalizeIf(!children, factMarkText({ kind, date, source, year }))}
    </span>
  );
}

function capitalizeIf(yes: boolean, text: string): string {
  return yes ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** What the three marks mean: in the site footer, so it is on every page, on screen and on paper. */
export function FactMarksKey({ kinds = FACT_KINDS }: { kinds?: readonly TFactKind[] }) {
  const { FACT_MARKS, FACT_KEY_TITLE } = factMarksFor(localeOrDefault(useLocale()));
  return (
    <section className="fact-key" aria-labelledby="fact-key-title">
      <h2 id="fact-key-title">{FACT_KEY_TITLE}</h2>
      <dl>
        {kinds.map((kind) => (
          <div key={kind}>
            <dt>
              <span className={`badge badge--${kind}`} data-fact={kind}>
                <span aria-hidden="true" className="badge__icon">
                  {FACT_MARKS[kind].icon}
                </span>
                {FACT_MARKS[kind].label}
              </span>
            </dt>
            <dd>{FACT_MARKS[kind].explain}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
