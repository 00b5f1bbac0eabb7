"use client";

import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { LABEL_STATUS_NOTICE } from "@/lib/content/medical";
import { buildChecklistDocument, localIsoDate } from "@/lib/checklist/document";
import type { TChecklistActions, TChecklistProvider } from "@/lib/checklist/provider";
import { findQuestion } from "@/lib/checklist/questions";
import type { TAnswer, TAssessmentId } from "@/lib/checklist/self-assessment";
import {
  addOwnQuestion,
  moveItem,
  preselectedIds,
  questionText,
  removeItem,
  setAnswer,
  setNote,
  setSelected,
} from "@/lib/checklist/state";
import { ChecklistActions } from "./checklist-actions";
import { ChecklistDocument } from "./checklist-document";
import { DoctorPicker } from "./doctor-picker";
import { QuestionPicker } from "./question-picker";
import { SelfAssessmentForm } from "./self-assessment-form";
import { useChecklist } from "./use-checklist";
import styles from "./checklist.module.css";

type Props = {
  initialProvider: TChecklistProvider | null;
  providerMessage: string | null;
  actions: TChecklistActions;
};

function texts(ids: string[]): string {
  return ids
    .map((id) => findQuestion(id)?.text)
    .filter(Boolean)
    .join(" ");
}

/**
 * The consultation checklist page: self-check, doctor and date, question choice, and the document
 * that prints. State and saving live in useChecklist; this component renders it, announces changes
 * to screen readers and runs the print, PDF and link actions.
 */
export function ChecklistBuilder({ initialProvider, providerMessage, actions }: Props) {
  const id = useId();
  const checklist = useChecklist(initialProvider, providerMessage, actions.getProvider);
  const { state, update, provider, ready } = checklist;
  const [announcement, setAnnouncement] = useState("");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState<"pdf" | "link" | null>(null);
  const [now, setNow] = useState<Date | null>(null);
  const pendingFocus = useRef<string | null>(null);

  // The print date is the browser's (the server's date could differ); refreshed before printing.
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setNow(new Date()));
    const t = setTimeout(() => setNow(new Date()), 0);
    window.addEventListener("beforeprint", onBeforePrint);
    return () => {
      clearTimeout(t);
      window.removeEventListener("beforeprint", onBeforePrint);
    };
  }, []);

  // After a move or removal re-creates a question's row, put focus where the patient expects it.
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = document.getElementById(pendingFocus.current);
    pendingFocus.current = null;
    if (target && target !== document.activeElement) target.focus();
  }, [state.order]);

  const suggested = preselectedIds(state.answers);
  const selected = new Set(state.order);
  const doc = buildChecklistDocument(state, provider, now);

  function onAnswer(item: TAssessmentId, answer: TAnswer | null) {
    const change = setAnswer(state, item, answer);
    update(() => change.state);
    setAnnouncement(
      [
        change.added.length ? `Added to your checklist: ${texts(change.added)}` : "",
        change.removed.length ? `Taken off your checklist: ${texts(change.removed)}` : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  function onToggle(qid: string, on: boolean) {
    update((s) => setSelected(s, qid, on));
    setAnnouncement(`${on ? "Added to" : "Taken off"} your checklist: ${findQuestion(qid)?.text ?? ""}`);
  }

  function onAddOwn(text: string): string | null {
    const result = addOwnQuestion(state, text);
    if (!result.ok) return result.message;
    update(() => result.state);
    setAnnouncement(`Your question was added as number ${result.state.order.length}.`);
    return null;
  }

  function onMove(qid: string, delta: -1 | 1) {
    const next = moveItem(state, qid, delta);
    if (next === state) return;
    // A move into another topic re-creates the item: put focus back on the button just pressed.
    pendingFocus.current = `${id}-focus-${delta < 0 ? "up" : "down"}-${qid}`;
    update(() => next);
    const position = next.order.indexOf(qid) + 1;
    setAnnouncement(
      `Moved ${delta < 0 ? "up" : "down"} to number ${position} of ${next.order.length}: ${questionText(state, qid) ?? ""}`,
    );
  }

  function onRemove(qid: string) {
    const index = state.order.indexOf(qid);
    const neighbour = state.order[index + 1] ?? state.order[index - 1];
    pendingFocus.current = neighbour ? `${id}-focus-up-${neighbour}` : `${id}-step4`;
    setAnnouncement(`Taken off your checklist: ${questionText(state, qid) ?? ""}`);
    update((s) => removeItem(s, qid));
  }

  function restoreSaved(saved: Parameters<typeof checklist.restoreSaved>[0]) {
    checklist.restoreSaved(saved);
    setStatus("Opened the checklist saved in this browser.");
  }

  function print() {
    flushSync(() => setNow(new Date()));
    window.print();
  }

  async function downloadPdf() {
    if (busy) return;
    setBusy("pdf");
    setStatus("Preparing your PDF…");
    try {
      const { buildChecklistPdf } = await import("@/lib/checklist/pdf");
      const date = new Date();
      const bytes = await buildChecklistPdf(buildChecklistDocument(state, provider, date));
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = `consultation-checklist-${localIsoDate(date)}.pdf`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setStatus("Your PDF has been downloaded.");
    } catch (e) {
      console.error("checklist: PDF failed", e);
      setStatus(
        "We could not make the PDF. You can still print the page or save it as PDF from the print dialog.",
      );
    } finally {
      setBusy(null);
    }
  }

  async function copyLink() {
    if (busy) return;
    setBusy("link");
    try {
      const url = await checklist.makeLink();
      try {
        await navigator.clipboard.writeText(url);
        setStatus("Link copied. Open it on any device to get this checklist back.");
      } catch {
        setStatus("Copy the link below to keep or share this checklist.");
      }
    } finally {
      setBusy(null);
    }
  }

  function reset() {
    checklist.reset();
    setStatus("The checklist is back to the standard questions, with no doctor.");
  }

  return (
    <div className={styles.root} data-ready={ready ? "true" : "false"}>
      <header className={`${styles.intro} ${styles.screenOnly}`}>
        <h1>Consultation checklist</h1>
        <p className={styles.lead}>
          The questions to ask at your first consultation about botulinum toxin (“Botox”) injections in the
          neck, chosen for your situation, with room to write the answers. Print it or save it as a PDF.
        </p>
        <p className={styles.privacy}>
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
            <path
              d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1Zm2 0h6V7a3 3 0 0 0-6 0v3Z"
              fill="currentColor"
            />
          </svg>
          Your answers, notes and own questions stay in this browser: none of them is sent to our server.
        </p>
        <p className="muted">{LABEL_STATUS_NOTICE}</p>
      </header>

      <div className={styles.screenOnly}>
        {checklist.notices.map((n, i) => (
          <div
            key={i}
            className={`alert ${n.kind === "error" ? "alert--error" : "alert--info"}`}
            role={n.kind === "error" ? "alert" : "status"}
          >
            <p>{n.text}</p>
            {n.saved ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => restoreSaved(n.saved!)}
              >
                Open the checklist saved in this browser instead
              </button>
            ) : null}
          </div>
        ))}
        {checklist.storageOff ? (
          <p className="alert alert--warn">
            This browser does not let us save the checklist. Use “Copy link” or “Download PDF” to keep it.
          </p>
        ) : null}
      </div>
      <ChecklistActions
        checklistHeadingId={`${id}-step4`}
        questionCount={state.order.length}
        status={status}
        busy={busy}
        link={checklist.link}
        onPrint={print}
        onDownload={() => void downloadPdf()}
        onCopyLink={() => void copyLink()}
        onReset={reset}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <section className={`card ${styles.step} ${styles.screenOnly}`} aria-labelledby={`${id}-step1`}>
        <h2 id={`${id}-step1`}>
          <span className={styles.stepNumber} aria-hidden="true">
            1
          </span>{" "}
          Describe your symptoms
        </h2>
        <p className={styles.stepIntro}>
          Six questions that help you describe your symptoms and history to the doctor. They are not a test of
          whether treatment suits you: only the doctor’s examination can tell. Your answers only pick
          questions for your checklist and suggest what to mention; they are optional and stay in this
          browser.
        </p>
        <SelfAssessmentForm answers={state.answers} onAnswer={onAnswer} />
      </section>

      <section className={`card ${styles.step} ${styles.screenOnly}`} aria-labelledby={`${id}-step2`}>
        <h2 id={`${id}-step2`}>
          <span className={styles.stepNumber} aria-hidden="true">
            2
          </span>{" "}
          Your doctor and visit
        </h2>
        <div className={styles.doctorGrid}>
          <DoctorPicker
            provider={provider}
            loading={checklist.providerLoading}
            onChoose={checklist.chooseDoctor}
            onRemove={checklist.removeDoctor}
            search={actions.searchProviders}
          />
          <div className="field">
            <label htmlFor={`${id}-date`}>Date of your visit</label>
            <input
              id={`${id}-date`}
              type="date"
              value={state.visitDate ?? ""}
              onChange={(e) => {
                const value = e.target.value;
                update((s) => ({ ...s, visitDate: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null }));
              }}
            />
            <p className="field-hint">Optional. It prints at the top of your checklist.</p>
          </div>
        </div>
      </section>

      <section className={`card ${styles.step} ${styles.screenOnly}`} aria-labelledby={`${id}-step3`}>
        <h2 id={`${id}-step3`}>
          <span className={styles.stepNumber} aria-hidden="true">
            3
          </span>{" "}
          Choose your questions
        </h2>
        <p className={styles.stepIntro}>
          {state.order.length} question{state.order.length === 1 ? "" : "s"} chosen. Tick the ones you want to
          ask; each comes with why it matters and where that comes from.
        </p>
        <QuestionPicker
          selected={selected}
          suggested={suggested}
          ownCount={state.own.length}
          onToggle={onToggle}
          onAddOwn={onAddOwn}
        />
      </section>

      <section className={styles.step} aria-labelledby={`${id}-step4`}>
        <h2 id={`${id}-step4`} tabIndex={-1} className={styles.screenOnly}>
          <span className={styles.stepNumber} aria-hidden="true">
            4
          </span>{" "}
          Your checklist
        </h2>
        <p className={`${styles.stepIntro} ${styles.screenOnly}`}>
          This is what prints. Put the questions in your order, remove any, and add notes. Print, Download PDF
          and Copy link are in the bar at the top of the window.
        </p>
        <ChecklistDocument
          doc={doc}
          notes={state.notes}
          total={state.order.length}
          focusIdPrefix={`${id}-focus-`}
          onMove={onMove}
          onRemove={onRemove}
          onNote={(qid, note) => update((s) => setNote(s, qid, note))}
        />
      </section>
    </div>
  );
}
