import { useLocale } from "next-intl";
import { factMarksFor } from "@/lib/content/fact-marks";
import { medicalFor, type TStatementId } from "@/lib/content/medical";
import { sourcesFor, type TSourceId } from "@/lib/content/sources";
import { localeOrDefault } from "@/lib/i18n/routing";

// A medical statement from lib/content/medical.ts with its sources named beside it, and the full
// list of sources (version read, last checked) for the foot of a page. The wording lives only in
// lib/content; these components only lay it out, in the page's language (next-intl's useLocale,
// which works in server and client components alike).

function SourceLink({ id }: { id: TSourceId }) {
  const source = sourcesFor(localeOrDefault(useLocale())).SOURCES[id];
  return source.url ? (
    <a href={source.url} rel="noopener noreferrer">
      {source.short}
    </a>
  ) : (
    <>{source.short}</>
  );
}

export function SourceNames({ ids }: { ids: readonly TSourceId[] }) {
  const { WORDS } = sourcesFor(localeOrDefault(useLocale()));
  return (
    <span className="statement__sources">
      ({ids.length === 1 ? WORDS.source : WORDS.sources}:{" "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? "; " : null}
          <SourceLink id={id} />
        </span>
      ))}
      )
    </span>
  );
}

export function Statement({ id }: { id: TStatementId }) {
  const s = medicalFor(localeOrDefault(useLocale())).STATEMENTS[id];
  return (
    <p className="statement" data-statement={id}>
      {s.text} <SourceNames ids={s.sources} />
    </p>
  );
}

/**
 * Every source named on the page, in full: title, link, the version read and when we last checked
 * it. On a Spanish page, titles published in English keep their language (lang="en"), linked
 * documents are marked "(en inglés)", and while the Spanish medical wording awaits a clinician's
 * review the list says so (lib/content/translation.ts).
 */
export function SourceList({ ids, headingId }: { ids: readonly TSourceId[]; headingId: string }) {
  const locale = localeOrDefault(useLocale());
  const { SOURCES, WORDS } = sourcesFor(locale);
  const { factDate } = factMarksFor(locale);
  const { TRANSLATION_NOTICE } = medicalFor(locale);
  const unique = [...new Set(ids)];
  return (
    <section className="source-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{WORDS.sources}</h3>
      <ul>
        {unique.map((id) => {
          const source = SOURCES[id];
          const title = source.titleLang === locale ? source.title : <span lang={source.titleLang}>{source.title}</span>;
          return (
            <li key={id}>
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {source.url && WORDS.inEnglish ? ` ${WORDS.inEnglish}` : ""}
              {source.versionRead ? `. ${WORDS.versionRead}: ${source.versionRead}` : ""}. {WORDS.lastChecked}{" "}
              {factDate(source.lastChecked)}.
            </li>
          );
        })}
      </ul>
      {TRANSLATION_NOTICE ? (
        <p className="muted" data-translation-review="pending">
          {TRANSLATION_NOTICE}
        </p>
      ) : null}
    </section>
  );
}
