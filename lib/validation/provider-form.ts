import type { Board, Gender, Guidance, Specialty, ToxinProduct } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { INSURANCE_SLUGS, type TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_CODES, normaliseLanguages, type TLanguageCode } from "@/lib/providers/languages";
import {
  SUBMISSION_LIMITS,
  ZCertifications,
  ZConsultOptions,
  ZExperience,
  ZIdentity,
  ZInsurancePlans,
  ZLocationAddress,
  ZProviderSubmission,
  type TProviderSubmission,
} from "./provider-submission";

// Steps of the form, each checked by the part of ZProviderSubmission that it edits (same paths, so an
// error from the server lands on the same field as the client's).
export const SUBMISSION_STEPS = [
  "identity",
  "locations",
  "certifications",
  "experience",
  "consultation",
  "review",
] as const;
export type TSubmissionStep = (typeof SUBMISSION_STEPS)[number];

export const ZSubmissionSteps = {
  identity: z.object({ identity: ZIdentity }),
  locations: z.object({
    locations: z
      .array(ZLocationAddress)
      .min(1, "Add at least one practice location.")
      .max(SUBMISSION_LIMITS.locations),
  }),
  certifications: z.object({ certifications: ZCertifications }),
  experience: z.object({ experience: ZExperience }),
  consultation: z.object({ locations: z.array(ZConsultOptions), insurancePlans: ZInsurancePlans }),
  review: ZProviderSubmission,
} satisfies Record<TSubmissionStep, z.ZodType>;

// What the form holds while it is edited: text as typed, booleans for boxes. It is valid input
// for the schema above.
export type TIdentityForm = {
  npi: string;
  firstName: string;
  middleName: string;
  lastName: string;
  suffix: string;
  credential: string;
  /** Ticked in the list. */
  languages: TLanguageCode[];
  /** "Other languages" as typed, comma separated. */
  languagesOther: string;
  /** "" is "Prefer not to say". */
  gender: Gender | "";
  bio: string;
  contactEmail: string;
};
export type TLocationForm = {
  practiceName: string;
  street1: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  acceptingNewPatients: boolean;
  inPersonConsults: boolean;
  telehealthConsults: boolean;
  referralRequired: boolean;
};
export type TCertificationForm = {
  board: Board | "";
  boardName: string;
  specialty: Specialty | "";
  subspecialty: Specialty | "";
  year: string;
};
export type TExperienceForm = {
  yearsInjecting: string;
  yearlyNeckProcedures: string;
  cervicalDystoniaFocus: boolean;
  guidance: Guidance[];
  products: ToxinProduct[];
  fellowship: string;
};
export type TProviderForm = {
  identity: TIdentityForm;
  locations: TLocationForm[];
  certifications: TCertificationForm[];
  experience: TExperienceForm;
  insurancePlans: TInsurancePlan[];
  attestation: boolean;
};

export function emptyLocation(): TLocationForm {
  return {
    practiceName: "",
    street1: "",
    street2: "",
    city: "",
    state: "",
    zip: "",
    phone: "",
    acceptingNewPatients: true,
    inPersonConsults: true,
    telehealthConsults: false,
    referralRequired: false,
  };
}

export function emptyCertification(): TCertificationForm {
  return { board: "", boardName: "", specialty: "", subspecialty: "", year: "" };
}

export function emptyProviderForm(contactEmail = ""): TProviderForm {
  return {
    identity: {
      npi: "",
      firstName: "",
      middleName: "",
      lastName: "",
      suffix: "",
      credential: "",
      languages: [],
      languagesOther: "",
      gender: "",
      bio: "",
      contactEmail,
    },
    locations: [emptyLocation()],
    certifications: [],
    experience: {
      yearsInjecting: "",
      yearlyNeckProcedures: "",
      cervicalDystoniaFocus: false,
      guidance: [],
      products: [],
      fellowship: "",
    },
    insurancePlans: [],
    attestation: false,
  };
}

/** A parsed payload back into form values (to edit it, or to compare it field by field). */
export function toProviderForm(p: TProviderSubmission): TProviderForm {
  const i = p.identity;
  return {
    identity: {
      npi: i.npi,
      firstName: i.firstName,
      middleName: i.middleName ?? "",
      lastName: i.lastName,
      suffix: i.suffix ?? "",
      credential: i.credential,
      languages: i.languages,
      languagesOther: i.languagesOther.join(", "),
      gender: i.gender ?? "",
      bio: i.bio ?? "",
      contactEmail: i.contactEmail,
    },
    locations: p.locations.map((l) => ({ ...l, street2: l.street2 ?? "" })),
    certifications: p.certifications.map((c) => ({
      board: c.board,
      boardName: c.boardName ?? "",
      specialty: c.specialty,
      subspecialty: c.subspecialty ?? "",
      year: String(c.year),
    })),
    experience: {
      ...p.experience,
      yearsInjecting: String(p.experience.yearsInjecting),
      yearlyNeckProcedures: String(p.experience.yearlyNeckProcedures),
      fellowship: p.experience.fellowship ?? "",
    },
    insurancePlans: p.insurancePlans,
    attestation: p.attestation,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Form values stored before issue 13 (a submission's `previous`: languages as one string, no other
 * languages, gender or plans) in the current shape, so an old edit still reads as a diff.
 */
export function upgradeStoredForm(raw: unknown): TProviderForm | null {
  if (!isRecord(raw) || !isRecord(raw.identity)) return null;
  const identity = raw.identity;
  const form = raw as unknown as TProviderForm;
  if ("languagesOther" in identity && Array.isArray(identity.languages)) {
    return { ...form, insurancePlans: Array.isArray(raw.insurancePlans) ? form.insurancePlans : [] };
  }
  const texts = typeof identity.languages === "string" ? identity.languages.split(",") : [];
  const { codes, other } = normaliseLanguages(texts);
  return {
    ...form,
    identity: { ...form.identity, languages: codes, languagesOther: other.join(", "), gender: "" },
    insurancePlans: [],
  };
}

/** Codes and slugs read from the database, kept to the lists the form offers. */
export const knownLanguageCodes = (codes: readonly string[]): TLanguageCode[] =>
  LANGUAGE_CODES.filter((c) => codes.includes(c));
export const knownInsurancePlans = (slugs: readonly string[]): TInsurancePlan[] =>
  INSURANCE_SLUGS.filter((s) => slugs.includes(s));
