"use client";

import { useEffect, useState } from "react";
import styles from "./character-count.module.css";

type Props = {
  /** Referenced by the field's aria-describedby. */
  id: string;
  length: number;
  max: number;
  /** A minimum to mention while the text is shorter (e.g. a review's 20 characters). */
  min?: number;
};

const fmt = (v: number) => v.toLocaleString("en-US");

/**
 * The one "n of max characters" counter under text fields. Over the limit it says by how much (fields
 * do not cut pasted text off; the person decides what to drop); at the limit it says so. Screen readers
 * hear it once typing pauses, and only near or over the limit, so it does not chatter.
 */
export function CharacterCount({ id, length, max, min = 0 }: Props) {
  const left = max - length;
  const over = left < 0;
  const near = left <= Math.max(20, Math.round(max * 0.1));
  const text = over
    ? `${fmt(length)} of ${fmt(max)} characters: ${fmt(-left)} too many`
    : left === 0
      ? `${fmt(length)} of ${fmt(max)} characters (limit reached)`
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
      <p id={id} className={`${styles.counter} ${over ? styles.over : near ? styles.near : ""}`}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
