import type { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { keyedHash } from "@/lib/data/rate-limit";
import { confirmReview } from "@/lib/data/reviews";
import { isAppError } from "@/lib/errors";
import { clientNetwork } from "@/lib/http/client-ip";
import { MESSAGES } from "@/lib/i18n/messages";
import { localeOrDefault, localizedPath, type TLocale } from "@/lib/i18n/routing";

// GET /reviews/confirm?token=... (or /es/reviews/confirm, from a review written in Spanish): the
// link in the confirmation e-mail. A route handler rather than a page, because it changes state
// (once) and must answer 429 when the network is over its limit. Success or failure then redirects
// (303) to /reviews/confirmed in the same language, so the token leaves the address bar and the
// history, and is never sent on as a Referer.

const NO_STORE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  const confirmed = localizedPath("/reviews/confirmed", locale);
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    const result = await confirmReview({ token, networkHash: keyedHash(await clientNetwork()) });
    const q = new URLSearchParams({ outcome: result.outcome });
    if ("providerId" in result) q.set("provider", String(result.providerId));
    return new Response(null, {
      status: 303,
      headers: { ...NO_STORE, Location: `${confirmed}?${q.toString()}` },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "RATE_LIMITED") return limitedPage(e.message, locale);
    const requestId = crypto.randomUUID();
    console.error(`[${requestId}] review confirmation failed`, e);
    return new Response(null, {
      status: 303,
      headers: { ...NO_STORE, Location: `${confirmed}?outcome=error` },
    });
  }
}

/** A minimal page of its own: the status must be 429, which a redirect to a page cannot carry. */
function limitedPage(message: string, locale: TLocale): Response {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "reviews.limited" });
  // The rate limit's own English sentence (lib/data/rate-limit.ts), or the same in Spanish.
  const minutes = Number(/(\d+) minute/.exec(message)?.[1] ?? 60);
  const text = locale === "en" ? message : t("message", { minutes });
  // Fixed texts; escaped all the same.
  const safe = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safe(t("title"))} · NeckCare Finder</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.55;color:#1c2629}a{color:#0f5f73}</style>
</head><body><main>
<h1>${safe(t("heading"))}</h1>
<p>${safe(text)}</p>
<p>${safe(t("safe"))}</p>
<p><a href="${localizedPath("/", locale)}">${safe(t("home"))}</a></p>
</main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { ...NO_STORE, "Content-Type": "text/html; charset=utf-8", "Retry-After": "3600" },
  });
}
