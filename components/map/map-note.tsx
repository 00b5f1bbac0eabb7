import { useTranslations } from "next-intl";
import styles from "./results-map.module.css";

/** The line under the map: the list is the accessible alternative. Shared by the map and its placeholder
 * so the page does not shift when the map arrives. */
export function MapNote({ id }: { id?: string }) {
  const t = useTranslations("searchClient.map");
  return (
    <p id={id} className={styles.note}>
      {t("note")}
    </p>
  );
}
