"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import {
  MAX_SHORTLIST,
  readShortlist,
  serverShortlist,
  subscribeShortlist,
  toggleShortlist,
} from "@/lib/shortlist";

/** "Save" a doctor to the shortlist kept in this browser (a toggle button). */
export function SaveButton({ id, name, className }: { id: number; name: string; className?: string }) {
  const ids = useSyncExternalStore(subscribeShortlist, readShortlist, serverShortlist);
  const t = useTranslations("shortlist");
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
        {saved ? t("saved") : t("save")}
        <span className="visually-hidden">{t("hidden", { name })}</span>
      </button>
      <span role="status" className="save-toggle__status">
        {full && !saved ? t("full", { max: MAX_SHORTLIST }) : ""}
      </span>
    </span>
  );
}
