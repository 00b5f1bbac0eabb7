"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { TAnswer, TAssessmentId } from "@/lib/checklist/catalog";
import { buildChecklistDocument, pdfFileName } from "@/lib/checklist/document";
import type { TChecklistActions, TChecklistProvider } from "@/lib/checklist/provider";
import type { TChecklistTexts } from "@/lib/checklist/texts";
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
import { CHECKLIST_LIMITS } from "@/lib/checklist/limits";
import styles from "./checklist.module.css";

type Props = {
  /** The checklist's words in the page's language (lib/checklist/texts.ts), from the server page. */
  texts: TChecklistTexts;
  initialProvider: TChecklistProvider | null;
  providerMessage: string | null;
  actions: TChecklistActions;
};

/**
 * The consultation checklist page: self-check, doctor and date, question choice, and the document
 * that prints. State and saving live in useChecklist; this component renders it, announces changes
 * to screen readers and runs the print, PDF and link actions.
 */
export function ChecklistBuilder({ texts, initialProvider, providerMessage, actions }: Props) {
  const id = useId();
  const t = useTranslations("checklist");
  const byId = useMemo(() => Object.fromEntries(texts.questions.map((q) => [q.id, q])), [texts]);
  const joined = (ids: string[]) =>
    ids
      .map((qid) => byId[qid]?.text)
      .filter(Boolean)
      .join(" ");
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
  const doc = buildChecklistDocument(state, provider, now, texts);

  function onAnswer(item: TAssessmentId, answer: TAnswer | null) {
    const change = setAnswer(state, item, answer);
    update(() => change.state);
    setAnnouncement(
      [
        change.added.length ? t("announce.added", { texts: joined(change.added) }) : "",
        change.removed.length ? t("announce.removed", { texts: joined(change.removed) }) : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  function onToggle(qid: string, on: boolean) {
    update((s) => setSelected(s, qid, on));
    setAnnouncement(t(on ? "announce.added" : "announce.removed", { texts: byId[qid]?.text ?? "" }));
  }

  function onAddOwn(text: string): string | null {
    const result = addOwnQuestion(state, text);
    if (!result.ok) {
      if (result.error === "empty") return t("picker.ownEmpty");
      if (result.error === "too-long") return t("picker.ownTooLong", { max: CHECKLIST_LIMITS.ownQuestionMax });
      return t("picker.ownFull", { max: CHECKLIST_LIMITS.ownQuestionsMax });
    }
    update(() => result.state);
    setAnnouncement(t("announce.ownAdded", { number: result.state.order.length }));
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
      t(delta < 0 ? "announce.movedUp" : "announce.movedDown", {
        position,
        total: next.order.length,
        text: questionText(state, qid, byId) ?? "",
      }),
    );
  }

  function onRemove(qid: string) {
    const index = state.order.indexOf(qid);
    const neighbour = state.order[index + 1] ?? state.order[index - 1];
    pendingFocus.current = neighbour ? `${id}-focus-up-${neighbour}` : `${id}-step4`;
    setAnnouncement(t("announce.removed", { texts: questionText(state, qid, byId) ?? "" }));
    update((s) => removeItem(s, qid));
  }

  function restoreSaved(saved: Parameters<typeof checklist.restoreSaved>[0]) {
    checklist.restoreSaved(saved);
    setStatus(t("status.openedSaved"));
  }

  function print() {
    flushSync(() => setNow(new Date()));
    window.print();
  }

  async function downloadPdf() {
    if (busy) return;
    setBusy("pdf");
    setStatus(t("status.preparingPdf"));
    try {
      const { buildChecklistPdf } = await import("@/lib/checklist/pdf");
      const date = new Date();
      const bytes = await buildChecklistPdf(buildChecklistDocument(state, provider, date, texts));
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = pdfFileName(texts, date);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setStatus(t("status.pdfDone"));
    } catch (e) {
      console.error("checklist: PDF failed", e);
      setStatus(t("status.pdfFailed"));
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
        setStatus(t("status.linkCopied"));
      } catch {
        setStatus(t("status.copyBelow"));
      }
    } finally {
      setBusy(null);
    }
  }

  function reset() {
    checklist.reset();
    setStatus(t("status.reset"));
  }

  return (
    <div className={styles.root} data-ready={ready ? "true" : "false"}>
      <header className={`${styles.intro} ${styles.screenOnly}`}>
        <h1>{t("page.title")}</h1>
        <p className={styles.lead}>{t("page.lead")}</p>
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
                {t("page.openSaved")}
              </button>
            ) : null}
          </div>
        ))}
        {checklist.storageOff ? (
          <p className="alert alert--warn">{t("page.storageOff")}</p>
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
      {/* After the bar, so Print and Download PDF are on a phone's first screen (issue 18), in
          Spanish too, whose sentences are longer. */}
      <div className={`${styles.intro} ${styles.screenOnly}`}>
        <p className={styles.privacy}>
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
            <path
              d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1Zm2 0h6V7a3 3 0 0 0-6 0v3Z"
              fill="currentColor"
            />
          </svg>
          {t("page.privacy")}
        </p>
        <p className="muted">{texts.screen.labelStatusNotice}</p>
        {texts.screen.translationNotice ? <p className="muted">{texts.screen.translationNotice}</p> : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <section className={`card ${styles.step} ${styles.screenOnly}`} aria-labelledby={`${id}-step1`}>
        <h2 id={`${id}-step1`}>
          <span className={styles.stepNumber} aria-hidden="true">
            1
          </span>{" "}
          {t("page.step1")}
        </h2>
        <p className={styles.stepIntro}>{t("page.step1Intro")}</p>
        <SelfAssessmentForm
          items={texts.assessment}
          answerLabels={texts.answers}
          answers={state.answers}
          onAnswer={onAnswer}
        />
      </section>

      <section className={`card ${styles.step} ${styles.screenOnly}`} aria-labelledby={`${id}-step2`}>
        <h2 id={`${id}-step2`}>
          <span className={styles.stepNumber} aria-hidden="true">
            2
          </span>{" "}
          {t("page.step2")}
        </h2>
        <div className={styles.doctorGrid}>
          <DoctorPicker
            provider={provider}
            loading={checklist.providerLoading}
            onChoose={checklist.chooseDoctor}
            onRemove={checklist.removeDoctor}
            search={actions.searchProviders}
            demoLabel={texts.screen.demoProviderLabel}
            unclaimedNote={texts.paper.unclaimedNote}
          />
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("page.visitDate")}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={state.visitDate ?? ""}
              onChange={(e) => {
                const value = e.target.value;
                update((s) => ({ ...s, visitDate: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null }));
              }}
            />
            <p className="field-hint">{t("page.visitDateHint")}</p>
          </div>
        </div>
      </section>

      <section className={`card ${styles.step} ${styles.screenOnly}`} aria-labelledby={`${id}-step3`}>
        <h2 id={`${id}-step3`}>
          <span className={styles.stepNumber} aria-hidden="true">
            3
          </span>{" "}
          {t("page.step3")}
        </h2>
        <p className={styles.stepIntro}>{t("page.step3Intro", { count: state.order.length })}</p>
        <QuestionPicker
          questions={texts.questions}
          topics={texts.topics}
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
          {t("page.step4")}
        </h2>
        <p className={`${styles.stepIntro} ${styles.screenOnly}`}>{t("page.step4Intro")}</p>
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
