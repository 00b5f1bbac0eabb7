import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import styles from "./provider.module.css";

/** Five stars drawn with text, filled (★) to the nearest whole star, the rest outlined (☆); read out as "4.3 out of 5 stars". */
export function StarRating({ value, size = "normal" }: { value: number; size?: "normal" | "large" }) {
  const t = useTranslations("reviews.stars");
  const locale = useLocale();
  const filled = Math.round(value);
  const shown = Number.isInteger(value)
    ? formatNumber(value, locale)
    : formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <span className={`${styles.stars} ${size === "large" ? styles.starsLarge : ""}`}>
      <span aria-hidden="true">
        <span className={styles.starOn}>{"★".repeat(filled)}</span>
        <span className={styles.starOff}>{"☆".repeat(5 - filled)}</span>
      </span>
      <span className="visually-hidden">{t("outOf", { value: shown })}</span>
    </span>
  );
}
