"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("common.error");
  return (
    <div className="container section" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest ? (
        <p className="muted">
          {t("reference")} <code>{error.digest}</code>
        </p>
      ) : null}
      <p>
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
