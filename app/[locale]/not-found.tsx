import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <div className="container section">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/search">{t("search")}</Link> {t("or")} <Link href="/">{t("home")}</Link>.
      </p>
    </div>
  );
}
