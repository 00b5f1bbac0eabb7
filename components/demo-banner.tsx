import { useTranslations } from "next-intl";

export function DemoBanner() {
  const t = useTranslations("common.demo");
  return (
    <div className="demo-banner" role="note">
      <strong>{t("title")}</strong> {t("body")}
    </div>
  );
}
