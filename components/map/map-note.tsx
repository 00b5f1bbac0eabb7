import styles from "./results-map.module.css";

/** The line under the map: the list is the accessible alternative. Shared by the map and its placeholder
 * so the page does not shift when the map arrives. */
export function MapNote({ id }: { id?: string }) {
  return (
    <p id={id} className={styles.note}>
      The results list has every provider shown on this map and is the easier way to browse with a keyboard or
      screen reader. On the map, arrow keys pan, + and − zoom, Tab moves between markers and Enter selects
      one.
    </p>
  );
}
