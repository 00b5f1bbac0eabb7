import Link from "next/link";
import "./globals.css";

// Outside both languages' trees (a missing /sitemaps file, say): a plain page in English.
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container section">
          <h1>Page not found</h1>
          <p>
            We couldn’t find that page. <Link href="/search">Search for a doctor</Link> or go to the{" "}
            <Link href="/">home page</Link>.
          </p>
        </main>
      </body>
    </html>
  );
}
