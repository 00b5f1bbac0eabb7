/**
 * NPI check digit: Luhn over the first 9 digits prefixed with the card-issuer prefix 80840
 * (CMS, "Requirements for NPI check digit"). Equivalent to Luhn over the 9 digits plus 24.
 */
export function npiCheckDigit(first9: string): number {
  let sum = 24;
  // Double every other digit starting from the rightmost of the 9 (it sits next to the check digit).
  for (let i = 0; i < 9; i++) {
    let d = Number(first9[8 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export type TNpiProblem = "format" | "first-digit" | "check-digit";

/** Explains what is wrong with an NPI, or returns null when it is valid. */
export function npiProblem(npi: string): TNpiProblem | null {
  if (!/^\d{10}$/.test(npi)) return "format";
  if (npi[0] !== "1" && npi[0] !== "2") return "first-digit";
  return npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]) ? null : "check-digit";
}

export function isValidNpi(npi: string): boolean {
  return npiProblem(npi) === null;
}

export const NPI_MESSAGES: Record<TNpiProblem, string> = {
  format: "An NPI is exactly 10 digits.",
  "first-digit": "An NPI starts with 1 or 2.",
  "check-digit":
    "This NPI's last digit does not match its check digit, so it has a typo. Copy it from your NPPES record.",
};
