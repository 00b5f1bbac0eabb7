import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate } from "@/components/provider/format";
import { ScopedMessages } from "@/components/ui/scoped-messages";
import { getSessionUser } from "@/lib/auth/session";
import { getRecommendContext, type TOwnProfile } from "@/lib/data/recommendations";
import { getReviewTarget } from "@/lib/data/reviews";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault, type TLocale } from "@/lib/i18n/routing";
import { parseProviderParam } from "@/lib/validation/review";
import { RecommendForm } from "./recommend-form";

type TProps = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { id: param, locale: raw } = await params;
  const t = await getTranslations({ locale: localeOrDefault(raw), namespace: "reviews" });
  const id = parseProviderParam(param);
  const target = id === null ? null : await getReviewTarget({ id });
  return {
    title: target ? t("recommend.title", { name: target.name }) : t("notFound"),
    robots: { index: false },
    alternates: id === null ? undefined : alternatesFor(`/providers/${id}/recommend`, localeOrDefault(raw)),
  };
}

export default async function RecommendPage({ params }: TProps) {
  const { id: param, locale: raw } = await params;
  const locale = localeOrDefault(raw);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "reviews" });
  const id = parseProviderParam(param);
  if (id === null) notFound();
  const user = await getSessionUser();
  const ctx = await getRecommendContext({ toProviderId: id, userId: user?.id ?? null });
  if (!ctx) notFound();
  const { target, own } = ctx;
  return (
    <div className="container section" style={{ maxWidth: "46rem" }}>
      <p>
        <Link href={target.path}>{t("back", { name: target.name })}</Link>
      </p>
      <h1>{t("recommend.title", { name: target.name })}</h1>
      <p>{t("recommend.intro")}</p>
      {user ? (
        <Body targetId={target.id} targetName={target.name} own={own} locale={locale} />
      ) : (
        <p className="alert alert--info">
          {t("recommend.signInIntro")}{" "}
          {/* Sign-in is English only (lib/i18n/routing.ts); it comes back to this page. */}
          <NextLink
            href={`/sign-in?next=${encodeURIComponent(`${locale === "en" ? "" : `/${locale}`}${target.path}/recommend`)}`}
          >
            {t("recommend.signIn")}
          </NextLink>
          {t("recommend.signInRest", { name: target.name })}
        </p>
      )}
    </div>
  );
}

async function Body({
  targetId,
  targetName,
  own,
  locale,
}: {
  targetId: number;
  targetName: string;
  own: TOwnProfile[];
  locale: TLocale;
}) {
  const t = await getTranslations({ locale, namespace: "reviews.recommend" });
  const published = own.filter((p) => p.published);
  const choices = published.filter((p) => !p.isTarget && !p.existing);
  const already = own.filter((p) => p.existing);
  let why: string | null = null;
  if (own.length === 0) why = t("noProfile");
  else if (published.length === 0) why = t("notPublished");
  else if (published.every((p) => p.isTarget)) why = t("self");
  return (
    <>
      {already.map((p) => (
        <p key={p.id} className="alert alert--info">
          {t("already", {
            name: targetName,
            as: own.length > 1 ? t("as", { name: p.name }) : "",
            date: formatDate(p.existing!.createdAt.toISOString(), locale),
            status: t(`status.${p.existing!.status}`),
          })}
        </p>
      ))}
      {why ? <p className="alert alert--warn">{why}</p> : null}
      {choices.length > 0 ? (
        <ScopedMessages locale={locale} namespaces={["profileForms"]}>
          <RecommendForm
            targetId={targetId}
            targetName={targetName}
            choices={choices.map((c) => ({ id: c.id, name: c.name }))}
          />
        </ScopedMessages>
      ) : null}
    </>
  );
}
