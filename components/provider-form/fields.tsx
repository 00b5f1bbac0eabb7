"use client";

import type { ReactNode } from "react";
import { fieldId, type TErrors } from "./form-steps";
import styles from "./provider-form.module.css";

// Inputs that wire label, hint and error together (aria-describedby, aria-invalid). Every field is
// addressed by its path in the payload ("locations.0.zip"), the same key as its error.

type TBase = { path: string; label: string; hint?: ReactNode; errors: TErrors; optional?: boolean };

function describedBy(id: string, hint: boolean, error: boolean, extra?: string): string | undefined {
  return (
    [hint ? `${id}-hint` : "", error ? `${id}-error` : "", extra ?? ""].filter(Boolean).join(" ") || undefined
  );
}

function Label({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {optional ? <span className={styles.optional}> (optional)</span> : null}
    </label>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  ) : null;
}

type TTextProps = TBase & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  readOnly?: boolean;
  width?: "short" | "medium";
  multiline?: boolean;
  max?: number;
};

export function TextField(p: TTextProps) {
  const id = fieldId(p.path);
  const error = p.errors[p.path];
  const counter = p.max !== undefined ? `${id}-count` : undefined;
  const common = {
    id,
    value: p.value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(p.hint), Boolean(error), counter),
  } as const;
  return (
    <div className={`field ${p.width ? styles[p.width] : ""}`}>
      <Label id={id} label={p.label} optional={p.optional} />
      {p.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {p.hint}
        </p>
      ) : null}
      {p.multiline ? (
        <textarea {...common} rows={6} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? "text"}
          autoComplete={p.autoComplete ?? "off"}
          inputMode={p.inputMode}
          readOnly={p.readOnly}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
      {counter && p.max !== undefined ? (
        <p id={counter} className={`field-hint ${p.value.length > p.max ? styles.over : ""}`}>
          {p.value.length} of {p.max} characters
        </p>
      ) : null}
      <FieldError id={id} message={error} />
    </div>
  );
}

type TSelectProps = TBase & {
  value: string;
  onChange: (value: string) => void;
  options: Array<{ value: string; label: string }>;
  placeholder: string;
};

export function SelectField(p: TSelectProps) {
  const id = fieldId(p.path);
  const error = p.errors[p.path];
  return (
    <div className="field">
      <Label id={id} label={p.label} optional={p.optional} />
      {p.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {p.hint}
        </p>
      ) : null}
      <select
        id={id}
        value={p.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(p.hint), Boolean(error))}
        onChange={(e) => p.onChange(e.target.value)}
      >
        <option value="">{p.placeholder}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} message={error} />
    </div>
  );
}

type TCheckboxProps = {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
  invalid?: boolean;
};

export function Checkbox(p: TCheckboxProps) {
  return (
    <div className={styles.check}>
      <input
        id={p.id}
        type="checkbox"
        checked={p.checked}
        aria-invalid={p.invalid ? true : undefined}
        aria-describedby={p.describedBy}
        onChange={(e) => p.onChange(e.target.checked)}
      />
      <label htmlFor={p.id}>{p.label}</label>
    </div>
  );
}

type TGroupProps<T extends string> = TBase & {
  options: Array<{ value: T; label: string }>;
  value: T[];
  onChange: (value: T[]) => void;
};

/** Checkboxes in a fieldset; the first box carries the group's id, so an error link lands on it. */
export function CheckboxGroup<T extends string>(p: TGroupProps<T>) {
  const id = fieldId(p.path);
  const error = p.errors[p.path];
  return (
    <fieldset className={styles.group} aria-describedby={describedBy(id, Boolean(p.hint), Boolean(error))}>
      <legend>
        {p.label}
        {p.optional ? <span className={styles.optional}> (optional)</span> : null}
      </legend>
      {p.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {p.hint}
        </p>
      ) : null}
      <FieldError id={id} message={error} />
      {p.options.map((o, i) => (
        <Checkbox
          key={o.value}
          id={i === 0 ? id : `${id}-${o.value}`}
          label={o.label}
          invalid={Boolean(error)}
          checked={p.value.includes(o.value)}
          onChange={(on) => p.onChange(on ? [...p.value, o.value] : p.value.filter((v) => v !== o.value))}
        />
      ))}
    </fieldset>
  );
}

type TRadioProps<T extends string> = TBase & {
  options: Array<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
};

/** Radio buttons in a fieldset; the first carries the group's id, so an error link lands on it. */
export function RadioGroup<T extends string>(p: TRadioProps<T>) {
  const id = fieldId(p.path);
  const error = p.errors[p.path];
  return (
    <fieldset className={styles.group} aria-describedby={describedBy(id, Boolean(p.hint), Boolean(error))}>
      <legend>
        {p.label}
        {p.optional ? <span className={styles.optional}> (optional)</span> : null}
      </legend>
      {p.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {p.hint}
        </p>
      ) : null}
      <FieldError id={id} message={error} />
      {p.options.map((o, i) => (
        <div key={o.value} className={styles.check}>
          <input
            id={i === 0 ? id : `${id}-${o.value || "none"}`}
            type="radio"
            name={id}
            value={o.value}
            checked={p.value === o.value}
            onChange={() => p.onChange(o.value)}
          />
          <label htmlFor={i === 0 ? id : `${id}-${o.value || "none"}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
