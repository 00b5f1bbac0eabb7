import { z } from "zod";
import { US_STATES } from "@/lib/geo/states";
import { Board, Gender, Guidance, Specialty, ToxinProduct } from "@/lib/generated/prisma/enums";
import { NPI_MESSAGES, npiProblem } from "@/lib/npi";
import { INSURANCE_PLANS, INSURANCE_SLUGS } from "@/lib/providers/insurance";
import { foldText, LANGUAGE_CODES, normaliseLanguages } from "@/lib/providers/languages";

// One schema for a provider's profile as submitted: the multi-step form checks each step with it,
// the server action re-checks the whole payload, and the data layer reads stored payloads back
// through it. Parsing is idempotent (the output is valid input), so a stored payload parses again.

export const SUBMISSION_LIMITS = {
  locations: 5,
  certifications: 6,
  bio: 1500,
  credential: 20,
  /** Languages typed in "Other languages" (the list's own are ticked, without a limit). */
  otherLanguages: 10,
  otherLanguageLength: 40,
} as const;
export const FIRST_CERT_YEAR = 1950;

// Control characters (other than line breaks and tabs) are never wanted, and PostgreSQL refuses NUL.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function cleanText(v: unknown, multiline: boolean): unknown {
  if (typeof v !== "string") return v;
  const s = v.replace(/\r\n?/g, "\n").replace(CONTROL, "");
  return (multiline ? s : s.replace(/\s+/g, " ")).trim();
}

function requiredText(what: string, max: number, multiline = false) {
  return z.preprocess(
    (v) => cleanText(v ?? "", multiline),
    z.string().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters or fewer.`),
  );
}

function optionalText(what: string, max: number, multiline = false) {
  return z.preprocess(
    (v) => {
      const s = cleanText(v ?? "", multiline);
      return s === "" ? undefined : s;
    },
    z.string().max(max, `Keep ${what} to ${max} characters or fewer.`).optional(),
  );
}

/** Digits only ("" when empty, NaN when not a whole number), so the messages can tell them apart. */
function wholeNumber(what: string, min: number, max: () => number) {
  return z
    .preprocess(
      (v) => {
        if (typeof v !== "string") return v;
        const t = v.trim();
        if (t === "") return undefined;
        return /^\d{1,9}$/.test(t) ? Number(t) : Number.NaN;
      },
      z
        .number({
          error: (iss) =>
            iss.input === undefined ? `Enter ${what}.` : `Enter ${what} as a whole number, e.g. 12.`,
        })
        .int(`Enter ${what} as a whole number, e.g. 12.`),
    )
    .superRefine((n, ctx) => {
      if (n < min || n > max())
        ctx.addIssue({ code: "custom", message: `Enter ${what} between ${min} and ${max()}.` });
    });
}

function enumList<T extends string>(values: readonly T[], max: number, tooMany: string) {
  return z
    .array(z.enum(values as [T, ...T[]]))
    .max(max, tooMany)
    .transform((list) => [...new Set(list)]);
}

export const ZNpi = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : (v ?? "")),
  z.string().superRefine((npi, ctx) => {
    if (npi === "") return void ctx.addIssue({ code: "custom", message: "Enter your 10-digit NPI." });
    const problem = npiProblem(npi);
    if (problem) ctx.addIssue({ code: "custom", message: NPI_MESSAGES[problem] });
  }),
);

export const ZEmail = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : (v ?? "")),
  z
    .email("Enter an e-mail address, e.g. office@example.org.")
    .max(254, "Keep the e-mail address to 254 characters or fewer."),
);

/** Keeps the order of `order`, so equal choices compare (and diff) equal however they were ticked. */
function inListOrder<T extends string>(order: readonly T[]) {
  const rank = new Map(order.map((v, i) => [v, i]));
  return (list: T[]): T[] => [...new Set(list)].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/** Languages ticked in the list: ISO 639-1 codes of lib/providers/languages.ts, nothing else. */
export const ZLanguageCodes = z
  .array(z.enum(LANGUAGE_CODES, "Choose languages from the list, or type others under “Other languages”."))
  .max(LANGUAGE_CODES.length)
  .transform(inListOrder(LANGUAGE_CODES));

/** "Other languages" as typed: comma-separated text (or a list), trimmed, without repeats. */
export const ZOtherLanguages = z.preprocess(
  (v) => {
    const list = typeof v === "string" ? v.split(",") : Array.isArray(v) ? v : [];
    const seen = new Set<string>();
    const out: string[] = [];
    for (const item of list) {
      const s = String(cleanText(item, false));
      if (!s || seen.has(foldText(s))) continue;
      seen.add(foldText(s));
      out.push(s);
    }
    return out;
  },
  z
    .array(
      z
        .string()
        .max(
          SUBMISSION_LIMITS.otherLanguageLength,
          `Keep each language to ${SUBMISSION_LIMITS.otherLanguageLength} characters or fewer.`,
        ),
    )
    .max(
      SUBMISSION_LIMITS.otherLanguages,
      `List at most ${SUBMISSION_LIMITS.otherLanguages} other languages.`,
    ),
);

/** Not stated ("" from the form's "Prefer not to say", or nothing) is undefined: never guessed. */
export const ZGender = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.enum(Gender, "Choose Female, Male or Prefer not to say.").optional(),
);

/** Plans the practice reports accepting: slugs of lib/providers/insurance.ts, in list order. */
export const ZInsurancePlans = z
  .array(z.enum(INSURANCE_SLUGS, "Choose plans from the list."))
  .max(INSURANCE_PLANS.length)
  .transform(inListOrder(INSURANCE_SLUGS));

export const ZIdentity = z
  .object({
    npi: ZNpi,
    firstName: requiredText("your first name", 60),
    middleName: optionalText("the middle name", 60),
    lastName: requiredText("your last name", 60),
    suffix: optionalText("the suffix", 10),
    credential: requiredText("your credential (e.g. MD or DO)", SUBMISSION_LIMITS.credential),
    languages: ZLanguageCodes,
    languagesOther: ZOtherLanguages,
    gender: ZGender,
    bio: optionalText("the introduction", SUBMISSION_LIMITS.bio, true),
    contactEmail: ZEmail,
  })
  // A language typed under "Other languages" that the list knows ("Español", "Mandarin") is stored as
  // its code, so search finds it; the rest is kept as written. The output parses to itself.
  .transform((i) => {
    const typed = normaliseLanguages(i.languagesOther);
    return {
      ...i,
      languages: inListOrder(LANGUAGE_CODES)([...i.languages, ...typed.codes]),
      languagesOther: typed.other,
    };
  });

export const ZState = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : (v ?? "")),
  z.string().refine((s) => Object.hasOwn(US_STATES, s), "Choose the state."),
);

/** For a well-formed ZIP that the ZIP table does not know (lib/geo/zip-table.ts). */
export const unknownZipMessage = (zip: string) => `We don't know ZIP ${zip.slice(0, 5)}; check it.`;

/** 5 digits or ZIP+4, normalised to "12345" or "12345-6789". */
export const ZZip = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : (v ?? "")),
  z
    .string()
    .regex(/^\d{5}(?:[- ]?\d{4})?$/, "Enter a 5-digit ZIP code, or ZIP+4 such as 02115-1234.")
    .transform((z5) => (z5.length > 5 ? `${z5.slice(0, 5)}-${z5.slice(-4)}` : z5)),
);

/** A US number (NANP: area code and exchange never start with 0 or 1), formatted "(617) 555-0100". */
export const ZPhone = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v ?? "";
    const digits = v.replace(/\D/g, "");
    return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  },
  z
    .string()
    .min(1, "Enter the practice phone number.")
    .regex(/^[2-9]\d{2}[2-9]\d{6}$/, "Enter a US phone number with area code, e.g. (617) 555-0100.")
    .transform((d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`),
);

export const ZLocationAddress = z.object({
  practiceName: requiredText("the practice name", 120),
  street1: requiredText("the street address", 120),
  street2: optionalText("the second address line", 120),
  city: requiredText("the city", 60),
  state: ZState,
  zip: ZZip,
  phone: ZPhone,
});

const consultShape = {
  acceptingNewPatients: z.boolean(),
  inPersonConsults: z.boolean(),
  telehealthConsults: z.boolean(),
  referralRequired: z.boolean(),
};
const offersConsults = (l: { inPersonConsults: boolean; telehealthConsults: boolean }) =>
  l.inPersonConsults || l.telehealthConsults;
const offersConsultsError = {
  message: "Offer in-person or telehealth consultations here (or both).",
  path: ["inPersonConsults"],
};

/** The consultation options of one location (their own form step). */
export const ZConsultOptions = z.object(consultShape).refine(offersConsults, offersConsultsError);
export const ZLocation = ZLocationAddress.extend(consultShape).refine(offersConsults, offersConsultsError);

export const ZCertification = z
  .object({
    board: z.enum(Board, "Choose the certifying board."),
    boardName: optionalText("the board name", 120),
    specialty: z.enum(Specialty, "Choose the specialty."),
    subspecialty: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.enum(Specialty, "Choose a subspecialty from the list.").optional(),
    ),
    year: wholeNumber("the year of certification", FIRST_CERT_YEAR, () => new Date().getUTCFullYear()),
  })
  .superRefine((c, ctx) => {
    if (c.board === "OTHER" && !c.boardName)
      ctx.addIssue({ code: "custom", path: ["boardName"], message: "Enter the name of the board." });
    if (c.subspecialty && c.subspecialty === c.specialty)
      ctx.addIssue({
        code: "custom",
        path: ["subspecialty"],
        message: "The subspecialty is the same as the specialty: leave it empty.",
      });
  })
  // A board name only means something for "Other"; dropping it keeps diffs and approvals exact.
  .transform((c) => (c.board === "OTHER" ? c : { ...c, boardName: undefined }));

/** The fields that identify a certification: unchanged ones keep their verification on an edit. */
export function certificationKey(c: TCertification): string {
  return [
    c.board,
    c.board === "OTHER" ? (c.boardName ?? "").toLowerCase() : "",
    c.specialty,
    c.subspecialty ?? "",
    c.year,
  ].join("|");
}

export const ZCertifications = z
  .array(ZCertification)
  .max(SUBMISSION_LIMITS.certifications, `List at most ${SUBMISSION_LIMITS.certifications} certifications.`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      const key = certificationKey(c);
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: [i, "board"],
          message: "This certification is listed twice: remove one.",
        });
      seen.add(key);
    });
  });

export const ZExperience = z.object({
  yearsInjecting: wholeNumber("the years you have injected the neck", 0, () => 60),
  yearlyNeckProcedures: wholeNumber("the neck procedures a year", 0, () => 5000),
  cervicalDystoniaFocus: z.boolean(),
  guidance: enumList(Object.values(Guidance), 3, "Choose at most three.")
    .refine((g) => g.length > 0, "Choose EMG, ultrasound, or neither.")
    .refine(
      (g) => !(g.includes("NONE") && g.length > 1),
      "“Neither” cannot be combined with EMG or ultrasound.",
    ),
  products: enumList(Object.values(ToxinProduct), 5, "Choose at most five products."),
  fellowship: optionalText("the fellowship", 200),
});

export const ZProviderSubmission = z.object({
  identity: ZIdentity,
  locations: z
    .array(ZLocation)
    .min(1, "Add at least one practice location.")
    .max(SUBMISSION_LIMITS.locations, `List at most ${SUBMISSION_LIMITS.locations} practice locations.`),
  certifications: ZCertifications,
  experience: ZExperience,
  insurancePlans: ZInsurancePlans,
  attestation: z.literal(true, "Tick the box to attest that this information is true."),
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A payload stored before issue 13 in the current shape: languages were free text (a string or a
 * list of names) and there were no other languages, gender or insurance plans. Known names become
 * codes, the rest other languages, as migration 20261203090000_search_filters did for profiles.
 * Current payloads (they always have `identity.languagesOther`) pass through unchanged.
 */
export function upgradeStoredPayload(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let out = raw;
  const identity = raw.identity;
  if (isRecord(identity) && !("languagesOther" in identity)) {
    const texts =
      typeof identity.languages === "string"
        ? identity.languages.split(",")
        : Array.isArray(identity.languages)
          ? identity.languages.map(String)
          : [];
    const { codes, other } = normaliseLanguages(texts);
    out = { ...out, identity: { ...identity, languages: codes, languagesOther: other } };
  }
  if (!("insurancePlans" in out)) out = { ...out, insurancePlans: [] };
  return out;
}

/** A payload read back from the database: the same strict schema, after upgrading older shapes. */
export const ZStoredSubmission = z.preprocess(upgradeStoredPayload, ZProviderSubmission);

export type TProviderSubmission = z.output<typeof ZProviderSubmission>;
export type TIdentity = z.output<typeof ZIdentity>;
export type TLocation = z.output<typeof ZLocation>;
export type TCertification = z.output<typeof ZCertification>;
export type TExperience = z.output<typeof ZExperience>;
