import Link from "next/link";

// An unknown id, or a provider that is not published (a draft, waiting for moderation, or suspended):
// the page says the same for each, so it reveals nothing about unpublished listings.
export default function ProviderNotFound() {
  return (
    <div className="container section">
      <h1>Provider not found</h1>
      <p>
        This doctor is not listed on NeckCare Finder. The listing may have been removed or may be waiting for
        a moderator, or the link may be mistyped.
      </p>
      <p>
        <Link href="/search">Search for a doctor near you</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
