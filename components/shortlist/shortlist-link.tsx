"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Link } from "@/lib/i18n/navigation";
import { compareHref, readShortlist, serverShortlist, subscribeShortlist } from "@/lib/shortlist";

/** A header list item "Shortlist (3)": to the compare page of the saved doctors. Nothing when none is saved. */
export function ShortlistLink() {
  const ids = useSyncExternalStore(subscribeShortlist, readShortlist, serverShortlist);
  const t = useTranslations("common.header");
  if (!ids.length) return null;
  return (
    <li>
      <Link href={compareHref(ids)}>
        {t("shortlist")} <span className="nav-count">({ids.length})</span>
      </Link>
    </li>
  );
}
