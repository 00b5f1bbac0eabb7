import "./globals.css";

// Outside both languages' trees (a missing /sitemaps file, say): a plain page in English.
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container section">
          <h1>Page not found</h1>
          <p>
            We couldn’t find that page. <a href="/search">Search for a doctor</a> or go to the{" "}
            <a href="/">home page</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
