// What the provider form learns about an NPI before a new profile is sent (lib/data/submission-intake.ts
// answers it): free, already listed (offer the claim instead), or already waiting for review.
export type TNpiListing =
  | { status: "free" }
  | { status: "listed"; providerId: number; name: string; profileUrl: string | null; claimUrl: string }
  | { status: "pending" };
