"use client";

import { useId, useState } from "react";
import { ANSWER_LINES, type TChecklistDocument } from "@/lib/checklist/document";
import { CHECKLIST_LIMITS } from "@/lib/validation/checklist";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "./checklist.module.css";

type Props = {
  doc: TChecklistDocument;
  notes: Readonly<Record<string, string>>;
  total: number;
  /** Controls get ids `${prefix}up-${id}` and `${prefix}down-${id}`, so focus can follow a move or removal. */
  focusIdPrefix: string;
  onMove: (id: string, delta: -1 | 1) => void;
  onRemove: (id: string) => void;
  onNote: (id: string, note: string) => void;
};

/**
 * The checklist as it prints: header with the doctor and visit date, each question with a box and
 * answer lines, and the urgent-symptoms box. On screen each question also has its controls (hidden
 * in print). The site footer prints the medical notices below it, so they are not repeated here.
 */
export function ChecklistDocument({ doc, notes, total, focusIdPrefix, onMove, onRemove, onNote }: Props) {
  const id = useId();
  const [openNotes, setOpenNotes] = useState<ReadonlySet<string>>(new Set());

  return (
    <article className={styles.paper} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.docTitle}>
        {doc.title}
      </h3>
      <p className={styles.docSubtitle}>{doc.subtitle}</p>
      <div className={styles.docHeader}>
        <div className={styles.docDoctor}>
          {doc.doctor ? (
            <>
              <p className={styles.docDoctorName}>
                Doctor: {doc.doctor.name}
                {doc.doctor.nameMark ? (
                  <span className={styles.docDemoMark}> ({doc.doctor.nameMark})</span>
                ) : null}
              </p>
              {doc.doctor.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
              {doc.doctor.contactNote ? (
                <p className={styles.docContactNote}>{doc.doctor.contactNote}</p>
              ) : null}
              {doc.doctor.scopeNote ? <p className={styles.docScope}>{doc.doctor.scopeNote}</p> : null}
              {doc.doctor.certifications.length ? (
                <ul className={styles.docCerts} aria-label="Board certifications">
                  {doc.doctor.certifications.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <p className={styles.docDoctorName}>
              Doctor: <span className={styles.fillLine} aria-hidden="true" />
              <span className="visually-hidden">not chosen yet</span>
            </p>
          )}
        </div>
        <div className={styles.docVisit}>
          <p>
            <strong>Visit date:</strong>{" "}
            {doc.visitDate ?? (
              <>
                <span className={styles.fillLine} style={{ minWidth: "8rem" }} aria-hidden="true" />
                <span className="visually-hidden">not set</span>
              </>
            )}
          </p>
        </div>
      </div>

      {doc.sections.length === 0 ? (
        <p className={styles.empty}>No questions chosen yet. Tick some in step 3, or add your own.</p>
      ) : null}

      {doc.sections.map((section, s) => (
        <section key={`${s}-${section.heading}`} className={styles.docSection}>
          <h4>{section.heading}</h4>
          <ul className={styles.docList}>
            {section.items.map((item) => {
              const noteOpen = openNotes.has(item.id) || Boolean(notes[item.id]);
              const noteId = `${id}-note-${item.id}`;
              return (
                <li key={item.id} className={styles.item} data-question-id={item.id}>
                  <span className={styles.box} aria-hidden="true" />
                  <div>
                    <p className={styles.itemText}>
                      {item.number}. {item.text}
                    </p>
                    {item.note ? (
                      <p className={`${styles.note} ${styles.printOnly}`}>My note: {item.note}</p>
                    ) : null}
                    <span className={styles.lines} aria-hidden="true">
                      {Array.from({ length: ANSWER_LINES }, (_, i) => (
                        <span key={i} />
                      ))}
                    </span>
                    <div className={styles.controls}>
                      <button
                        type="button"
                        id={`${focusIdPrefix}up-${item.id}`}
                        className={styles.controlButton}
                        aria-label={`Move up: ${item.text}`}
                        aria-disabled={item.number === 1}
                        onClick={() => item.number > 1 && onMove(item.id, -1)}
                      >
                        ↑ Move up
                      </button>
                      <button
                        type="button"
                        id={`${focusIdPrefix}down-${item.id}`}
                        className={styles.controlButton}
                        aria-label={`Move down: ${item.text}`}
                        aria-disabled={item.number === total}
                        onClick={() => item.number < total && onMove(item.id, 1)}
                      >
                        ↓ Move down
                      </button>
                      <button
                        type="button"
                        className={styles.controlButton}
                        aria-label={`Remove: ${item.text}`}
                        onClick={() => onRemove(item.id)}
                      >
                        Remove
                      </button>
                      {!noteOpen ? (
                        <button
                          type="button"
                          className={styles.controlButton}
                          aria-label={`Add a note: ${item.text}`}
                          onClick={() => {
                            setOpenNotes((prev) => new Set(prev).add(item.id));
                            requestAnimationFrame(() => document.getElementById(noteId)?.focus());
                          }}
                        >
                          Add a note
                        </button>
                      ) : null}
                    </div>
                    {noteOpen ? (
                      <div className={`field ${styles.noteEditor}`}>
                        <label htmlFor={noteId}>Your note for question {item.number}</label>
                        <textarea
                          id={noteId}
                          value={notes[item.id] ?? ""}
                          maxLength={CHECKLIST_LIMITS.noteMax}
                          rows={2}
                          aria-describedby={`${noteId}-count`}
                          onChange={(e) => onNote(item.id, e.target.value)}
                        />
                        <CharacterCount
                          id={`${noteId}-count`}
                          length={(notes[item.id] ?? "").length}
                          max={CHECKLIST_LIMITS.noteMax}
                        />
                      </div>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}

      <div className={styles.warningBox} role="note" aria-label="Urgent symptoms">
        <p className={styles.warningText}>
          {doc.warning.title} <span className={styles.warningIntro}>{doc.warning.intro}</span>
        </p>
        <ul className={styles.warningList}>
          {doc.warning.symptoms.map((symptom) => (
            <li key={symptom}>{symptom}</li>
          ))}
        </ul>
        {doc.warning.actions.map((action) => (
          <p key={action} className={styles.warningAction}>
            {action}
          </p>
        ))}
      </div>
      <p className={styles.docFooter}>
        <span>{doc.printedOn ?? "Printed on"}</span>
        <span>NeckCare Finder</span>
      </p>
    </article>
  );
}
