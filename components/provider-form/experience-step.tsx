"use client";

import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import type { Guidance, ToxinProduct } from "@/lib/generated/prisma/enums";
import type { TExperienceForm } from "@/lib/validation/provider-form";
import { Checkbox, CheckboxGroup, TextField } from "./fields";
import { fieldId } from "./form-steps";
import type { TStepProps } from "./step-props";

const GUIDANCE_OPTIONS: Array<{ value: Guidance; label: string }> = [
  { value: "EMG", label: "EMG (electromyography)" },
  { value: "ULTRASOUND", label: "Ultrasound" },
  { value: "NONE", label: "Neither: anatomical landmarks only" },
];

const PRODUCT_OPTIONS = FDA_APPROVED_PRODUCTS.map((p) => ({
  value: p.product as ToxinProduct,
  label: `${p.brand} (${p.generic})`,
}));

export function ExperienceStep({ form, errors, update }: TStepProps) {
  const e = form.experience;
  const set =
    <K extends keyof TExperienceForm>(key: K) =>
    (value: TExperienceForm[K]) =>
      update((f) => ({ ...f, experience: { ...f.experience, [key]: value } }));
  return (
    <>
      <p className="muted">Patients see these numbers labelled as self-reported.</p>
      <TextField
        path="experience.yearsInjecting"
        label="Years injecting botulinum toxin in the neck"
        hint="0 to 60"
        inputMode="numeric"
        width="short"
        errors={errors}
        value={e.yearsInjecting}
        onChange={set("yearsInjecting")}
      />
      <TextField
        path="experience.yearlyNeckProcedures"
        label="Neck (cervical) toxin procedures a year"
        hint="About how many, 0 to 5000"
        inputMode="numeric"
        width="short"
        errors={errors}
        value={e.yearlyNeckProcedures}
        onChange={set("yearlyNeckProcedures")}
      />
      <Checkbox
        id={fieldId("experience.cervicalDystoniaFocus")}
        label="A large part of my practice is treating cervical dystonia"
        checked={e.cervicalDystoniaFocus}
        onChange={set("cervicalDystoniaFocus")}
      />
      <CheckboxGroup
        path="experience.guidance"
        label="How do you guide neck injections?"
        hint="Choose all that you use."
        options={GUIDANCE_OPTIONS}
        errors={errors}
        value={e.guidance}
        onChange={set("guidance")}
      />
      <CheckboxGroup
        path="experience.products"
        label="Products you inject"
        hint="The FDA-approved toxins for cervical dystonia. Their units are not interchangeable."
        optional
        options={PRODUCT_OPTIONS}
        errors={errors}
        value={e.products}
        onChange={set("products")}
      />
      <TextField
        path="experience.fellowship"
        label="Fellowship training"
        hint="e.g. Movement disorders fellowship, Johns Hopkins, 2012"
        optional
        errors={errors}
        value={e.fellowship}
        onChange={set("fellowship")}
      />
    </>
  );
}
