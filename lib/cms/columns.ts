// Finds a CMS file's columns by header name, never by position: every layout of a dataset is a list
// of names per column (CMS renamed and reordered columns between releases), matched ignoring case,
// spaces around names ("NPI, Ind_PAC_ID, ..." in 2021) and repeated inner spaces.
import { CmsFatalError } from "./errors";

export type TColumnSpec = {
  /** Where the CSV scanner records this column (see CsvScanner's slots). */
  slot: number;
  /** The column's names across the layouts; the first is the one used in messages. */
  names: readonly string[];
  required: boolean;
};

export type TResolvedHeader = {
  /** Column index -> slot (-1 when not read), for CsvScanner. */
  slotOf: Int32Array;
  columnCount: number;
  /** Slot -> whether the file has that column. */
  present: boolean[];
};

export const normaliseName = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export function resolveColumns(
  header: string[],
  specs: readonly TColumnSpec[],
  what: string,
): TResolvedHeader {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseName(name);
    if (!index.has(key)) index.set(key, i);
  });
  if (header.length > 0 && /^\d{10}$/.test(header[0]!.trim()))
    throw new CmsFatalError(
      `The file has no header line (its first line is a data row); ${what} starts with a header naming its columns.`,
    );
  const slotOf = new Int32Array(header.length).fill(-1);
  const present: boolean[] = [];
  const missing: string[] = [];
  for (const spec of specs) {
    const i = spec.names.map((n) => index.get(normaliseName(n))).find((x) => x !== undefined);
    present[spec.slot] = i !== undefined;
    if (i !== undefined) slotOf[i] = spec.slot;
    else if (spec.required) missing.push(spec.names.map((n) => `"${n}"`).join(" or "));
  }
  if (missing.length > 0) {
    const list =
      missing.length > 3
        ? `${missing.slice(0, 3).join(", ")} and ${missing.length - 3} more`
        : missing.join(", ");
    throw new CmsFatalError(
      `Not ${what} this import can read: the header has no ${list} column${missing.length > 1 ? "s" : ""}.`,
    );
  }
  return { slotOf, columnCount: header.length, present };
}
