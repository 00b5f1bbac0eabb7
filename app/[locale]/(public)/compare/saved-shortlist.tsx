"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import {
  compareHref,
  MAX_COMPARE,
  readShortlist,
  serverShortlist,
  subscribeShortlist,
} from "@/lib/shortlist";

/** The shortlist saved in this browser, offered for comparison (nothing is kept on the server). */
export function SavedShortlist() {
  const ids = useSyncExternalStore(subscribeShortlist, readShortlist, serverShortlist);
  if (!ids.length) {
    return (
      <p>
        You have not saved any doctors yet. Press <strong>Save</strong> on a search result or a profile to
        keep up to 8 doctors on this device, then compare them here. <Link href="/search">Find a doctor</Link>
      </p>
    );
  }
  return (
    <p>
      Your shortlist has {ids.length} doctor{ids.length === 1 ? "" : "s"} saved on this device.{" "}
      <Link href={compareHref(ids)}>
        Compare {ids.length > MAX_COMPARE ? `the first ${MAX_COMPARE}` : ids.length === 1 ? "it" : "them"}
      </Link>
    </p>
  );
}
