// One row of the claims file, checked. Only rows with a kept code (lib/cms/codes.ts) get here: the
// other ~99.9% of the national file are counted and skipped unread.
//
// Suppression: CMS publishes a row only when 11 or more beneficiaries received the service, so a
// row under 11 is not real data and is rejected; and the import never invents a row (no zero rows
// for the codes a doctor lacks: "no row" means "fewer than 11 or none").
// Units: `services` is kept exactly as the file says, in the code's own unit (drug units for the
// J codes); it is never converted into visits here or anywhere else.
import { isValidNpi } from "@/lib/npi";
import { codeYearProblem, type TCmsCode } from "./codes";

export type TClaimFields = {
  npi: string;
  place: string;
  beneficiaries: string;
  services: string;
  beneficiaryDays: string;
};

export type TClaimRecord = {
  line: number;
  npi: string;
  hcpcs: string;
  placeOfService: "F" | "O";
  beneficiaries: number;
  /** In the code's own unit: drug units for J codes. */
  services: number;
  beneficiaryDays: number;
};

export type TClaimOutcome =
  { kind: "record"; record: TClaimRecord } | { kind: "rejected"; npi: string; reason: string };

const WHOLE = /^\d{1,9}(?:\.0*)?$/;
const DECIMAL = /^(?:\d{1,12}(?:\.\d*)?|\.\d+)$/;

/** CMS's suppression threshold: fewer beneficiaries than this and the row is not published. */
export const MIN_BENEFICIARIES = 11;

export function parseClaim(f: TClaimFields, code: TCmsCode, year: number, line: number): TClaimOutcome {
  const npi = f.npi.trim();
  const reject = (reason: string): TClaimOutcome => ({ kind: "rejected", npi, reason });
  if (!isValidNpi(npi)) return reject(`"${npi}" is not a valid NPI`);
  const yearProblem = codeYearProblem(code, year);
  if (yearProblem) return reject(yearProblem);
  const place = f.place.trim().toUpperCase();
  if (place !== "F" && place !== "O")
    return reject(`place of service "${f.place.trim()}" is neither F (facility) nor O (office)`);
  const benes = f.beneficiaries.trim();
  const services = f.services.trim();
  const days = f.beneficiaryDays.trim();
  const checks: [string, string, RegExp][] = [
    ["beneficiaries", benes, WHOLE],
    ["services", services, DECIMAL],
    ["beneficiary-days", days, WHOLE],
  ];
  for (const [name, value, pattern] of checks)
    if (!pattern.test(value))
      return reject(`${name} "${value}" is not a ${pattern === WHOLE ? "whole " : ""}number`);
  const beneficiaries = Number(benes);
  if (beneficiaries < MIN_BENEFICIARIES)
    return reject(
      `${beneficiaries} beneficiaries: CMS suppresses rows under ${MIN_BENEFICIARIES}, so this is not a published row`,
    );
  return {
    kind: "record",
    record: {
      line,
      npi,
      hcpcs: code.code,
      placeOfService: place,
      beneficiaries,
      services: Number(services),
      beneficiaryDays: Number(days),
    },
  };
}
