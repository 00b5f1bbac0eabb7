"use client";

import {
  ANSWERS,
  ANSWER_LABELS,
  SELF_ASSESSMENT,
  bringUpLines,
  type TAnswer,
  type TAnswers,
  type TAssessmentId,
} from "@/lib/checklist/self-assessment";
import styles from "./checklist.module.css";

type Props = {
  answers: TAnswers;
  onAnswer: (item: TAssessmentId, answer: TAnswer | null) => void;
};

export function SelfAssessmentForm({ answers, onAnswer }: Props) {
  const lines = bringUpLines(answers);
  const answeredAll = lines.length === SELF_ASSESSMENT.length;
  return (
    <>
      <div className={styles.assessment}>
        {SELF_ASSESSMENT.map((item, i) => (
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
                  {ANSWER_LABELS[answer]}
                </label>
              ))}
              {answers[item.id] ? (
                <button type="button" className={styles.linkButton} onClick={() => onAnswer(item.id, null)}>
                  Clear answer<span className="visually-hidden"> to question {i + 1}</span>
                </button>
              ) : null}
            </div>
          </fieldset>
        ))}
      </div>
      <section className={`alert alert--info ${styles.bringUp}`} aria-labelledby="bring-up-title">
        <h3 id="bring-up-title">To bring up with your doctor</h3>
        {lines.length ? (
          <ul>
            {lines.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ul>
        ) : (
          <p>Answer the questions above to see what you might mention at your visit.</p>
        )}
        {lines.length && !answeredAll ? (
          <p className="muted">{SELF_ASSESSMENT.length - lines.length} left to answer.</p>
        ) : null}
        <p className="muted">
          These points are prompts for the conversation, not a diagnosis or advice: only your doctor can tell
          whether botulinum toxin fits your situation.
        </p>
      </section>
    </>
  );
}
