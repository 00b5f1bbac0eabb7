"use client";

/** A field's error, referenced by the field's aria-describedby. Renders nothing without an error. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {error}
    </p>
  );
}

/** aria-describedby from the ids that exist (hint, counter, error). */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

type TTextFieldProps = {
  /** The input's name; its id is `${prefix}-${name}`. */
  name: string;
  prefix: string;
  label: React.ReactNode;
  type?: "text" | "email" | "tel";
  error?: string;
  hint?: string;
  /** Another element that describes this field too (e.g. a shared fieldset error). */
  alsoDescribedBy?: string;
  invalid?: boolean;
  defaultValue?: string;
  maxLength?: number;
  autoComplete?: string;
};

/** A labelled one-line input with its hint and error wired to aria-describedby. */
export function TextField(p: TTextFieldProps) {
  const id = `${p.prefix}-${p.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        autoComplete={p.autoComplete}
        maxLength={p.maxLength}
        defaultValue={p.defaultValue ?? ""}
        aria-invalid={p.error || p.invalid ? true : undefined}
        aria-describedby={describedBy(p.hint && `${id}-hint`, p.error && `${id}-error`, p.alsoDescribedBy)}
      />
      {p.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {p.hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={p.error} />
    </div>
  );
}

/**
 * Moves focus to the first field with an error, in page order, so keyboard and screen reader users
 * land on it. An entry [errorKey, fieldName] maps an error that has no field of its own (a fieldset's).
 */
export function focusFirstError(
  form: HTMLFormElement | null,
  order: ReadonlyArray<string | readonly [string, string]>,
  errors: Record<string, string>,
) {
  const first = order.map((o) => (typeof o === "string" ? [o, o] : o)).find(([key]) => errors[key]);
  if (first) form?.querySelector<HTMLElement>(`[name="${first[1]}"]`)?.focus();
}
