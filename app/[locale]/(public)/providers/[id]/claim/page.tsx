import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getClaimableListing } from "@/lib/data/claims";
import { ClaimForm } from "./claim-form";

export const metadata: Metadata = { title: "Claim this listing", robots: { index: false } };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const idText = /^(\d{1,9})/.exec((await params).id)?.[1];
  if (!idText) notFound();
  const listing = await getClaimableListing({ id: Number(idText) });
  if (!listing) notFound();
  const user = await getSessionUser();
  return (
    <div className="container section" style={{ maxWidth: "40rem" }}>
      <h1>Claim the listing of {listing.name}</h1>
      <p className="muted">
        This listing comes from the public NPI registry. Claiming it lets you add your board certifications,
        neck injection experience and consultation options, and keep them current. A moderator reviews every
        claim.
      </p>
      {!listing.claimable ? (
        <p className="alert alert--warn">{listing.reason}</p>
      ) : !user ? (
        <div className="card">
          <p>First, sign in with your e-mail address: we send you a link, no password needed.</p>
          <Link
            className="button"
            href={`/sign-in?next=${encodeURIComponent(`/providers/${listing.id}/claim`)}`}
          >
            Sign in to claim
          </Link>
        </div>
      ) : (
        <>
          <p>
            Signed in as <strong>{user.email}</strong>. Moderators may write to this address to confirm your
            claim.
          </p>
          <ClaimForm providerId={listing.id} npiLast4={listing.npiLast4} />
        </>
      )}
      <p>
        <Link href={listing.profileUrl}>Back to the profile</Link>
      </p>
    </div>
  );
}
