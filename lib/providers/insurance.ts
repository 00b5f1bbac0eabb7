// Insurance plans a practice reports accepting: the values of the search's `insurance` filter and
// of the provider form's list. Self-reported by the practice, with the date it last confirmed them;
// shown as "reported by the practice: confirm with your plan". A public source (e.g. Medicare
// enrolment from CMS data) will stand beside the practice's word as another entry of the API's
// `insurance` list (lib/data/search.ts, TInsuranceReport), not overwrite it.
export const INSURANCE_PLANS = [
  { slug: "medicare", name: "Medicare" },
  { slug: "medicaid", name: "Medicaid" },
  { slug: "tricare", name: "TRICARE" },
  { slug: "va-community-care", name: "VA Community Care" },
  { slug: "aetna", name: "Aetna" },
  { slug: "bcbs", name: "Blue Cross Blue Shield" },
  { slug: "cigna", name: "Cigna" },
  { slug: "humana", name: "Humana" },
  { slug: "kaiser", name: "Kaiser Permanente" },
  { slug: "unitedhealthcare", name: "UnitedHealthcare" },
] as const;

export type TInsurancePlan = (typeof INSURANCE_PLANS)[number]["slug"];
export const INSURANCE_SLUGS = INSURANCE_PLANS.map((p) => p.slug) as unknown as readonly [TInsurancePlan, ...TInsurancePlan[]];
export const INSURANCE_NAMES = Object.fromEntries(INSURANCE_PLANS.map((p) => [p.slug, p.name])) as Record<TInsurancePlan, string>;

export const INSURANCE_REPORTED_NOTE = "Reported by the practice: confirm with your plan.";
