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

/** Beside a fictional demo doctor's name wherever it is printed or downloaded (checklist). */
export const DEMO_NAME_MARK = "fictional demo provider";

/** After each fact of a demo doctor on paper, instead of "verified" or "reported by the practice". */
export const DEMO_FACT_MARK = "fictional demo data, not verified";

/** Under a demo doctor's address and phone on paper: nobody is to call or visit them. */
export const DEMO_CONTACT_NOTE =
  "Demo data: this doctor, practice, address and phone are fictional, invented for the demo. Nothing about them was verified by NeckCare Finder.";
