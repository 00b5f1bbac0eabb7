import type { Board, Guidance, Specialty, ToxinProduct } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import {
  SUBMISSION_LIMITS,
  ZCertifications,
  ZConsultOptions,
  ZExperience,
  ZIdentity,
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
  consultation: z.object({ locations: z.array(ZConsultOptions) }),
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
  languages: string;
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
      languages: "",
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
      languages: i.languages.join(", "),
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
    attestation: p.attestation,
  };
}
