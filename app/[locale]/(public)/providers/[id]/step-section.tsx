import { useLocale, useTranslations } from "next-intl";
import { stepsFor, type TStepId } from "@/lib/content/steps";
import styles from "./profile.module.css";

/** One of the guide's five steps: its number, its title (h2, from lib/content/steps.ts) and why it matters. */
export function StepSection({ id, children }: { id: TStepId; children: React.ReactNode }) {
  const t = useTranslations("profile");
  const step = stepsFor(useLocale()).SELECTION_STEPS.find((s) => s.id === id);
  if (!step) return null;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.step}>
      <h2 id={`${id}-title`} className={styles.stepTitle}>
        <span className={styles.stepNo} aria-hidden="true">
          {step.number}
        </span>
        <span>
          <span className="visually-hidden">{t("step", { number: step.number })}</span>
          {step.title}
        </span>
      </h2>
      <p className={styles.why}>{step.why}</p>
      {children}
    </section>
  );
}
