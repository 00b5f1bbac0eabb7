import Link from "next/link";

export default function NotFound() {
  return (
    <div className="container section">
      <h1>Page not found</h1>
      <p>We couldn’t find that page. The listing may have been removed or the link may be mistyped.</p>
      <p>
        <Link href="/search">Search for a doctor</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
