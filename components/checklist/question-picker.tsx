"use client";

import { useId, useState } from "react";
import { QUESTIONS, TOPICS } from "@/lib/checklist/questions";
import { SOURCES } from "@/lib/content/sources";
import { CHECKLIST_LIMITS } from "@/lib/validation/checklist";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "./checklist.module.css";

type Props = {
  selected: ReadonlySet<string>;
  suggested: ReadonlySet<string>;
  ownCount: number;
  onToggle: (id: string, selected: boolean) => void;
  /** Returns an error message, or null when the question was added. */
  onAddOwn: (text: string) => string | null;
};

export function QuestionPicker({ selected, suggested, ownCount, onToggle, onAddOwn }: Props) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const full = ownCount >= CHECKLIST_LIMITS.ownQuestionsMax;

  return (
    <>
      <div className={styles.topics}>
        {TOPICS.map((topic) => (
          <fieldset key={topic.id} className={styles.topic}>
            <legend>{topic.title}</legend>
            {QUESTIONS.filter((q) => q.topic === topic.id).map((q) => {
              return (
                <div key={q.id} className={styles.choice}>
                  <input
                    type="checkbox"
                    id={`${id}-${q.id}`}
                    checked={selected.has(q.id)}
                    onChange={(e) => onToggle(q.id, e.target.checked)}
                    aria-describedby={`${id}-${q.id}-why`}
                  />
                  <label htmlFor={`${id}-${q.id}`}>
                    {q.text}
                    {suggested.has(q.id) ? (
                      <span className={`badge ${styles.suggested}`}>Matches your answers</span>
                    ) : null}
                  </label>
                  <p id={`${id}-${q.id}-why`} className={styles.why}>
                    Why ask: {q.why}
                    <span className={styles.source}>
                      {q.sources.length === 1 ? "Source: " : "Sources: "}
                      {q.sources.map((key, i) => {
                        const source = SOURCES[key];
                        return (
                          <span key={key}>
                            {i > 0 ? "; " : null}
                            {"url" in source ? (
                              <a href={source.url} rel="noopener noreferrer" target="_blank">
                                {source.short}
                                <span className="visually-hidden"> (opens in a new tab)</span>
                              </a>
                            ) : (
                              source.short
                            )}
                          </span>
                        );
                      })}
                    </span>
                  </p>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>

      <form
        className={styles.ownForm}
        onSubmit={(e) => {
          e.preventDefault();
          const message = onAddOwn(draft);
          setError(message);
          if (!message) setDraft("");
        }}
      >
        <h3>Add your own question</h3>
        <div className="field">
          <label htmlFor={`${id}-own`}>Your own question</label>
          <input
            id={`${id}-own`}
            type="text"
            value={draft}
            maxLength={CHECKLIST_LIMITS.ownQuestionMax}
            disabled={full}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-own-count${error ? ` ${id}-own-error` : ""}`}
            onChange={(e) => {
              setDraft(e.target.value);
              if (error) setError(null);
            }}
          />
          <CharacterCount
            id={`${id}-own-count`}
            length={draft.length}
            max={CHECKLIST_LIMITS.ownQuestionMax}
          />
          {error ? (
            <p id={`${id}-own-error`} className="field-error">
              {error}
            </p>
          ) : null}
          {full ? (
            <p className="field-hint">
              You have added {CHECKLIST_LIMITS.ownQuestionsMax} questions of your own, the most a checklist
              can hold. Remove one to add another.
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--secondary" disabled={full}>
          Add question
        </button>
      </form>
    </>
  );
}
