import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScopedMessages } from "@/components/ui/scoped-messages";
import { getReviewTarget } from "@/lib/data/reviews";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";
import { parseProviderParam } from "@/lib/validation/review";
import { ReviewForm } from "./review-form";

type TProps = { params: Promise<{ id: string; locale: string }> };

async function target(params: TProps["params"]) {
  const id = parseProviderParam((await params).id);
  return id === null ? null : getReviewTarget({ id });
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "reviews" });
  const r = await target(params);
  const id = parseProviderParam((await params).id);
  return {
    title: r ? t("write.title", { name: r.name }) : t("notFound"),
    robots: { index: false },
    alternates: id === null ? undefined : alternatesFor(`/providers/${id}/review`, locale),
  };
}

export default async function WriteReviewPage({ params }: TProps) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "reviews" });
  const r = await target(params);
  if (!r) notFound();
  return (
    <div className="container section" style={{ maxWidth: "46rem" }}>
      <p>
        <Link href={r.path}>{t("back", { name: r.name })}</Link>
      </p>
      <h1>{t("write.title", { name: r.name })}</h1>
      <p>{t("write.intro")}</p>
      <ul>
        <li>{t("write.held")}</li>
        <li>{t("write.one")}</li>
        <li>
          {t("write.private")} <Link href="/privacy">{t("write.privacy")}</Link> ·{" "}
          <Link href="/terms">{t("write.rules")}</Link>
        </li>
      </ul>
      <ScopedMessages locale={locale} namespaces={["profileForms"]}>
        <ReviewForm providerId={r.id} />
      </ScopedMessages>
    </div>
  );
}
