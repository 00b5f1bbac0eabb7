// Decides what one NPPES row means for the directory and, for a relevant row, builds the listing.
// Most of the ~9 million rows are thrown away after reading two or three short fields, so the checks
// run cheapest first and only relevant rows have their names and address decoded.
import { lookupZip } from "@/lib/geo/zip-table";
import { npiProblem, NPI_MESSAGES } from "@/lib/npi";
import { displayName } from "@/lib/providers/format";
import { displayCaseAddress, formatPhone, parseZip } from "./address";
import { SLOT, TAXONOMY_SLOTS, columnName } from "./columns";
import { cleanCredential } from "./credential";
import type { ICsvRow } from "./csv-scanner";
import { cleanSuffix, displayCaseName, splitSuffix } from "./names";
import type { TTaxonomySet } from "./taxonomy";

/** A provider and practice location ready to write, in display form. */
export type TImportRecord = {
  line: number;
  npi: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  credential: string;
  /** The registry's sex code: M and F only; blank or any other code is "not stated" (null). */
  gender: "FEMALE" | "MALE" | null;
  /** Every code in the row's 15 slots, in slot order, without repeats. */
  taxonomyCodes: string[];
  registeredSpecialty: string;
  /** NPPES "Last Update Date" as YYYY-MM-DD. */
  lastUpdate: string | null;
  practiceName: string;
  street1: string;
  street2: string | null;
  city: string;
  state: string;
  zip: string;
  zip4: string | null;
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type TRowOutcome =
  | { kind: "record"; record: TImportRecord; notes: string[] }
  | { kind: "deactivated"; npi: string }
  | { kind: "organization" }
  | { kind: "individual-other" }
  | { kind: "outside-us"; npi: string; country: string }
  | { kind: "malformed"; npi: string; reason: string };

const ORGANIZATION: TRowOutcome = { kind: "organization" };
const INDIVIDUAL_OTHER: TRowOutcome = { kind: "individual-other" };
const ONE = 0x31;
const TWO = 0x32;
const Y = 0x59;

/** A problem that makes a relevant row unusable; caught in classify() and reported as malformed. */
class RowProblem extends Error {}

/** "MM/DD/YYYY" -> YYYYMMDD as a number (comparable), or null. */
function parseDate(text: string): number | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year * 10000 + month * 100 + day;
}

const isoDate = (d: number) =>
  `${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, "0")}-${String(d % 100).padStart(2, "0")}`;

const PLAIN = /^[\x20-\x7e]*$/;
const LOOKS_UTF8 = /[\xc2-\xf4][\x80-\xbf]/;
// C0 controls other than whitespace, DEL and the C1 range: never text in an ISO-8859-1 file.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

export class RowClassifier {
  constructor(
    private readonly taxonomies: TTaxonomySet,
    private readonly expectedFields: number,
  ) {}

  classify(row: ICsvRow): TRowOutcome {
    if (row.fieldCount !== this.expectedFields) {
      return {
        kind: "malformed",
        npi: row.text(SLOT.npi),
        reason: `${row.fieldCount} fields where the header has ${this.expectedFields} (a cut or joined line?)`,
      };
    }
    try {
      // Deactivated NPIs come first: in the monthly file their rows are blank except for the NPI and
      // the date, so they have no entity type or taxonomy to filter on.
      if (row.length(SLOT.deactivation) > 0 && this.isDeactivated(row))
        return { kind: "deactivated", npi: this.npi(row) };
      if (
        row.length(SLOT.entityType) !== 1 ||
        (row.byteAt(SLOT.entityType, 0) !== ONE && row.byteAt(SLOT.entityType, 0) !== TWO)
      ) {
        throw new RowProblem(
          `Entity Type Code is "${row.text(SLOT.entityType)}", not 1 (individual) or 2 (organization)`,
        );
      }
      if (row.byteAt(SLOT.entityType, 0) === TWO) return ORGANIZATION;
      const chosen = this.matchingSlot(row);
      if (chosen < 0) return INDIVIDUAL_OTHER;
      const country = row.text(SLOT.country).trim().toUpperCase();
      if (country !== "" && country !== "US") return { kind: "outside-us", npi: row.text(SLOT.npi), country };
      const notes: string[] = [];
      return { kind: "record", record: this.record(row, chosen, notes), notes };
    } catch (e) {
      if (e instanceof RowProblem) return { kind: "malformed", npi: row.text(SLOT.npi), reason: e.message };
      throw e;
    }
  }

  /** Deactivated unless reactivated on or after the deactivation date. */
  private isDeactivated(row: ICsvRow): boolean {
    const deactivated = parseDate(row.text(SLOT.deactivation));
    if (deactivated === null)
      throw new RowProblem(`NPI Deactivation Date "${row.text(SLOT.deactivation)}" is not MM/DD/YYYY`);
    if (row.length(SLOT.reactivation) === 0) return true;
    const reactivated = parseDate(row.text(SLOT.reactivation));
    if (reactivated === null)
      throw new RowProblem(`NPI Reactivation Date "${row.text(SLOT.reactivation)}" is not MM/DD/YYYY`);
    return reactivated < deactivated;
  }

  private npi(row: ICsvRow): string {
    const npi = row.text(SLOT.npi).trim();
    const problem = npiProblem(npi);
    if (problem) throw new RowProblem(`NPI "${npi}": ${NPI_MESSAGES[problem].split(/(?<=\.) /)[0]}`);
    return npi;
  }

  /**
   * The taxonomy slot that gives the registered specialty: the primary one (switch "Y") if it is in
   * the set, else the first slot in the set; -1 when no slot is.
   */
  private matchingSlot(row: ICsvRow): number {
    let first = -1;
    for (let k = 0; k < TAXONOMY_SLOTS; k++) {
      const slot = SLOT.taxonomy + k;
      if (row.length(slot) !== 10) continue;
      if (!this.taxonomies.has(row.text(slot).toUpperCase())) continue;
      if (row.length(SLOT.primarySwitch + k) === 1 && row.byteAt(SLOT.primarySwitch + k, 0) === Y) return k;
      if (first < 0) first = k;
    }
    return first;
  }

  /** A field's text, checked for bytes that cannot be ISO-8859-1 text. */
  private field(row: ICsvRow, slot: number, notes: string[]): string {
    const s = row.text(slot);
    if (PLAIN.test(s)) return s;
    let text = s;
    // A copy re-saved as UTF-8 decodes to "Ã©" as ISO-8859-1: read such a field as UTF-8 instead.
    if (LOOKS_UTF8.test(s)) {
      const utf8 = Buffer.from(s, "latin1").toString("utf8");
      if (!utf8.includes("\ufffd")) {
        notes.push(`${columnName(slot)} read as UTF-8`);
        text = utf8;
      }
    }
    const bad = CONTROL.exec(text);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).padStart(2, "0").toUpperCase();
      throw new RowProblem(`bad encoding: byte 0x${code} in ${columnName(slot)} is not ISO-8859-1 text`);
    }
    return text;
  }

  private required(row: ICsvRow, slot: number, notes: string[]): string {
    const s = this.field(row, slot, notes).trim();
    if (s === "") throw new RowProblem(`${columnName(slot)} is blank`);
    return s;
  }

  private record(row: ICsvRow, chosen: number, notes: string[]): TImportRecord {
    const npi = this.npi(row);
    const split = splitSuffix(this.required(row, SLOT.lastName, notes), this.field(row, SLOT.suffix, notes));
    const lastName = displayCaseName(split.lastName, "surname");
    const firstName = displayCaseName(this.required(row, SLOT.firstName, notes), "given");
    const middleName = displayCaseName(this.field(row, SLOT.middleName, notes), "given") || null;
    const suffix = cleanSuffix(split.suffix);
    const credential = cleanCredential(this.field(row, SLOT.credential, notes));
    const sex = row.text(SLOT.gender).trim().toUpperCase();
    const gender = sex === "F" ? "FEMALE" : sex === "M" ? "MALE" : null;

    const street1 = displayCaseAddress(this.required(row, SLOT.street1, notes));
    const street2 = displayCaseAddress(this.field(row, SLOT.street2, notes)) || null;
    const city = displayCaseAddress(this.required(row, SLOT.city, notes));
    const state = this.required(row, SLOT.state, notes).toUpperCase();
    if (!/^[A-Z]{2}$/.test(state)) throw new RowProblem(`practice state "${state}" is not a two-letter code`);
    const postal = this.required(row, SLOT.postalCode, notes);
    const zip = parseZip(postal);
    if (!zip) throw new RowProblem(`practice ZIP "${postal}" is not 5 or 9 digits`);
    const centroid = lookupZip(zip.zip);

    // Stored as lastConfirmedAt: NPPES "Last Update Date" is when the provider last updated (or, at
    // revalidation, confirmed) the registry record, which is what "last confirmed" means for a listing
    // nobody has claimed yet.
    let lastUpdate: string | null = null;
    if (row.length(SLOT.lastUpdate) > 0) {
      const d = parseDate(row.text(SLOT.lastUpdate));
      if (d === null)
        throw new RowProblem(`Last Update Date "${row.text(SLOT.lastUpdate)}" is not MM/DD/YYYY`);
      lastUpdate = isoDate(d);
    }

    const taxonomyCodes: string[] = [];
    for (let k = 0; k < TAXONOMY_SLOTS; k++) {
      const code = row
        .text(SLOT.taxonomy + k)
        .trim()
        .toUpperCase();
      if (code !== "" && !taxonomyCodes.includes(code)) taxonomyCodes.push(code);
    }
    const chosenCode = row.text(SLOT.taxonomy + chosen).toUpperCase();

    // Individuals have no practice name in NPPES: name the practice after the provider rather than
    // invent one (an "other organization name", when a record has one, is the provider's own).
    const otherName = displayCaseAddress(this.field(row, SLOT.otherOrganizationName, notes));
    const practiceName =
      otherName || `Practice of ${displayName({ firstName, lastName, suffix, credential })}`;

    return {
      line: row.line,
      npi,
      firstName,
      middleName,
      lastName,
      suffix,
      credential,
      gender,
      taxonomyCodes,
      registeredSpecialty: this.taxonomies.get(chosenCode) ?? chosenCode,
      lastUpdate,
      practiceName,
      street1,
      street2,
      city,
      state,
      zip: zip.zip,
      zip4: zip.zip4,
      phone: formatPhone(this.field(row, SLOT.phone, notes)),
      latitude: centroid?.lat ?? null,
      longitude: centroid?.lng ?? null,
    };
  }
}
