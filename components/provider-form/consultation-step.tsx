"use client";

import { INSURANCE_PLANS, type TInsurancePlan } from "@/lib/providers/insurance";
import type { TLocationForm } from "@/lib/validation/provider-form";
import { Checkbox, CheckboxGroup, FieldError } from "./fields";
import { fieldId } from "./form-steps";
import styles from "./provider-form.module.css";
import type { TStepProps } from "./step-props";

type TConsultKey = "acceptingNewPatients" | "inPersonConsults" | "telehealthConsults" | "referralRequired";

const OPTIONS: Array<{ key: TConsultKey; label: string }> = [
  { key: "acceptingNewPatients", label: "Accepting new patients" },
  { key: "inPersonConsults", label: "In-person consultations" },
  { key: "telehealthConsults", label: "Telehealth (video) consultations" },
  { key: "referralRequired", label: "Patients need a referral from another physician" },
];

const PLAN_OPTIONS = INSURANCE_PLANS.map((p) => ({ value: p.slug as TInsurancePlan, label: p.name }));

export function ConsultationStep({ form, errors, update }: TStepProps) {
  const set = (n: number, key: TConsultKey) => (value: boolean) =>
    update((f) => ({ ...f, locations: f.locations.map((l, i) => (i === n ? { ...l, [key]: value } : l)) }));
  return (
    <>
      <p className="muted">
        Patients filter by these, so keep them current: a directory that says &ldquo;accepting new
        patients&rdquo; when it is not wastes their time.
      </p>
      {form.locations.map((l: TLocationForm, n) => {
        const errorPath = `locations.${n}.inPersonConsults`;
        const errorId = fieldId(errorPath);
        return (
          <fieldset
            key={n}
            className={styles.block}
            aria-describedby={errors[errorPath] ? `${errorId}-error` : undefined}
          >
            <legend>
              Location {n + 1}
              {l.practiceName.trim() ? `: ${l.practiceName.trim()}` : ""}
              {l.city.trim() ? `, ${l.city.trim()}` : ""}
            </legend>
            <FieldError id={errorId} message={errors[errorPath]} />
            {OPTIONS.map((o) => (
              <Checkbox
                key={o.key}
                id={fieldId(`locations.${n}.${o.key}`)}
                label={o.label}
                checked={l[o.key]}
                invalid={
                  Boolean(errors[errorPath]) &&
                  (o.key === "inPersonConsults" || o.key === "telehealthConsults")
                }
                onChange={set(n, o.key)}
              />
            ))}
          </fieldset>
        );
      })}
      <CheckboxGroup
        path="insurancePlans"
        label="Insurance plans the practice accepts"
        hint="Patients see these as reported by the practice, with the date you last confirmed them, and are told to confirm with their plan."
        optional
        options={PLAN_OPTIONS}
        errors={errors}
        value={form.insurancePlans}
        onChange={(insurancePlans) => update((f) => ({ ...f, insurancePlans }))}
      />
    </>
  );
}
