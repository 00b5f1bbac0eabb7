// A provider's gender as the search's `gender` filter and the profile know it: the NPI registry's
// sex code for imported listings, the provider's own answer otherwise. "Not stated" is null and is
// never guessed (from a name or anything else).
export const GENDERS = ["female", "male"] as const;
export type TGender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<TGender, string> = { female: "Female", male: "Male" };
