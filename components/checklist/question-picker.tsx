"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { TTopicId } from "@/lib/checklist/catalog";
import type { TQuestionView } from "@/lib/checklist/texts";
import { CHECKLIST_LIMITS } from "@/lib/checklist/limits";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "./checklist.module.css";

type Props = {
  /** The built-in questions in the page's language, in topic order. */
  questions: readonly TQuestionView[];
  topics: readonly { id: TTopicId; title: string }[];
  selected: ReadonlySet<string>;
  suggested: ReadonlySet<string>;
  ownCount: number;
  onToggle: (id: string, selected: boolean) => void;
  /** Returns an error message, or null when the question was added. */
  onAddOwn: (text: string) => string | null;
};

export function QuestionPicker({ questions, topics, selected, suggested, ownCount, onToggle, onAddOwn }: Props) {
  const id = useId();
  const t = useTranslations("checklist.picker");
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const full = ownCount >= CHECKLIST_LIMITS.ownQuestionsMax;

  return (
    <>
      <div className={styles.topics}>
        {topics.map((topic) => (
          <fieldset key={topic.id} className={styles.topic}>
            <legend>{topic.title}</legend>
            {questions
              .filter((q) => q.topic === topic.id)
              .map((q) => {
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
                        <span className={`badge ${styles.suggested}`}>{t("matches")}</span>
                      ) : null}
                    </label>
                    <p id={`${id}-${q.id}-why`} className={styles.why}>
                      {t("whyAsk")} {q.why}
                      <span className={styles.source}>
                        {t("sources", { count: q.sources.length })}{" "}
                        {q.sources.map((source, i) => (
                          <span key={source.id}>
                            {i > 0 ? "; " : null}
                            {source.url ? (
                              <a href={source.url} rel="noopener noreferrer" target="_blank">
                                {source.short}
                                <span className="visually-hidden"> {t("newTab")}</span>
                              </a>
                            ) : (
                              source.short
                            )}
                          </span>
                        ))}
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
        <h3>{t("ownTitle")}</h3>
        <div className="field">
          <label htmlFor={`${id}-own`}>{t("ownLabel")}</label>
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
            <p className="field-hint">{t("ownFullHint", { max: CHECKLIST_LIMITS.ownQuestionsMax })}</p>
          ) : null}
        </div>
        <button type="submit" className="button button--secondary" disabled={full}>
          {t("add")}
        </button>
      </form>
    </>
  );
}
