import { fieldErrors } from "@/lib/forms";
import {
  SUBMISSION_STEPS,
  ZSubmissionSteps,
  type TProviderForm,
  type TSubmissionStep,
} from "@/lib/validation/provider-form";

export type TErrors = Record<string, string>;

export const STEP_TITLES: Record<TSubmissionStep, string> = {
  identity: "Identity and NPI",
  locations: "Practice locations",
  certifications: "Board certifications",
  experience: "Neck injection experience",
  consultation: "Consultation options",
  review: "Review and attest",
};

/** The id of the input that shows the error of `path` ("locations.0.zip" -> "f-locations-0-zip"). */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, "-")}`;
}

const CONSULT_FIELDS = new Set([
  "acceptingNewPatients",
  "inPersonConsults",
  "telehealthConsults",
  "referralRequired",
]);

/** Which step edits the field of an error path (server errors come back for the whole payload). */
export function stepOfPath(path: string): TSubmissionStep {
  const [head, index, field] = path.split(".");
  if (head === "identity") return "identity";
  if (head === "locations")
    return index !== undefined && field && CONSULT_FIELDS.has(field) ? "consultation" : "locations";
  if (head === "certifications") return "certifications";
  if (head === "experience") return "experience";
  if (head === "insurancePlans") return "consultation";
  return "review";
}

/** The errors of one step, checked by the part of ZProviderSubmission that step edits. */
export function validateStep(step: TSubmissionStep, form: TProviderForm): TErrors {
  const parsed = ZSubmissionSteps[step].safeParse(form);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

/** The first step with an error, so the form can open it. */
export function firstStepWithError(errors: TErrors): TSubmissionStep | undefined {
  const steps = new Set(Object.keys(errors).map(stepOfPath));
  return SUBMISSION_STEPS.find((s) => steps.has(s));
}

/** "Location 2: " for an error of a repeated block, so the summary says which one. */
export function errorContext(path: string): string {
  const [head, index] = path.split(".");
  if (index === undefined || !/^\d+$/.test(index)) return "";
  if (head === "locations") return `Location ${Number(index) + 1}: `;
  if (head === "certifications") return `Certification ${Number(index) + 1}: `;
  return "";
}
