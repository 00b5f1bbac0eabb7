"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { formatNumber } from "@/lib/i18n/format";
import styles from "./search.module.css";

type Props = {
  /** How many results the current filters give (the sheet's "Show N results"). */
  total: number;
  /** How many filters are on (shown on the "Filters" button). */
  active: number;
  children: React.ReactNode;
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The filters: a column beside the results on wide screens; on a phone, behind a "Filters" button,
 * a full-screen modal sheet over the results (focus kept inside, Escape closes, the page behind
 * inert) with a sticky "Show N results" button that closes it and moves focus to the result count.
 */
export function FiltersSheet({ total, active, children }: Props) {
  const [open, setOpen] = useState(false);
  const sheet = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const t = useTranslations("searchClient.sheet");
  const locale = useLocale();

  function close(focusResults: boolean) {
    setOpen(false);
    // After React has re-rendered the page without the sheet.
    requestAnimationFrame(() => {
      if (!focusResults) return opener.current?.focus();
      // The filters in force (the chips) and the count below them in view; focus on the count.
      const top =
        document.querySelector<HTMLElement>("[data-active-filters]") ??
        document.querySelector<HTMLElement>("[data-results-count]");
      top?.scrollIntoView({ block: "start" });
      document.querySelector<HTMLElement>("[data-results-count]")?.focus({ preventScroll: true });
    });
  }

  useEffect(() => {
    if (!open) return;
    const el = sheet.current;
    // Everything else on the page is inert while the sheet is open (a modal, as a <dialog> would be).
    const others = Array.from(document.body.querySelectorAll<HTMLElement>("body > *:not(script)")).filter(
      (n) => !n.contains(el),
    );
    const main = el?.closest("main");
    const siblings = main
      ? Array.from(main.querySelectorAll<HTMLElement>("[data-inert-when-filtering]"))
      : [];
    for (const n of [...others, ...siblings]) n.inert = true;
    el?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    document.body.style.overflow = "hidden";
    return () => {
      for (const n of [...others, ...siblings]) n.inert = false;
      document.body.style.overflow = "";
    };
  }, [open]);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (!open) return;
    if (e.key === "Escape") {
      e.preventDefault();
      close(false);
    } else if (e.key === "Tab") {
      const items = Array.from(sheet.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter(
        (n) => n.offsetParent !== null,
      );
      const first = items[0];
      const last = items.at(-1);
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={`button button--secondary ${styles.filtersButton}`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {active ? t("filtersOn", { count: active }) : t("filters")}
      </button>
      <div
        ref={sheet}
        className={open ? styles.sheetOpen : styles.sheet}
        role={open ? "dialog" : undefined}
        aria-modal={open ? true : undefined}
        aria-labelledby={open ? titleId : undefined}
        onKeyDown={onKeyDown}
      >
        <div className={styles.sheetHead}>
          <h2 id={titleId} className={styles.sheetTitle}>
            {t("filters")}
          </h2>
          <button type="button" className="button button--secondary" onClick={() => close(false)}>
            {t("close")}
          </button>
        </div>
        {children}
        <div className={styles.sheetFoot}>
          <button type="button" className="button" onClick={() => close(true)}>
            {t("show", { count: total, countText: formatNumber(total, locale) })}
          </button>
        </div>
      </div>
    </>
  );
}
