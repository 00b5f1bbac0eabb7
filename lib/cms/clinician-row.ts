// One row of Care Compare's clinicians file (one clinician x enrollment x practice address), checked
// and normalised, and the fold of a clinician's rows into one record.
//
// Spreadsheet damage: copies of this file re-saved by a spreadsheet (like shared/data/cms's 2021
// sample) lose leading zeros of numbers kept as text, and print long numbers in scientific notation.
// The import keeps what the file says except where the damage is certain:
// - a ZIP of digits only with 3-4 digits (5 lost zeros) or 6-8 digits (a 9-digit ZIP+4 that lost
//   zeros) is padded back to 5 or 9 digits: no real ZIP has those lengths;
// - a hospital CCN of 1-5 digits is padded to CMS's 6 characters ("50636" -> "050636");
// - a phone number in scientific notation ("2.12689E+12") lost its last digits: stored as null.
import { isValidNpi } from "@/lib/npi";
import { CLINICIAN_SLOT as S, HOSPITAL_SLOTS } from "./clinician-columns";

export type TClinicianAddress = {
  street1: string;
  street2: string | null;
  city: string;
  state: string;
  /** 5 or 9 digits as the file has it (leading zeros restored, see above). */
  zip: string;
  /** 10 digits, or null when the file has none or a damaged one. */
  phone: string | null;
};

export type THospital = { ccn: string; name: string };

export type TClinicianRecord = {
  npi: string;
  /** Line of the clinician's first row. */
  line: number;
  medicalSchool: string | null;
  graduationYear: number | null;
  specialties: string[];
  acceptsAssignment: "Y" | "M" | null;
  telehealth: boolean | null;
  groupNames: string[];
  addresses: TClinicianAddress[];
  hospitals: THospital[] | null;
};

export type TClinicianOutcome =
  | { kind: "record"; record: TClinicianRecord; notes: string[] }
  | { kind: "rejected"; npi: string; reason: string };

export type TClinicianFieldReader = {
  /** The trimmed text of a slot ("" when the file lacks the column). */
  get: (slot: number) => string;
  hasTelehealth: boolean;
  hasHospitals: boolean;
};

export function normaliseZip(raw: string): string {
  const zip = raw.trim();
  if (!/^\d+$/.test(zip)) return zip;
  if (zip.length >= 3 && zip.length < 5) return zip.padStart(5, "0");
  if (zip.length > 5 && zip.length < 9) return zip.padStart(9, "0");
  return zip;
}

/** Whether `s` is exactly `length` ASCII digits. */
function isDigits(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function normalisePhone(raw: string): string | null {
  // Nearly every phone in the file: ten digits, kept as they are.
  if (isDigits(raw, 10)) return raw;
  const phone = raw.trim();
  if (phone === "" || /e\+?\d/i.test(phone)) return null;
  const digits = phone.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) return digits.slice(1);
  return digits.length === 10 ? digits : null;
}

export function normaliseCcn(raw: string): string {
  const ccn = raw.trim();
  return /^\d{1,5}$/.test(ccn) ? ccn.padStart(6, "0") : ccn;
}

const orNull = (s: string) => (s === "" ? null : s);
const LATEST_GRADUATION_YEAR = new Date().getUTCFullYear() + 1;

export function parseClinicianRow(f: TClinicianFieldReader, line: number): TClinicianOutcome {
  const npi = f.get(S.npi);
  if (!isValidNpi(npi)) return { kind: "rejected", npi, reason: `"${npi}" is not a valid NPI` };
  const notes: string[] = [];
  const gradText = f.get(S.graduationYear);
  let graduationYear: number | null = null;
  if (/^\d{4}$/.test(gradText) && Number(gradText) >= 1900 && Number(gradText) <= LATEST_GRADUATION_YEAR)
    graduationYear = Number(gradText);
  else if (gradText !== "") notes.push(`graduation year "${gradText}" is not a year: left out`);

  const specialties: string[] = [];
  // pri_spec, then sec_spec_1 .. 4 (slots secondarySpecialty + 0 .. 3).
  for (let k = -1; k < 4; k++) {
    const s = f.get(k < 0 ? S.primarySpecialty : S.secondarySpecialty + k).toUpperCase();
    if (s && !specialties.includes(s)) specialties.push(s);
  }
  const assignment = f.get(S.assignment).toUpperCase();
  const phoneText = f.get(S.phone);
  const phone = normalisePhone(phoneText);
  if (phone === null && phoneText !== "")
    notes.push(`phone "${phoneText}" is not a whole 10-digit number: left out`);
  const street1 = f.get(S.street1);
  const addresses: TClinicianAddress[] = street1
    ? [
        {
          street1,
          street2: orNull(f.get(S.street2)),
          city: f.get(S.city),
          state: f.get(S.state).toUpperCase(),
          zip: normaliseZip(f.get(S.zip)),
          phone,
        },
      ]
    : [];
  let hospitals: THospital[] | null = null;
  if (f.hasHospitals) {
    hospitals = [];
    for (let k = 0; k < HOSPITAL_SLOTS; k++) {
      const ccn = normaliseCcn(f.get(S.hospitalCcn + k));
      if (ccn && !hospitals.some((h) => h.ccn === ccn))
        hospitals.push({ ccn, name: f.get(S.hospitalName + k) });
    }
  }
  const group = f.get(S.groupName);
  return {
    kind: "record",
    notes,
    record: {
      npi,
      line,
      medicalSchool: orNull(f.get(S.medicalSchool)),
      graduationYear,
      specialties,
      acceptsAssignment: assignment === "Y" || assignment === "M" ? assignment : null,
      telehealth: f.hasTelehealth ? f.get(S.telehealth).toUpperCase() === "Y" : null,
      groupNames: group ? [group] : [],
      addresses,
      hospitals,
    },
  };
}

const addressKey = (a: TClinicianAddress) =>
  [a.street1, a.street2, a.city, a.state, a.zip].join("\x1f").toUpperCase();

/**
 * Folds a later row (or run of rows) of the same clinician into `into`, which keeps the earlier
 * one's order: school and year from the first row that has them, specialties, groups, addresses and
 * hospitals in order of first appearance. Assignment: "Y" when any enrollment accepts assignment,
 * else "M" when any may. Telehealth: true when any row says so; null only when no row could say.
 */
export function foldClinician(into: TClinicianRecord, from: TClinicianRecord): void {
  into.medicalSchool ??= from.medicalSchool;
  into.graduationYear ??= from.graduationYear;
  for (const s of from.specialties) if (!into.specialties.includes(s)) into.specialties.push(s);
  if (into.acceptsAssignment !== "Y" && from.acceptsAssignment !== null)
    into.acceptsAssignment = from.acceptsAssignment === "Y" ? "Y" : "M";
  if (from.telehealth !== null) into.telehealth = (into.telehealth ?? false) || from.telehealth;
  for (const g of from.groupNames) if (!into.groupNames.includes(g)) into.groupNames.push(g);
  for (const a of from.addresses) {
    const same = into.addresses.find((b) => addressKey(b) === addressKey(a));
    if (!same) into.addresses.push(a);
    else same.phone ??= a.phone;
  }
  if (from.hospitals !== null) {
    into.hospitals ??= [];
    for (const h of from.hospitals) if (!into.hospitals.some((x) => x.ccn === h.ccn)) into.hospitals.push(h);
  }
  into.line = Math.min(into.line, from.line);
}
