// The provider form's draft, kept in the browser tab (sessionStorage) so a reload or Back keeps
// the answers (issue 18). It never leaves the browser and is removed once the form is sent. What
// is read back was written by this code, but storage can be edited or left over from an older
// version: it is parsed into the form's shape, and anything odd drops the draft rather than the page.
import { Board, Gender, Guidance, Specialty, ToxinProduct } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { INSURANCE_SLUGS } from "@/lib/providers/insurance";
import { LANGUAGE_CODES } from "@/lib/providers/languages";
import type { TProviderForm } from "./provider-form";
import { SUBMISSION_LIMITS } from "./provider-submission";

/** Bump when TProviderForm changes shape: older drafts are then dropped, not misread. */
export const DRAFT_VERSION = 1;
/** The key of a new profile's draft (the only form that keeps one: an edit starts from the profile). */
export const NEW_PROVIDER_DRAFT_KEY = "ncf:provider-form:new";

const text = (max = 5000) => z.string().max(max);
const orEmpty = <T extends Record<string, string>>(e: T) => z.union([z.enum(e), z.literal("")]);

const ZDraftForm = z.object({
  identity: z.object({
    npi: text(40),
    firstName: text(),
    middleName: text(),
    lastName: text(),
    suffix: text(),
    credential: text(),
    languages: z.array(z.enum(LANGUAGE_CODES)).max(200),
    languagesOther: text(),
    gender: orEmpty(Gender),
    bio: text(10_000),
    contactEmail: text(),
  }),
  locations: z
    .array(
      z.object({
        practiceName: text(),
        street1: text(),
        street2: text(),
        city: text(),
        state: text(),
        zip: text(),
        phone: text(),
        acceptingNewPatients: z.boolean(),
        inPersonConsults: z.boolean(),
        telehealthConsults: z.boolean(),
        referralRequired: z.boolean(),
      }),
    )
    .max(SUBMISSION_LIMITS.locations),
  certifications: z
    .array(
      z.object({
        board: orEmpty(Board),
        boardName: text(),
        specialty: orEmpty(Specialty),
        subspecialty: orEmpty(Specialty),
        year: text(),
      }),
    )
    .max(50),
  experience: z.object({
    yearsInjecting: text(),
    yearlyNeckProcedures: text(),
    cervicalDystoniaFocus: z.boolean(),
    guidance: z.array(z.enum(Guidance)).max(10),
    products: z.array(z.enum(ToxinProduct)).max(10),
    fellowship: text(),
  }),
  insurancePlans: z.array(z.enum(INSURANCE_SLUGS)).max(50),
  attestation: z.boolean(),
});

const ZDraft = z.object({ version: z.literal(DRAFT_VERSION), form: ZDraftForm });

export function serializeDraft(form: TProviderForm): string {
  return JSON.stringify({ version: DRAFT_VERSION, form });
}

/** The stored draft as form values, or null when there is none or it is not one this version wrote. */
export function parseDraft(stored: string | null): TProviderForm | null {
  if (!stored) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = ZDraft.safeParse(raw);
  // The attestation is given anew on each submission, never restored.
  return parsed.success ? ({ ...parsed.data.form, attestation: false } as TProviderForm) : null;
}

/** "?step=3" -> 2 (an index into SUBMISSION_STEPS); anything else -> 0. */
export function stepIndexOf(param: string | null, steps: number): number {
  if (!param || !/^[1-9]\d?$/.test(param)) return 0;
  const n = Number(param);
  return n >= 1 && n <= steps ? n - 1 : 0;
}

/** The confirmation page's cookie: the address the submission's e-mail went to (set by the action). */
export const SENT_TO_COOKIE = "ncf_submission_sent_to";
export const SENT_TO_PATH = "/providers/new/submitted";
