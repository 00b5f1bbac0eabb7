"use client";

import { useEffect, useState } from "react";
import styles from "./checklist.module.css";

type Props = { id: string; length: number; max: number };

/**
 * A visible "n of max characters" counter (referenced by the field's aria-describedby), plus a
 * polite announcement once the limit is close, made after typing pauses so it does not chatter.
 */
export function CharacterCount({ id, length, max }: Props) {
  const left = max - length;
  const near = left <= Math.max(20, Math.round(max * 0.1));
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(near ? `${left} characters left.` : ""), 800);
    return () => clearTimeout(t);
  }, [left, near]);
  return (
    <>
      <p id={id} className={`${styles.counter} ${near ? styles.counterNear : ""}`}>
        {length} of {max} characters{left === 0 ? " (limit reached)" : ""}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
