"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import styles from "./checklist.module.css";

type Props = {
  /** Id of the checklist's heading, for the "Go to your checklist" link. */
  checklistHeadingId: string;
  questionCount: number;
  status: string;
  busy: "pdf" | "link" | null;
  link: string | null;
  onPrint: () => void;
  onDownload: () => void;
  onCopyLink: () => void;
  onReset: () => void;
};

/**
 * Print, PDF, link and reset, in a bar under the page's introduction that stays at the top of the
 * window while the patient scrolls (issue 18: the buttons were 13,000 px down a phone's page). It
 * comes before the steps in the tab order too.
 */
export function ChecklistActions({
  checklistHeadingId,
  questionCount,
  status,
  busy,
  link,
  onPrint,
  onDownload,
  onCopyLink,
  onReset,
}: Props) {
  const id = useId();
  const t = useTranslations("checklist.actions");
  const [confirming, setConfirming] = useState(false);
  // The bar is a direct child of the page's root: a sticky element sticks only within its parent.
  return (
    <>
      <div
        className={`${styles.screenOnly} ${styles.actionBar}`}
        role="region"
        aria-label={t("region")}
      >
        <div className={styles.actions}>
          <button type="button" className="button" onClick={onPrint}>
            {t("print")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onDownload}
            aria-disabled={busy === "pdf"}
          >
            {busy === "pdf" ? t("preparing") : t("download")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onCopyLink}
            aria-disabled={busy === "link"}
          >
            {t("copyLink")}
          </button>
          {confirming ? (
            <div className={styles.confirm} role="group" aria-labelledby={`${id}-confirm`}>
              <p id={`${id}-confirm`}>{t("confirmReset")}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setConfirming(false);
                  onReset();
                }}
              >
                {t("confirmYes")}
              </button>
              <button type="button" className={styles.linkButton} onClick={() => setConfirming(false)}>
                {t("cancel")}
              </button>
            </div>
          ) : (
            <button type="button" className={styles.linkButton} onClick={() => setConfirming(true)}>
              {t("reset")}
            </button>
          )}
          <a
            className={styles.jumpLink}
            href={`#${checklistHeadingId}`}
            onClick={(e) => {
              // Focus the heading too, so the keyboard continues from the checklist.
              const heading = document.getElementById(checklistHeadingId);
              if (!heading) return;
              e.preventDefault();
              heading.scrollIntoView({ block: "start" });
              heading.focus({ preventScroll: true });
            }}
          >
            {t("jump", { count: questionCount })}
          </a>
        </div>
        <p role="status" className={styles.actionStatus}>
          {status}
        </p>
      </div>
      {link ? (
        <div className={`field ${styles.shareBox} ${styles.screenOnly}`}>
          <label htmlFor={`${id}-link`}>{t("linkLabel")}</label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            aria-describedby={`${id}-link-hint`}
          />
          <p id={`${id}-link-hint`} className="field-hint">
            {t("linkHint")}
          </p>
        </div>
      ) : null}
    </>
  );
}
