import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// An unknown id, or a provider that is not published (a draft, waiting for moderation, or suspended):
// the page says the same for each, so it reveals nothing about unpublished listings.
export default function ProviderNotFound() {
  const t = useTranslations("profile.notFound");
  return (
    <div className="container section">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        {t.rich("links", {
          search: (c) => <Link href="/search">{c}</Link>,
          home: (c) => <Link href="/">{c}</Link>,
        })}
      </p>
    </div>
  );
}
