"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container section" role="alert">
      <h1>Something went wrong</h1>
      <p>
        We couldn’t show this page. Please try again in a moment. If it keeps happening, tell us the reference
        below.
      </p>
      {error.digest ? (
        <p className="muted">
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Home page</Link>
      </p>
    </div>
  );
}
