"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Link } from "@/lib/i18n/navigation";
import {
  compareHref,
  MAX_COMPARE,
  MAX_SHORTLIST,
  readShortlist,
  serverShortlist,
  subscribeShortlist,
} from "@/lib/shortlist";

/** The shortlist saved in this browser, offered for comparison (nothing is kept on the server). */
export function SavedShortlist() {
  const ids = useSyncExternalStore(subscribeShortlist, readShortlist, serverShortlist);
  const t = useTranslations("searchClient.saved");
  if (!ids.length) {
    return (
      <p>
        {t.rich("none", { max: MAX_SHORTLIST, strong: (chunks) => <strong>{chunks}</strong> })}{" "}
        <Link href="/search">{t("find")}</Link>
      </p>
    );
  }
  return (
    <p>
      {t("some", { count: ids.length })}{" "}
      <Link href={compareHref(ids)}>
        {ids.length > MAX_COMPARE
          ? t("compareFirst", { count: MAX_COMPARE })
          : ids.length === 1
            ? t("compareIt")
            : t("compareThem")}
      </Link>
    </p>
  );
}
