import Link from "next/link";
import type { TNpiListing } from "@/lib/providers/npi-listing";

/** Why an NPI cannot start a new profile, with the way forward (claiming the listing). */
export function NpiListingNotice({ listing }: { listing: TNpiListing }) {
  if (listing.status === "free") return null;
  if (listing.status === "pending") {
    return (
      <p>
        A new profile with this NPI is already waiting for review, so we did not create another. If you sent
        it, watch for our e-mail or <Link href="/sign-in?next=/account">sign in</Link> to see its status.
      </p>
    );
  }
  return (
    <p>
      This NPI is already listed:{" "}
      {listing.profileUrl ? (
        <Link href={listing.profileUrl}>{listing.name}</Link>
      ) : (
        <strong>{listing.name}</strong>
      )}
      . If it is you, <Link href={listing.claimUrl}>claim it</Link> instead of creating a second profile.
    </p>
  );
}
