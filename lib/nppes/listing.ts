// What the rest of the app needs to know about imported listings (search results, profile pages and
// the claim flow): how to tell them apart and how to label them.

/** Shown on a listing imported from NPPES until the provider claims it. */
export const NPPES_UNCLAIMED_LABEL = "From the public NPI registry, not yet claimed";

/**
 * The NPPES taxonomy is chosen by the provider when registering, so it is shown as a "registered
 * specialty" with this note, never as a board certification (DOMAIN.md).
 */
export const REGISTERED_SPECIALTY_NOTE =
  "Registered specialty: self-reported in the NPI registry (NPPES), not board certification.";

/**
 * An unclaimed import: its data is the registry's (refreshed by every import), and whether the
 * practice accepts new patients or needs a referral is unknown (stored as "not accepting" and
 * "referral required" so that filters never promise either), so pages should say "not confirmed".
 * Claiming sets `claimed`; from then on the import never overwrites the listing.
 */
export function isUnclaimedImport(p: { source: string; claimed: boolean }): boolean {
  return p.source === "NPPES_IMPORT" && !p.claimed;
}
