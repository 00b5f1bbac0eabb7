"use client";

import type { TProviderForm } from "@/lib/validation/provider-form";
import { fieldId } from "./form-steps";
import type { TStepProps } from "./step-props";
import { useFocusLater } from "./use-focus-later";

type TListKey = "locations" | "certifications";
type TRow<K extends TListKey> = TProviderForm[K][number];

/**
 * Editing one of the form's lists of rows (practice locations, certifications): change a text
 * field of a row, add a row (focus moves to its first field), remove one (its errors go, since the
 * indexes shift, and focus moves to the add button).
 */
export function useRowList<K extends TListKey>(
  key: K,
  opts: { empty: () => TRow<K>; firstField: keyof TRow<K> & string; addButtonId: string },
  { form, update, clearErrors }: Pick<TStepProps, "form" | "update" | "clearErrors">,
) {
  const focusLater = useFocusLater();
  const rowsOf = (f: TProviderForm) => f[key] as Array<TRow<K>>;
  const withRows = (f: TProviderForm, rows: Array<TRow<K>>): TProviderForm => ({ ...f, [key]: rows });
  /** A change handler for one field of row n. */
  const set = (n: number, field: keyof TRow<K>) => (value: string) =>
    update((f) => withRows(f, rowsOf(f).map((row, i) => (i === n ? { ...row, [field]: value } : row))));
  const add = () => {
    const n = rowsOf(form).length;
    update((f) => withRows(f, [...rowsOf(f), opts.empty()]));
    focusLater(fieldId(`${key}.${n}.${opts.firstField}`));
  };
  const remove = (n: number) => {
    update((f) => withRows(f, rowsOf(f).filter((_, i) => i !== n)));
    clearErrors(key);
    focusLater(opts.addButtonId);
  };
  return { set, add, remove };
}
