"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { compareHref, readShortlist, serverShortlist, subscribeShortlist } from "@/lib/shortlist";

/** A header list item "Shortlist (3)": to the compare page of the saved doctors. Nothing when none is saved. */
export function ShortlistLink() {
  const ids = useSyncExternalStore(subscribeShortlist, readShortlist, serverShortlist);
  if (!ids.length) return null;
  return (
    <li>
      <Link href={compareHref(ids)}>
        Shortlist <span className="nav-count">({ids.length})</span>
      </Link>
    </li>
  );
}
