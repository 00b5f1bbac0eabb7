"use client";

import { US_STATES } from "@/lib/geo/states";
import { emptyLocation, type TLocationForm } from "@/lib/validation/provider-form";
import { SUBMISSION_LIMITS } from "@/lib/validation/provider-submission";
import { SelectField, TextField } from "./fields";
import styles from "./provider-form.module.css";
import type { TStepProps } from "./step-props";
import { useRowList } from "./use-row-list";

const STATE_OPTIONS = Object.entries(US_STATES)
  .map(([value, name]) => ({ value, label: name }))
  .sort((a, b) => a.label.localeCompare(b.label));

type TTextKey = Exclude<
  keyof TLocationForm,
  "acceptingNewPatients" | "inPersonConsults" | "telehealthConsults" | "referralRequired"
>;

export function LocationsStep({ form, errors, update, clearErrors }: TStepProps) {
  const { set: setField, add, remove } = useRowList(
    "locations",
    { empty: emptyLocation, firstField: "practiceName", addButtonId: "add-location" },
    { form, update, clearErrors },
  );
  const set = (n: number, key: TTextKey) => setField(n, key);
  return (
    <>
      <p className="muted">
        Where patients can see you. We place each practice on the map by its ZIP code, so patients nearby find
        you; the exact street address is shown on your profile.
      </p>
      {form.locations.map((l, n) => {
        const p = (key: string) => `locations.${n}.${key}`;
        return (
          <fieldset key={n} className={styles.block}>
            <legend>Location {n + 1}</legend>
            <TextField
              path={p("practiceName")}
              label="Practice name"
              errors={errors}
              value={l.practiceName}
              onChange={set(n, "practiceName")}
              autoComplete="organization"
            />
            <TextField
              path={p("street1")}
              label="Street address"
              errors={errors}
              value={l.street1}
              onChange={set(n, "street1")}
              autoComplete="address-line1"
            />
            <TextField
              path={p("street2")}
              label="Suite, floor or building"
              optional
              errors={errors}
              value={l.street2}
              onChange={set(n, "street2")}
              autoComplete="address-line2"
            />
            <div className={styles.grid}>
              <TextField
                path={p("city")}
                label="City"
                errors={errors}
                value={l.city}
                onChange={set(n, "city")}
                autoComplete="address-level2"
              />
              <SelectField
                path={p("state")}
                label="State"
                placeholder="Choose…"
                options={STATE_OPTIONS}
                errors={errors}
                value={l.state}
                onChange={set(n, "state")}
              />
              <TextField
                path={p("zip")}
                label="ZIP code"
                errors={errors}
                value={l.zip}
                onChange={set(n, "zip")}
                inputMode="numeric"
                autoComplete="postal-code"
              />
              <TextField
                path={p("phone")}
                label="Phone, with area code"
                type="tel"
                errors={errors}
                value={l.phone}
                onChange={set(n, "phone")}
                autoComplete="tel-national"
              />
            </div>
            {form.locations.length > 1 ? (
              <button type="button" className="button button--secondary" onClick={() => remove(n)}>
                Remove location {n + 1}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {form.locations.length < SUBMISSION_LIMITS.locations ? (
        <button id="add-location" type="button" className="button button--secondary" onClick={add}>
          Add another location
        </button>
      ) : (
        <p id="add-location" tabIndex={-1} className="muted">
          You can list up to {SUBMISSION_LIMITS.locations} locations.
        </p>
      )}
    </>
  );
}
