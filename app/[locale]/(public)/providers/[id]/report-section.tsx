import { ReportForm } from "./report-form";
import styles from "./profile.module.css";

/**
 * "Report incorrect information": closed by default so it does not compete with the profile. The
 * header's link points at #report-form inside it; Chromium and Firefox open a <details> when a link
 * targets something inside it.
 */
export function ReportSection({ providerId }: { providerId: number }) {
  return (
    <section id="report" aria-labelledby="report-title" className={styles.reportSection}>
      <h2 id="report-title" className={styles.reportTitle}>
        Is something on this page wrong?
      </h2>
      <p className={styles.muted}>
        Directory details go out of date. Tell us and a moderator will check the listing with the practice.
      </p>
      <details className={styles.reportDetails}>
        <summary>Report incorrect information</summary>
        <ReportForm providerId={providerId} />
      </details>
    </section>
  );
}
