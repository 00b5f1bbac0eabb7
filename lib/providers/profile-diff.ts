import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import type { Guidance, Specialty } from "@/lib/generated/prisma/enums";
import { BOARD_NAMES, SPECIALTY_NAMES } from "@/lib/providers/format";
import { GENDER_LABELS } from "@/lib/providers/gender";
import { INSURANCE_NAMES, type TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_NAMES, type TLanguageCode } from "@/lib/providers/languages";
import type { TCertificationForm, TProviderForm } from "@/lib/validation/provider-form";

// A profile as a flat list of labelled values, so moderators read an edit as "field: before -> after"
// and a new profile as one list. Both sides are form values (lib/validation/provider-form.ts): the
// published profile is read into the same shape, so equal data compares equal.

export type TFieldChange = { field: string; label: string; before: string | null; after: string | null };
type TEntry = { field: string; label: string; value: string | null };

const GUIDANCE_NAMES: Record<Guidance, string> = {
  EMG: "EMG",
  ULTRASOUND: "Ultrasound",
  NONE: "Neither (anatomical landmarks)",
};
const PRODUCT_NAMES = Object.fromEntries(
  FDA_APPROVED_PRODUCTS.map((p) => [p.product, `${p.brand} (${p.generic})`]),
) as Record<string, string>;

const text = (v: string): string | null => (v.trim() === "" ? null : v.trim());
const yesNo = (v: boolean): string => (v ? "Yes" : "No");
const names = <T extends string>(values: readonly T[], name: Record<T, string>): string | null =>
  text(values.map((v) => name[v] ?? v).join(", "));

export function certificationText(c: TCertificationForm): string | null {
  if (!c.board || !c.specialty) return null;
  const board = c.board === "OTHER" ? c.boardName || "Other board" : BOARD_NAMES[c.board];
  const sub = c.subspecialty ? `, subspecialty ${SPECIALTY_NAMES[c.subspecialty as Specialty]}` : "";
  return `${board}: ${SPECIALTY_NAMES[c.specialty]}${sub}${c.year ? ` (${c.year})` : ""}`;
}

export function flattenProviderForm(f: TProviderForm): TEntry[] {
  const i = f.identity;
  const out: TEntry[] = [
    { field: "identity.npi", label: "NPI", value: text(i.npi) },
    { field: "identity.firstName", label: "First name", value: text(i.firstName) },
    { field: "identity.middleName", label: "Middle name", value: text(i.middleName) },
    { field: "identity.lastName", label: "Last name", value: text(i.lastName) },
    { field: "identity.suffix", label: "Suffix", value: text(i.suffix) },
    { field: "identity.credential", label: "Credential", value: text(i.credential) },
    {
      field: "identity.gender",
      label: "Gender",
      value: i.gender ? GENDER_LABELS[i.gender === "FEMALE" ? "female" : "male"] : null,
    },
    {
      field: "identity.languages",
      label: "Languages",
      value: names<TLanguageCode>(i.languages, LANGUAGE_NAMES),
    },
    {
      field: "identity.languagesOther",
      label: "Other languages (shown as written)",
      value: text(i.languagesOther),
    },
    { field: "identity.bio", label: "Introduction", value: text(i.bio) },
    { field: "identity.contactEmail", label: "Contact e-mail (private)", value: text(i.contactEmail) },
  ];
  f.locations.forEach((l, n) => {
    const at = (key: string, label: string, value: string | null) =>
      out.push({ field: `locations.${n}.${key}`, label: `Location ${n + 1}: ${label}`, value });
    at("practiceName", "practice name", text(l.practiceName));
    at("street1", "street", text(l.street1));
    at("street2", "address line 2", text(l.street2));
    at("city", "city", text(l.city));
    at("state", "state", text(l.state));
    at("zip", "ZIP", text(l.zip));
    at("phone", "phone", text(l.phone));
    at("acceptingNewPatients", "accepting new patients", yesNo(l.acceptingNewPatients));
    at("inPersonConsults", "in-person consultations", yesNo(l.inPersonConsults));
    at("telehealthConsults", "telehealth consultations", yesNo(l.telehealthConsults));
    at("referralRequired", "referral required", yesNo(l.referralRequired));
  });
  f.certifications.forEach((c, n) =>
    out.push({
      field: `certifications.${n}`,
      label: `Board certification ${n + 1}`,
      value: certificationText(c),
    }),
  );
  const e = f.experience;
  out.push(
    {
      field: "experience.yearsInjecting",
      label: "Years injecting the neck (self-reported)",
      value: text(e.yearsInjecting),
    },
    {
      field: "experience.yearlyNeckProcedures",
      label: "Neck procedures a year (self-reported)",
      value: text(e.yearlyNeckProcedures),
    },
    {
      field: "experience.cervicalDystoniaFocus",
      label: "Cervical dystonia focus",
      value: yesNo(e.cervicalDystoniaFocus),
    },
    {
      field: "experience.guidance",
      label: "Injection guidance",
      value: text(e.guidance.map((g) => GUIDANCE_NAMES[g]).join(", ")),
    },
    {
      field: "experience.products",
      label: "Products used",
      value: text(e.products.map((p) => PRODUCT_NAMES[p] ?? p).join(", ")),
    },
    { field: "experience.fellowship", label: "Fellowship", value: text(e.fellowship) },
    {
      field: "insurancePlans",
      label: "Insurance plans (reported by the practice)",
      value: names<TInsurancePlan>(f.insurancePlans, INSURANCE_NAMES),
    },
  );
  return out;
}

/**
 * Field-by-field changes from `before` to `after`; with no `before` (a new profile or a claim),
 * every field of `after` with before = null.
 */
export function diffProviderForms(before: TProviderForm | null, after: TProviderForm): TFieldChange[] {
  const next = flattenProviderForm(after);
  if (!before) return next.map((e) => ({ field: e.field, label: e.label, before: null, after: e.value }));
  const prev = new Map(flattenProviderForm(before).map((e) => [e.field, e]));
  const changes: TFieldChange[] = [];
  for (const e of next) {
    const old = prev.get(e.field);
    prev.delete(e.field);
    if ((old?.value ?? null) !== e.value)
      changes.push({ field: e.field, label: e.label, before: old?.value ?? null, after: e.value });
  }
  // Fields only the published version has: a location or certification removed by the edit.
  for (const old of prev.values())
    if (old.value !== null)
      changes.push({ field: old.field, label: old.label, before: old.value, after: null });
  return changes;
}
