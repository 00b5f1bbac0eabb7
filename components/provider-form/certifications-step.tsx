"use client";

import { Board, Specialty } from "@/lib/generated/prisma/enums";
import { BOARD_NAMES, SPECIALTY_NAMES } from "@/lib/providers/format";
import { emptyCertification } from "@/lib/validation/provider-form";
import { SUBMISSION_LIMITS } from "@/lib/validation/provider-submission";
import { SelectField, TextField } from "./fields";
import styles from "./provider-form.module.css";
import type { TStepProps } from "./step-props";
import { useRowList } from "./use-row-list";

const BOARD_OPTIONS = Object.values(Board).map((b) => ({
  value: b,
  label: b === "OTHER" ? "Another board" : `${BOARD_NAMES[b]} (${b})`,
}));
const SPECIALTY_OPTIONS = Object.values(Specialty).map((s) => ({ value: s, label: SPECIALTY_NAMES[s] }));

export function CertificationsStep({ form, errors, update, clearErrors }: TStepProps) {
  const { set, add, remove } = useRowList(
    "certifications",
    { empty: emptyCertification, firstField: "board", addButtonId: "add-certification" },
    { form, update, clearErrors },
  );
  return (
    <>
      <p className="muted">
        Board certification is voluntary and separate from a state licence. A moderator checks each
        certification with the board before it shows as verified; until then your profile marks it as
        self-reported. Fellowship training (such as movement disorders) is not a board certificate: add it
        under experience.
      </p>
      {form.certifications.length === 0 ? (
        <p>No board certifications added. You can continue without one.</p>
      ) : null}
      {form.certifications.map((c, n) => {
        const p = (key: string) => `certifications.${n}.${key}`;
        return (
          <fieldset key={n} className={styles.block}>
            <legend>Certification {n + 1}</legend>
            <SelectField
              path={p("board")}
              label="Certifying board"
              placeholder="Choose…"
              options={BOARD_OPTIONS}
              errors={errors}
              value={c.board}
              onChange={set(n, "board")}
            />
            {c.board === "OTHER" ? (
              <TextField
                path={p("boardName")}
                label="Name of the board"
                errors={errors}
                value={c.boardName}
                onChange={set(n, "boardName")}
              />
            ) : null}
            <div className={styles.grid}>
              <SelectField
                path={p("specialty")}
                label="Specialty"
                placeholder="Choose…"
                options={SPECIALTY_OPTIONS}
                errors={errors}
                value={c.specialty}
                onChange={set(n, "specialty")}
              />
              <SelectField
                path={p("subspecialty")}
                label="Subspecialty"
                optional
                placeholder="None"
                options={SPECIALTY_OPTIONS}
                errors={errors}
                value={c.subspecialty}
                onChange={set(n, "subspecialty")}
              />
              <TextField
                path={p("year")}
                label="Year certified"
                inputMode="numeric"
                width="short"
                errors={errors}
                value={c.year}
                onChange={set(n, "year")}
              />
            </div>
            <button type="button" className="button button--secondary" onClick={() => remove(n)}>
              Remove certification {n + 1}
            </button>
          </fieldset>
        );
      })}
      {form.certifications.length < SUBMISSION_LIMITS.certifications ? (
        <button id="add-certification" type="button" className="button button--secondary" onClick={add}>
          Add a board certification
        </button>
      ) : (
        <p id="add-certification" tabIndex={-1} className="muted">
          You can list up to {SUBMISSION_LIMITS.certifications} certifications.
        </p>
      )}
    </>
  );
}
