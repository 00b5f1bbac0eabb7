import { US_STATES } from "@/lib/geo/states";
import type { TSearchResult } from "@/lib/search/types";
import { ResultCard, type TListedResult } from "./result-card";
import styles from "./search.module.css";

type Props = {
  radius: number;
  nearLabel: string;
  nearestBeyond: TSearchResult[];
  state: string | null;
  telehealthInState: TSearchResult[];
  why: (r: TSearchResult) => string[];
};

function Cards({ results, why, prefix }: { results: TSearchResult[]; why: Props["why"]; prefix: string }) {
  return (
    <ol className={styles.list}>
      {results.map((r) => {
        const listed: TListedResult = { ...r, why: why(r) };
        return (
          <li
            key={r.id}
            className={styles.card}
            {...{ [`data-${prefix}-id`]: r.id }}
            aria-labelledby={`${prefix}-${r.id}-name`}
          >
            <ResultCard r={listed} headingId={`${prefix}-${r.id}-name`} />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * For a search with few results: the nearest matching doctors beyond its radius, and doctors with a
 * practice in the same state who consult by telehealth, so a rural search never ends at "nothing".
 */
export function BeyondRadius({ radius, nearLabel, nearestBeyond, state, telehealthInState, why }: Props) {
  if (!nearestBeyond.length && !telehealthInState.length) return null;
  const nearest = nearestBeyond[0]?.distanceMiles;
  const stateName = state ? (US_STATES[state] ?? state) : null;
  return (
    <section className={styles.beyond} aria-labelledby="beyond-title">
      <h2 id="beyond-title">Farther than {radius} miles</h2>
      {nearest != null ? (
        <p>
          The nearest doctor who matches your filters is <strong>{nearest.toFixed(0)} miles</strong> from{" "}
          {nearLabel}.{nearestBeyond.length > 1 ? ` Here are the ${nearestBeyond.length} nearest.` : ""}
        </p>
      ) : null}
      {nearestBeyond.length ? <Cards results={nearestBeyond} why={why} prefix="beyond" /> : null}
      {telehealthInState.length && stateName ? (
        <>
          <h3>Telehealth consultations in {stateName}</h3>
          <p>
            These doctors have a practice in {stateName} and offer telehealth consultations, so a first
            consultation can happen by video.{" "}
            <strong>The injections themselves need an in-person visit.</strong> Ask the practice whether the
            doctor is licensed where you are.
          </p>
          <Cards results={telehealthInState} why={why} prefix="tele" />
        </>
      ) : null}
    </section>
  );
}
