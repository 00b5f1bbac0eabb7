"use client";

import { useState, useSyncExternalStore } from "react";
import { MAX_SHORTLIST, readShortlist, serverShortlist, subscribeShortlist, toggleShortlist } from "@/lib/shortlist";

/** "Save" a doctor to the shortlist kept in this browser (a toggle button). */
export function SaveButton({ id, name, className }: { id: number; name: string; className?: string }) {
  const ids = useSyncExternalStore(subscribeShortlist, readShortlist, serverShortlist);
  const saved = ids.includes(id);
  const [full, setFull] = useState(false);
  return (
    <span className="save-toggle">
      <button
        type="button"
        className={className ?? "button button--secondary button--small"}
        aria-pressed={saved}
        onClick={() => setFull(!toggleShortlist(id))}
      >
        <span aria-hidden="true">{saved ? "★ " : "☆ "}</span>
        {saved ? "Saved" : "Save"}
        <span className="visually-hidden"> {name} to your shortlist</span>
      </button>
      <span role="status" className="save-toggle__status">
        {full && !saved ? `Your shortlist holds ${MAX_SHORTLIST} doctors: remove one to save another.` : ""}
      </span>
    </span>
  );
}
