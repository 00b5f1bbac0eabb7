"use client";

import { useState } from "react";
import { foldText, LANGUAGES, type TLanguageCode } from "@/lib/providers/languages";
import { Checkbox, FieldError } from "./fields";
import { fieldId, type TErrors } from "./form-steps";
import styles from "./provider-form.module.css";

/** The most spoken languages are shown; the rest of the list sits behind "More languages". */
const SHOWN = 10;

function LanguageLabel({ code, name, own }: { code: string; name: string; own: string }) {
  if (foldText(own) === foldText(name)) return <>{name}</>;
  // The own name in its language, so a screen reader pronounces it properly ("sgn" is no spoken one).
  return (
    <>
      {name} (<span lang={code === "sgn" ? undefined : code}>{own}</span>)
    </>
  );
}

/**
 * The list of languages (lib/providers/languages.ts) as checkboxes in one fieldset. Ticked languages
 * further down the list keep the disclosure open, so nothing chosen is ever out of sight.
 */
export function LanguagesField({
  value,
  errors,
  onChange,
}: {
  value: TLanguageCode[];
  errors: TErrors;
  onChange: (value: TLanguageCode[]) => void;
}) {
  const path = "identity.languages";
  const id = fieldId(path);
  const error = errors[path];
  const more = LANGUAGES.slice(SHOWN);
  const [open, setOpen] = useState(() => more.some((l) => value.includes(l.code)));
  const box = (l: (typeof LANGUAGES)[number], i: number) => (
    <Checkbox
      key={l.code}
      id={i === 0 ? id : `${id}-${l.code}`}
      label={<LanguageLabel {...l} />}
      invalid={Boolean(error)}
      checked={value.includes(l.code)}
      onChange={(on) => onChange(on ? [...value, l.code] : value.filter((c) => c !== l.code))}
    />
  );
  return (
    <fieldset
      className={styles.group}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
    >
      <legend>
        Languages you consult in<span className={styles.optional}> (optional)</span>
      </legend>
      <p id={`${id}-hint`} className="field-hint">
        Spoken by you or by your staff at the visit. Patients can search by language.
      </p>
      <FieldError id={id} message={error} />
      {LANGUAGES.slice(0, SHOWN).map(box)}
      <details
        className={styles.more}
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>More languages ({more.length})</summary>
        {more.map((l, i) => box(l, SHOWN + i))}
      </details>
    </fieldset>
  );
}
