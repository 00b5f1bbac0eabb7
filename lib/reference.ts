import { randomInt } from "node:crypto";

// References a person reads aloud or types from an e-mail: random (never a sequential id, which
// would tell anyone how many requests there are and let them guess another's), and without 0/O or
// 1/I to confuse. 32 symbols: each one is 5 bits.
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function randomSymbols(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return s;
}

/** A consultation request's reference, e.g. "NCC-7K3P-9QXA" (40 random bits). */
export function newConsultReference(): string {
  return `NCC-${randomSymbols(4)}-${randomSymbols(4)}`;
}

/** A message to the moderators, e.g. "NCM-7K3P-9QXA" (40 random bits). */
export function newContactReference(): string {
  return `NCM-${randomSymbols(4)}-${randomSymbols(4)}`;
}

export const CONSULT_REFERENCE_FORMAT = /^NCC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
export const CONTACT_REFERENCE_FORMAT = /^NCM-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
