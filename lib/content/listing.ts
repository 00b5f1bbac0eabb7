// What a listing promises, and what it does not (issue 12, point 7). A doctor submitted or claimed by
// the practice says what they do; a listing imported from the public NPI registry and not yet claimed
// was chosen by its registered specialty code alone (lib/nppes/taxonomy.ts), so nobody has confirmed
// that the doctor gives botulinum toxin injections at all.

/** The home page's promise: doctors who may offer the injections, never "a qualified doctor". */
export const DIRECTORY_PROMISE =
  "NeckCare Finder lists neurologists, pain medicine and physical medicine & rehabilitation doctors who may offer botulinum toxin (“Botox”) injections in the neck.";

export const UNCLAIMED_SCOPE_NOTE =
  "Listings from the public NPI registry are chosen by registered specialty alone: until the doctor claims the listing, nobody has confirmed that they give these injections.";

/** On an unclaimed registry listing (profile, search card). */
export const UNCLAIMED_INJECTIONS_NOTE =
  "Nobody has confirmed that this doctor gives botulinum toxin injections: the listing comes from the NPI registry by specialty alone.";
