"use client";

import { useEffect, useRef, useState } from "react";

/** Focuses the element with the given id after the next render (e.g. a row that was just added). */
export function useFocusLater(): (id: string) => void {
  const target = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!target.current) return;
    document.getElementById(target.current)?.focus();
    target.current = null;
  }, [tick]);
  return (id: string) => {
    target.current = id;
    setTick((n) => n + 1);
  };
}
