// What a listing promises, and what it does not (issue 12, point 7). A doctor submitted or claimed by
// the practice says what they do; a listing imported from the public NPI registry and not yet claimed
// was chosen by its registered specialty code alone (lib/nppes/taxonomy.ts), so nobody has confirmed
// that the doctor gives botulinum toxin injections at all.
// Both languages side by side (issue 19): the English exports keep their names; listingFor(locale)
// returns the same names in a language.
import type { TLocalized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/i18n/routing";

const LISTING = {
  /** The home page's promise: doctors who may offer the injections, never "a qualified doctor". */
  DIRECTORY_PROMISE: {
    en: "NeckCare Finder lists neurologists, pain medicine and physical medicine & rehabilitation doctors who may offer botulinum toxin (“Botox”) injections in the neck.",
    es: "NeckCare Finder reúne a neurólogos y a médicos de medicina del dolor y de medicina física y rehabilitación que podrían ofrecer inyecciones de toxina botulínica (“Botox”) en el cuello.",
  },
  UNCLAIMED_SCOPE_NOTE: {
    en: "Listings from the public NPI registry are chosen by registered specialty alone: until the doctor claims the listing, nobody has confirmed that they give these injections.",
    es: "Las fichas que vienen del registro público NPI se eligen solo por la especialidad registrada: hasta que el médico reclame su ficha, nadie ha confirmado que aplique estas inyecciones.",
  },
  /** On an unclaimed registry listing (profile, search card). */
  UNCLAIMED_INJECTIONS_NOTE: {
    en: "Nobody has confirmed that this doctor gives botulinum toxin injections: the listing comes from the NPI registry by specialty alone.",
    es: "Nadie ha confirmado que este médico aplique inyecciones de toxina botulínica: la ficha viene del registro NPI y se eligió solo por la especialidad.",
  },
  /** Beside a fictional demo doctor's name wherever it is printed or downloaded (checklist). */
  DEMO_NAME_MARK: { en: "fictional demo provider", es: "médico ficticio de demostración" },
  /** After each fact of a demo doctor on paper, instead of "verified" or "reported by the practice". */
  DEMO_FACT_MARK: {
    en: "fictional demo data, not verified",
    es: "datos ficticios de demostración, no verificados",
  },
  /** Under a demo doctor's address and phone on paper: nobody is to call or visit them. */
  DEMO_CONTACT_NOTE: {
    en: "Demo data: this doctor, practice, address and phone are fictional, invented for the demo. Nothing about them was verified by NeckCare Finder.",
    es: "Datos de demostración: este médico, su consultorio, su dirección y su teléfono son ficticios, inventados para la demostración. NeckCare Finder no verificó nada sobre ellos.",
  },
} as const satisfies Record<string, TLocalized>;

type TListing = { [K in keyof typeof LISTING]: string };

function listingIn(locale: TLocale): TListing {
  return Object.fromEntries(Object.entries(LISTING).map(([k, v]) => [k, v[locale]])) as TListing;
}

const BY_LOCALE: Record<TLocale, TListing> = /* @__PURE__ */ (() => ({ en: listingIn("en"), es: listingIn("es") }))();

/** The home page's promise: doctors who may offer the injections, never "a qualified doctor". */
export const DIRECTORY_PROMISE = LISTING.DIRECTORY_PROMISE.en;

export const UNCLAIMED_SCOPE_NOTE = LISTING.UNCLAIMED_SCOPE_NOTE.en;

/** On an unclaimed registry listing (profile, search card). */
export const UNCLAIMED_INJECTIONS_NOTE = LISTING.UNCLAIMED_INJECTIONS_NOTE.en;

/** Beside a fictional demo doctor's name wherever it is printed or downloaded (checklist). */
export const DEMO_NAME_MARK = LISTING.DEMO_NAME_MARK.en;

/** After each fact of a demo doctor on paper, instead of "verified" or "reported by the practice". */
export const DEMO_FACT_MARK = LISTING.DEMO_FACT_MARK.en;

/** Under a demo doctor's address and phone on paper: nobody is to call or visit them. */
export const DEMO_CONTACT_NOTE = LISTING.DEMO_CONTACT_NOTE.en;

/** The listing texts in a language, with the English exports' names. */
export function listingFor(locale: TLocale): TListing {
  return BY_LOCALE[locale];
}
