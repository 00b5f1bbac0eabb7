// The NPPES columns the import reads, found by header name (never by position), so the 329-column
// layout (2016-2024) and the 330-column "V2" layout (2025 on: "Provider Gender Code" renamed
// "Provider Sex Code", "Certification Date" added at the end) both work, as would a later reordering.
import { NppesFatalError } from "./errors";

export const TAXONOMY_SLOTS = 15;

/** Where each needed column is recorded by the CSV scanner (see CsvScanner's slots). */
export const SLOT = {
  npi: 0,
  entityType: 1,
  lastName: 2,
  firstName: 3,
  middleName: 4,
  suffix: 5,
  credential: 6,
  otherOrganizationName: 7,
  street1: 8,
  street2: 9,
  city: 10,
  state: 11,
  postalCode: 12,
  country: 13,
  phone: 14,
  lastUpdate: 15,
  deactivation: 16,
  reactivation: 17,
  /** Healthcare Provider Taxonomy Code_1 .. _15 are slots taxonomy + 0 .. 14. */
  taxonomy: 18,
  /** Healthcare Provider Primary Taxonomy Switch_1 .. _15 are slots primarySwitch + 0 .. 14. */
  primarySwitch: 18 + TAXONOMY_SLOTS,
  gender: 18 + 2 * TAXONOMY_SLOTS,
} as const;

/** `also`: the column's names in other layouts (found under any of them). */
type TColumn = { slot: number; name: string; required: boolean; also?: string[] };

const PRACTICE = "Provider Business Practice Location Address";

const COLUMNS: TColumn[] = [
  { slot: SLOT.npi, name: "NPI", required: true },
  { slot: SLOT.entityType, name: "Entity Type Code", required: true },
  { slot: SLOT.lastName, name: "Provider Last Name (Legal Name)", required: true },
  { slot: SLOT.firstName, name: "Provider First Name", required: true },
  { slot: SLOT.middleName, name: "Provider Middle Name", required: false },
  { slot: SLOT.suffix, name: "Provider Name Suffix Text", required: false },
  { slot: SLOT.credential, name: "Provider Credential Text", required: false },
  { slot: SLOT.otherOrganizationName, name: "Provider Other Organization Name", required: false },
  { slot: SLOT.street1, name: "Provider First Line Business Practice Location Address", required: true },
  { slot: SLOT.street2, name: "Provider Second Line Business Practice Location Address", required: false },
  { slot: SLOT.city, name: `${PRACTICE} City Name`, required: true },
  { slot: SLOT.state, name: `${PRACTICE} State Name`, required: true },
  { slot: SLOT.postalCode, name: `${PRACTICE} Postal Code`, required: true },
  { slot: SLOT.country, name: `${PRACTICE} Country Code (If outside U.S.)`, required: false },
  { slot: SLOT.phone, name: `${PRACTICE} Telephone Number`, required: false },
  { slot: SLOT.lastUpdate, name: "Last Update Date", required: false },
  // Required: without it a deactivated provider would stay listed.
  { slot: SLOT.deactivation, name: "NPI Deactivation Date", required: true },
  { slot: SLOT.reactivation, name: "NPI Reactivation Date", required: false },
  // The V2 layout's name; "Provider Gender Code" before 2025. M or F; anything else is "not stated".
  { slot: SLOT.gender, name: "Provider Sex Code", required: false, also: ["Provider Gender Code"] },
  ...Array.from({ length: TAXONOMY_SLOTS }, (_, k) => [
    { slot: SLOT.taxonomy + k, name: `Healthcare Provider Taxonomy Code_${k + 1}`, required: true },
    {
      slot: SLOT.primarySwitch + k,
      name: `Healthcare Provider Primary Taxonomy Switch_${k + 1}`,
      required: false,
    },
  ]).flat(),
];

export const SLOT_COUNT = SLOT.gender + 1;

/** The column name of a slot, for messages ("Provider First Name"). */
export function columnName(slot: number): string {
  return COLUMNS.find((c) => c.slot === slot)?.name ?? `slot ${slot}`;
}

/** A header the import cannot work with: fatal, unlike a bad row. */
export class NppesHeaderError extends NppesFatalError {
  override name = "NppesHeaderError";
}

export type THeaderMap = {
  /** Column index -> slot (-1 when the import does not read it), for CsvScanner. */
  slotOf: Int32Array;
  columnCount: number;
  /** "NPPES V2 layout (330 columns)", ... */
  layout: string;
  /** Optional columns the file does not have (their values are treated as blank). */
  missingOptional: string[];
};

const normalise = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export function mapHeader(header: string[]): THeaderMap {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalise(name);
    if (!index.has(key)) index.set(key, i);
  });
  if (!index.has("npi") && header.length > 0 && /^\d{10}$/.test(header[0]!.trim())) {
    throw new NppesHeaderError(
      "The file has no header line (its first line is a data row); the NPPES file starts with a header naming its columns.",
    );
  }
  const missing = COLUMNS.filter((c) => c.required && !index.has(normalise(c.name))).map((c) => c.name);
  if (missing.length > 0) {
    const list =
      missing.length > 3
        ? `${missing
            .slice(0, 3)
            .map((m) => `"${m}"`)
            .join(", ")} and ${missing.length - 3} more`
        : missing.map((m) => `"${m}"`).join(", ");
    throw new NppesHeaderError(
      `Not an NPPES provider file this import can read: the header has no ${list} column${missing.length > 1 ? "s" : ""}.`,
    );
  }
  const slotOf = new Int32Array(header.length).fill(-1);
  const missingOptional: string[] = [];
  for (const c of COLUMNS) {
    const i = [c.name, ...(c.also ?? [])].map((n) => index.get(normalise(n))).find((x) => x !== undefined);
    if (i === undefined) missingOptional.push(c.name);
    else slotOf[i] = c.slot;
  }
  const v2 = index.has(normalise("Certification Date")) || index.has(normalise("Provider Sex Code"));
  const layout =
    header.length === 330 && v2
      ? "NPPES V2 layout (330 columns, 2025 on)"
      : header.length === 329 && !v2
        ? "NPPES 2016-2024 layout (329 columns)"
        : `${header.length} columns (an unfamiliar layout; columns found by name)`;
  return { slotOf, columnCount: header.length, layout, missingOptional };
}
