"use client";

import { useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { pick, type TLocalized } from "@/lib/i18n/localized";

// An unknown id, or a provider that is not published (a draft, waiting for moderation, or suspended):
// the page says the same for each, so it reveals nothing about unpublished listings.
// A client component with its words here: Next.js renders a segment's not-found boundary with every
// render of the segment, before the page has set the request's language (setRequestLocale), and a
// server component reading next-intl there would turn the cached (ISR) profile into a dynamic page.
const TEXT = {
  title: { en: "Provider not found", es: "Médico no encontrado" },
  body: {
    en: "This doctor is not listed on NeckCare Finder. The listing may have been removed or may be waiting for a moderator, or the link may be mistyped.",
    es: "Este médico no figura en NeckCare Finder. Es posible que la ficha se haya retirado o que esté esperando a un moderador, o que el enlace tenga un error.",
  },
  search: { en: "Search for a doctor near you", es: "Busque un médico cerca de usted" },
  or: { en: "or go to the", es: "o vaya a la" },
  home: { en: "home page", es: "página de inicio" },
} satisfies Record<string, TLocalized>;

export default function ProviderNotFound() {
  const locale = useLocale();
  const t = (key: keyof typeof TEXT) => pick(TEXT[key], locale);
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
