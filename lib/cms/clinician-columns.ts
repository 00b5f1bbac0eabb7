// The columns of Care Compare's "Doctors and Clinicians National Downloadable File" the import reads,
// by name: the 2021 layout (40 columns, "NPI, Ind_PAC_ID, ...", a space after each comma in the
// header, hospital affiliations hosp_afl_1..5) and the current one (31 columns: adds Telehlth, renames
// the name, city, state, ZIP and phone columns, drops the hospital affiliations).
import { resolveColumns, type TColumnSpec } from "./columns";

export const HOSPITAL_SLOTS = 5;

export const CLINICIAN_SLOT = {
  npi: 0,
  medicalSchool: 1,
  graduationYear: 2,
  primarySpecialty: 3,
  /** sec_spec_1 .. sec_spec_4 are slots secondarySpecialty + 0 .. 3. */
  secondarySpecialty: 4,
  telehealth: 8,
  groupName: 9,
  street1: 10,
  street2: 11,
  city: 12,
  state: 13,
  zip: 14,
  phone: 15,
  assignment: 16,
  /** hosp_afl_1 .. 5 (CCN) are slots hospitalCcn + 0 .. 4; hosp_afl_lbn_1 .. 5 hospitalName + 0 .. 4. */
  hospitalCcn: 17,
  hospitalName: 17 + HOSPITAL_SLOTS,
} as const;

export const CLINICIAN_SLOT_COUNT = CLINICIAN_SLOT.hospitalName + HOSPITAL_SLOTS;

const S = CLINICIAN_SLOT;
const COLUMNS: readonly TColumnSpec[] = [
  { slot: S.npi, names: ["NPI"], required: true },
  { slot: S.medicalSchool, names: ["Med_sch"], required: true },
  { slot: S.graduationYear, names: ["Grd_yr"], required: true },
  { slot: S.primarySpecialty, names: ["pri_spec"], required: true },
  ...[1, 2, 3, 4].map((k) => ({
    slot: S.secondarySpecialty + k - 1,
    names: [`sec_spec_${k}`],
    required: false,
  })),
  { slot: S.telehealth, names: ["Telehlth"], required: false },
  { slot: S.groupName, names: ["org_nm", "Facility Name"], required: false },
  { slot: S.street1, names: ["adr_ln_1"], required: true },
  { slot: S.street2, names: ["adr_ln_2"], required: false },
  { slot: S.city, names: ["cty", "City/Town"], required: true },
  { slot: S.state, names: ["st", "State"], required: true },
  { slot: S.zip, names: ["zip", "ZIP Code"], required: true },
  { slot: S.phone, names: ["phn_numbr", "Telephone Number"], required: false },
  { slot: S.assignment, names: ["ind_assgn"], required: false },
  ...Array.from({ length: HOSPITAL_SLOTS }, (_, k) => [
    { slot: S.hospitalCcn + k, names: [`hosp_afl_${k + 1}`], required: false },
    { slot: S.hospitalName + k, names: [`hosp_afl_lbn_${k + 1}`], required: false },
  ]).flat(),
];

export type TClinicianHeader = {
  slotOf: Int32Array;
  columnCount: number;
  layout: string;
  /** The file has a Telehlth column (current layout): a blank then means "no", not "unknown". */
  hasTelehealth: boolean;
  /** The file lists affiliated hospitals (2021 layout). */
  hasHospitals: boolean;
};

export function mapClinicianHeader(header: string[]): TClinicianHeader {
  const r = resolveColumns(
    header,
    COLUMNS,
    `Care Compare's "Doctors and Clinicians National Downloadable File"`,
  );
  const hasTelehealth = r.present[S.telehealth] === true;
  const hasHospitals = r.present[S.hospitalCcn] === true;
  const layout =
    hasTelehealth && header.length === 31
      ? "current (31 columns, with Telehlth)"
      : !hasTelehealth && hasHospitals && header.length === 40
        ? "2021 (40 columns, with hospital affiliations)"
        : `${header.length} columns (an unfamiliar layout; columns found by name)`;
  return { slotOf: r.slotOf, columnCount: r.columnCount, layout, hasTelehealth, hasHospitals };
}
