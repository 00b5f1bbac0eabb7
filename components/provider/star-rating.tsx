import styles from "./provider.module.css";

/** Five stars drawn with text, filled (★) to the nearest whole star, the rest outlined (☆); read out as "4.3 out of 5 stars". */
export function StarRating({ value, size = "normal" }: { value: number; size?: "normal" | "large" }) {
  const filled = Math.round(value);
  return (
    <span className={`${styles.stars} ${size === "large" ? styles.starsLarge : ""}`}>
      <span aria-hidden="true">
        <span className={styles.starOn}>{"★".repeat(filled)}</span>
        <span className={styles.starOff}>{"☆".repeat(5 - filled)}</span>
      </span>
      <span className="visually-hidden">{`${Number.isInteger(value) ? value : value.toFixed(1)} out of 5 stars`}</span>
    </span>
  );
}
