"use client";

import { useEffect, useState, type RefObject } from "react";

type TIdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Whether a map should load now: once its placeholder is on screen (or about to be; a hidden one,
 * such as the map pane in a phone's list view, never is) and the browser is idle. Leaflet, its
 * clustering and the offline basemap are a long task to start, so they wait until the page's own
 * content is interactive (issue 15).
 */
export function useWanted(placeholder: RefObject<HTMLElement | null>): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const el = placeholder.current;
    if (wanted || !el) return;
    const w = window as TIdleWindow;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => setWanted(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        if (w.requestIdleCallback) idle = w.requestIdleCallback(load, { timeout: 1500 });
        else timer = setTimeout(load, 200);
      },
      { rootMargin: "200px" },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (idle !== undefined) w.cancelIdleCallback?.(idle);
      if (timer) clearTimeout(timer);
    };
  }, [wanted, placeholder]);
  return wanted;
}
