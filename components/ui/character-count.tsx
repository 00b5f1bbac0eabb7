"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { formatNumber } from "@/lib/i18n/format";
import styles from "./character-count.module.css";

type Props = {
  /** Referenced by the field's aria-describedby. */
  id: string;
  length: number;
  max: number;
  /** A minimum to mention while the text is shorter (e.g. a review's 20 characters). */
  min?: number;
};

/**
 * The one "n of max characters" counter under text fields. Over the limit it says by how much (fields
 * do not cut pasted text off; the person decides what to drop); at the limit it says so. Screen readers
 * hear it once typing pauses, and only near or over the limit, so it does not chatter.
 */
export function CharacterCount({ id, length, max, min = 0 }: Props) {
  const t = useTranslations("ui.count");
  const locale = useLocale();
  const fmt = (v: number) => formatNumber(v, locale);
  const left = max - length;
  const over = left < 0;
  const near = left <= Math.max(20, Math.round(max * 0.1));
  const counts = { length: fmt(length), max: fmt(max) };
  const text = over
    ? t("over", { ...counts, over: fmt(-left) })
    : left === 0
      ? t("limit", counts)
      : length > 0 && length < min
        ? t("min", { ...counts, min: fmt(min) })
        : t("plain", counts);
  const announceOver = t("announceOver", { over: String(-left) });
  const announceLeft = t("announceLeft", { left: String(left) });
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(near ? (over ? announceOver : announceLeft) : ""), 800);
    return () => clearTimeout(timer);
  }, [near, over, announceOver, announceLeft]);
  return (
    <>
      <p id={id} className={`${styles.counter} ${over ? styles.over : near ? styles.near : ""}`}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
