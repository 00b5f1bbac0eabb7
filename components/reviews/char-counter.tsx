"use client";

import { useEffect, useState } from "react";
import styles from "./reviews.module.css";

/**
 * "n of max characters" under a text field (referenced by its aria-describedby), saying how many too
 * many or too few. Screen readers hear it once typing pauses, and only near a limit.
 */
export function CharCounter({
  id,
  length,
  min = 0,
  max,
}: {
  id: string;
  length: number;
  min?: number;
  max: number;
}) {
  const fmt = (v: number) => v.toLocaleString("en-US");
  const left = max - length;
  const over = left < 0;
  const near = left <= Math.max(20, Math.round(max * 0.1));
  const text = over
    ? `${fmt(length)} of ${fmt(max)} characters: ${fmt(-left)} too many`
    : length > 0 && length < min
      ? `${fmt(length)} of ${fmt(max)} characters (at least ${fmt(min)})`
      : `${fmt(length)} of ${fmt(max)} characters`;
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const t = setTimeout(
      () => setAnnounced(near ? (over ? `${-left} characters too many.` : `${left} characters left.`) : ""),
      800,
    );
    return () => clearTimeout(t);
  }, [left, near, over]);
  return (
    <>
      <p id={id} className={`${styles.counter} ${over ? styles.counterOver : ""}`}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
