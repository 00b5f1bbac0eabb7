import { useTranslations } from "next-intl";
import { ReportForm } from "./report-form";
import styles from "./profile.module.css";

/**
 * "Report incorrect information": closed by default so it does not compete with the profile. The
 * header's link points at #report-form inside it; Chromium and Firefox open a <details> when a link
 * targets something inside it.
 */
export function ReportSection({ providerId }: { providerId: number }) {
  const t = useTranslations("profile.report");
  return (
    <section id="report" aria-labelledby="report-title" className={styles.reportSection}>
      <h2 id="report-title" className={styles.reportTitle}>
        {t("title")}
      </h2>
      <p className={styles.muted}>{t("intro")}</p>
      <details className={styles.reportDetails}>
        <summary>{t("summary")}</summary>
        <ReportForm providerId={providerId} />
      </details>
    </section>
  );
}
