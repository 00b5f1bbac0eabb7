// The columns of "Medicare Physician & Other Practitioners - by Provider and Service" the import
// reads, by name in each layout: the current one (data years 2013 on as re-published: 29 columns,
// "Rndrng_NPI ... Avg_Mdcr_Stdzd_Amt"), the original 2012 release (27 tab-separated lowercase
// columns, "npi ... stdev_Medicare_payment_amt") and the 2013-2016 originals, which differ from 2012
// only by a few columns (upper case "NPI", "HCPCS_CODE", ...; matched ignoring case).
import { resolveColumns, type TColumnSpec } from "./columns";

export const CLAIM_SLOT = {
  npi: 0,
  hcpcs: 1,
  place: 2,
  beneficiaries: 3,
  services: 4,
  beneficiaryDays: 5,
} as const;
export const CLAIM_SLOT_COUNT = 6;

const COLUMNS: readonly TColumnSpec[] = [
  { slot: CLAIM_SLOT.npi, names: ["Rndrng_NPI", "npi"], required: true },
  { slot: CLAIM_SLOT.hcpcs, names: ["HCPCS_Cd", "hcpcs_code"], required: true },
  { slot: CLAIM_SLOT.place, names: ["Place_Of_Srvc", "place_of_service"], required: true },
  { slot: CLAIM_SLOT.beneficiaries, names: ["Tot_Benes", "bene_unique_cnt"], required: true },
  { slot: CLAIM_SLOT.services, names: ["Tot_Srvcs", "line_srvc_cnt"], required: true },
  { slot: CLAIM_SLOT.beneficiaryDays, names: ["Tot_Bene_Day_Srvcs", "bene_day_srvc_cnt"], required: true },
];

export type TClaimsHeader = {
  slotOf: Int32Array;
  columnCount: number;
  /** "current (29 columns)", "2012 original (27 columns, tab-separated)", ... */
  layout: string;
};

export function mapClaimsHeader(header: string[], delimiter: "," | "\t"): TClaimsHeader {
  const resolved = resolveColumns(
    header,
    COLUMNS,
    'a "Medicare Physician & Other Practitioners - by Provider and Service" file',
  );
  const names = new Set(header.map((h) => h.trim()));
  const separated = delimiter === "\t" ? "tab-separated" : "comma-separated";
  const layout = names.has("Rndrng_NPI")
    ? `current${header.length === 29 ? "" : " (an unfamiliar variant)"} (${header.length} columns, ${separated})`
    : names.has("npi") && names.has("stdev_Medicare_payment_amt")
      ? `2012 original (${header.length} columns, ${separated})`
      : `2013-2016 original (${header.length} columns, ${separated})`;
  return { slotOf: resolved.slotOf, columnCount: resolved.columnCount, layout };
}
