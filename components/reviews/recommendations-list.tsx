import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/components/provider/format";
import { Link } from "@/lib/i18n/navigation";
import { SPECIALTY_NAMES } from "@/lib/providers/format";
import type { TPublicRecommendation } from "@/lib/reviews/types";
import styles from "./reviews.module.css";

/** Specialty code by its English name (the data layer names them in English). */
const SPECIALTY_BY_NAME = new Map(Object.entries(SPECIALTY_NAMES).map(([code, name]) => [name, code]));

/**
 * Approved recommendations by other listed clinicians: who (linked to their profile), their
 * specialty, when, and why, as plain text (the clinician's own words, as written).
 */
export function RecommendationsList({ recommendations }: { recommendations: TPublicRecommendation[] }) {
  const t = useTranslations("reviews.recommendations");
  const names = useTranslations("profile.names.specialty");
  const locale = useLocale();
  if (recommendations.length === 0) {
    return <p className="muted">{t("none")}</p>;
  }
  // Board specialties in the page's language; a registered (NPPES) specialty stays as the registry wrote it.
  const specialty = (text: string) => {
    const parts = text.split(", ");
    const codes = parts.map((part) => SPECIALTY_BY_NAME.get(part));
    if (codes.every((c) => c !== undefined)) return codes.map((c) => names(c as keyof typeof SPECIALTY_NAMES)).join(", ");
    return <span lang="en">{text}</span>;
  };
  return (
    <>
      <p>{t("intro", { count: recommendations.length })}</p>
      <ul className={styles.recs}>
        {recommendations.map((r) => (
          <li key={r.id}>
            <Link href={r.from.path} data-provider-text>
              {r.from.name}
            </Link>
            {r.from.specialty ? <span>, {specialty(r.from.specialty)}</span> : null}
            <span className="muted">
              {" "}
              · <time dateTime={r.createdAt}>{formatDate(r.createdAt, locale)}</time>
            </span>
            <blockquote className={styles.quote} data-provider-text>
              {r.reason}
            </blockquote>
          </li>
        ))}
      </ul>
    </>
  );
}
