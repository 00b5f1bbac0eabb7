"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ANSWER_LINES, fill, type TChecklistDocument } from "@/lib/checklist/document";
import { CHECKLIST_LIMITS } from "@/lib/checklist/limits";
import { CharacterCount } from "@/components/ui/character-count";
import { BoardName } from "./doctor-picker";
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
 * The paper's words come with the document (its language's); the screen's controls from messages.
 */
export function ChecklistDocument({ doc, notes, total, focusIdPrefix, onMove, onRemove, onNote }: Props) {
  const id = useId();
  const t = useTranslations("checklist");
  const { labels } = doc;
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
                {labels.doctor} <span data-provider-text>{doc.doctor.name}</span>
                {doc.doctor.nameMark ? (
                  <span className={styles.docDemoMark}> ({doc.doctor.nameMark})</span>
                ) : null}
              </p>
              {doc.doctor.lines.map((line) => (
                <p key={line} data-provider-text>
                  {line}
                </p>
              ))}
              {doc.doctor.contactNote ? (
                <p className={styles.docContactNote}>{doc.doctor.contactNote}</p>
              ) : null}
              {doc.doctor.scopeNote ? <p className={styles.docScope}>{doc.doctor.scopeNote}</p> : null}
              {doc.doctor.certifications.length ? (
                <ul className={styles.docCerts} aria-label={t("doctor.certifications")}>
                  {doc.doctor.certifications.map((c, i) => (
                    <li key={i}>
                      <BoardName board={c.board} source={c.boardSource} />: {c.detail}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <p className={styles.docDoctorName}>
              {labels.doctor} <span className={styles.fillLine} aria-hidden="true" />
              <span className="visually-hidden">{t("document.notChosen")}</span>
            </p>
          )}
        </div>
        <div className={styles.docVisit}>
          <p>
            <strong>{labels.visitDate}</strong>{" "}
            {doc.visitDate ?? (
              <>
                <span className={styles.fillLine} style={{ minWidth: "8rem" }} aria-hidden="true" />
                <span className="visually-hidden">{t("document.notSet")}</span>
              </>
            )}
          </p>
        </div>
      </div>

      {doc.sections.length === 0 ? (
        <p className={styles.empty}>{t("document.empty")}</p>
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
                      <p className={`${styles.note} ${styles.printOnly}`}>
                        {fill(labels.myNote, { note: item.note })}
                      </p>
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
                        aria-label={t("document.moveUpLabel", { text: item.text })}
                        aria-disabled={item.number === 1}
                        onClick={() => item.number > 1 && onMove(item.id, -1)}
                      >
                        ↑ {t("document.moveUp")}
                      </button>
                      <button
                        type="button"
                        id={`${focusIdPrefix}down-${item.id}`}
                        className={styles.controlButton}
                        aria-label={t("document.moveDownLabel", { text: item.text })}
                        aria-disabled={item.number === total}
                        onClick={() => item.number < total && onMove(item.id, 1)}
                      >
                        ↓ {t("document.moveDown")}
                      </button>
                      <button
                        type="button"
                        className={styles.controlButton}
                        aria-label={t("document.removeLabel", { text: item.text })}
                        onClick={() => onRemove(item.id)}
                      >
                        {t("document.remove")}
                      </button>
                      {!noteOpen ? (
                        <button
                          type="button"
                          className={styles.controlButton}
                          aria-label={t("document.addNoteLabel", { text: item.text })}
                          onClick={() => {
                            setOpenNotes((prev) => new Set(prev).add(item.id));
                            requestAnimationFrame(() => document.getElementById(noteId)?.focus());
                          }}
                        >
                          {t("document.addNote")}
                        </button>
                      ) : null}
                    </div>
                    {noteOpen ? (
                      <div className={`field ${styles.noteEditor}`}>
                        <label htmlFor={noteId}>{t("document.noteLabel", { number: item.number })}</label>
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

      <div className={styles.warningBox} role="note" aria-label={t("document.urgent")}>
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
        <span>{doc.printedOn ?? labels.printedOnPending}</span>
        <span>NeckCare Finder</span>
      </p>
    </article>
  );
}
