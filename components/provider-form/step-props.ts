import type { TProviderForm } from "@/lib/validation/provider-form";
import type { TErrors } from "./form-steps";

export type TFormMode = "new" | "edit";

/** What every step gets: the whole form (steps share locations), its errors, and one way to change it. */
export type TStepProps = {
  form: TProviderForm;
  errors: TErrors;
  update: (change: (form: TProviderForm) => TProviderForm) => void;
  /** Drops the errors under a path, e.g. when a location is removed and the indexes shift. */
  clearErrors: (prefix: string) => void;
  mode: TFormMode;
  signedInEmail: string | null;
};
