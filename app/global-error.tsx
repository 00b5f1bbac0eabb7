"use client";

// Shown when even the page's frame failed, outside next-intl: its few words in both languages,
// chosen by the address (/es/... is Spanish).
const WORDS = {
  en: {
    title: "Something went wrong",
    body: "NeckCare Finder could not load. Please try again in a moment.",
    reference: "Reference:",
    retry: "Try again",
  },
  es: {
    title: "Algo salió mal",
    body: "NeckCare Finder no pudo cargarse. Inténtelo de nuevo en un momento.",
    reference: "Referencia:",
    retry: "Intentar de nuevo",
  },
} as const;

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = typeof window !== "undefined" && /^\/es(\/|$)/.test(window.location.pathname) ? "es" : "en";
  const t = WORDS[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>{t.title}</h1>
          <p>{t.body}</p>
          {error.digest ? (
            <p>
              {t.reference} {error.digest}
            </p>
          ) : null}
          <button type="button" onClick={reset}>
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
