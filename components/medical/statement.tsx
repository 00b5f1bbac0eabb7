import { factDate } from "@/lib/content/fact-marks";
import { STATEMENTS, type TStatementId } from "@/lib/content/medical";
import { SOURCES, type TSourceId } from "@/lib/content/sources";

// A medical statement from lib/content/medical.ts with its sources named beside it, and the full
// list of sources (version read, last checked) for the foot of a page. The wording lives only in
// medical.ts; these components only lay it out.

function SourceLink({ id }: { id: TSourceId }) {
  const source = SOURCES[id];
  return "url" in source ? (
    <a href={source.url} rel="noopener noreferrer">
      {source.short}
    </a>
  ) : (
    <>{source.short}</>
  );
}

export function SourceNames({ ids }: { ids: readonly TSourceId[] }) {
  return (
    <span className="statement__sources">
      (Source{ids.length === 1 ? "" : "s"}:{" "}
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
  const s = STATEMENTS[id];
  return (
    <p className="statement" data-statement={id}>
      {s.text} <SourceNames ids={s.sources} />
    </p>
  );
}

/** Every source named on the page, in full: title, link, the version read and when we last checked it. */
export function SourceList({ ids, headingId }: { ids: readonly TSourceId[]; headingId: string }) {
  const unique = [...new Set(ids)];
  return (
    <section className="source-list" aria-labelledby={headingId}>
      <h3 id={headingId}>Sources</h3>
      <ul>
        {unique.map((id) => {
          const source = SOURCES[id];
          return (
            <li key={id}>
              {"url" in source ? (
                <a href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {"versionRead" in source ? `. Version read: ${source.versionRead}` : ""}. Last checked{" "}
              {factDate(source.lastChecked)}.
            </li>
          );
        })}
      </ul>
    </section>
  );
}
