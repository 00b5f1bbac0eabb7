import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getReviewTarget, type TReviewTarget } from "@/lib/data/reviews";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";
import { parseProviderParam } from "@/lib/validation/review";

type TParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOrDefault((await params).locale), namespace: "reviews.confirmed" });
  return { title: t("metaTitle"), robots: { index: false } };
}

type TOutcome = "confirmed" | "edit-pending" | "expired" | "invalid" | "error";
const OUTCOMES: readonly TOutcome[] = ["confirmed", "edit-pending", "expired", "invalid", "error"];

/** What /reviews/confirm found. Only fixed texts are shown: nothing from the address is echoed. */
export default async function ReviewConfirmedPage({
  params,
  searchParams,
}: TParams & {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "reviews.confirmed" });
  const query = await searchParams;
  const raw = typeof query.outcome === "string" ? query.outcome : "";
  const outcome: TOutcome = (OUTCOMES as readonly string[]).includes(raw) ? (raw as TOutcome) : "invalid";
  const id = typeof query.provider === "string" ? parseProviderParam(query.provider) : null;
  const target = id === null ? null : await getReviewTarget({ id });
  const profile = target ? (
    <p>
      <Link href={target.path}>{t("backProfile", { name: target.name })}</Link>
    </p>
  ) : (
    <p>
      <Link href="/">{t("backHome")}</Link>
    </p>
  );
  return (
    <div className="container section" style={{ maxWidth: "42rem" }}>
      <Body outcome={outcome} target={target} />
      {profile}
    </div>
  );
}

function Body({ outcome, target }: { outcome: TOutcome; target: TReviewTarget | null }) {
  const t = useTranslations("reviews.confirmed");
  const again = (chunks: React.ReactNode) =>
    target ? <Link href={`${target.path}/review`}>{chunks}</Link> : t("againNoLink");
  switch (outcome) {
    case "confirmed":
      return (
        <>
          <h1>{t("confirmedTitle")}</h1>
          <p>{t("confirmedBody")}</p>
        </>
      );
    case "edit-pending":
      return (
        <>
          <h1>{t("editTitle")}</h1>
          <p>{t("editBody")}</p>
        </>
      );
    case "expired":
      return (
        <>
          <h1>{t("expiredTitle")}</h1>
          <p>{t.rich("expiredBody", { again })}</p>
        </>
      );
    case "error":
      return (
        <>
          <h1>{t("errorTitle")}</h1>
          <p className="alert alert--error" role="alert">
            {t("errorBody")}
          </p>
        </>
      );
    default:
      return (
        <>
          <h1>{t("invalidTitle")}</h1>
          <p>{t("invalidBody")}</p>
          <p>{t.rich("invalidAgain", { again })}</p>
        </>
      );
  }
}
