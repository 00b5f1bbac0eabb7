"use client";

import { useTranslations } from "next-intl";
import {
  ANSWERS,
  bringUpLines,
  type TAnswer,
  type TAnswers,
  type TAssessmentId,
  type TAssessmentItem,
} from "@/lib/checklist/catalog";
import styles from "./checklist.module.css";

type Props = {
  /** The self-check in the page's language, in the order of the page. */
  items: readonly TAssessmentItem[];
  answerLabels: Readonly<Record<TAnswer, string>>;
  answers: TAnswers;
  onAnswer: (item: TAssessmentId, answer: TAnswer | null) => void;
};

export function SelfAssessmentForm({ items, answerLabels, answers, onAnswer }: Props) {
  const t = useTranslations("checklist.assessment");
  const lines = bringUpLines(answers, items);
  const answeredAll = lines.length === items.length;
  return (
    <>
      <div className={styles.assessment}>
        {items.map((item, i) => (
          <fieldset key={item.id} className={styles.assessmentItem}>
            <legend>
              <span className={styles.trait}>
                {i + 1}. {item.trait}
              </span>
              {item.question}
            </legend>
            <div className={styles.radios}>
              {ANSWERS.map((answer) => (
                <label key={answer} className={styles.radio}>
                  <input
                    type="radio"
                    name={`assess-${item.id}`}
                    value={answer}
                    checked={answers[item.id] === answer}
                    onChange={() => onAnswer(item.id, answer)}
                  />
                  {answerLabels[answer]}
                </label>
              ))}
              {answers[item.id] ? (
                <button type="button" className={styles.linkButton} onClick={() => onAnswer(item.id, null)}>
                  {t("clear")}
                  <span className="visually-hidden"> {t("clearFor", { number: i + 1 })}</span>
                </button>
              ) : null}
            </div>
          </fieldset>
        ))}
      </div>
      <section className={`alert alert--info ${styles.bringUp}`} aria-labelledby="bring-up-title">
        <h3 id="bring-up-title">{t("bringUpTitle")}</h3>
        {lines.length ? (
          <ul>
            {lines.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ul>
        ) : (
          <p>{t("bringUpEmpty")}</p>
        )}
        {lines.length && !answeredAll ? (
          <p className="muted">{t("left", { count: items.length - lines.length })}</p>
        ) : null}
        <p className="muted">{t("disclaimer")}</p>
      </section>
    </>
  );
}
