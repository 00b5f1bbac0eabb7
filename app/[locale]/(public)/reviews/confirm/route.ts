import type { NextRequest } from "next/server";
import { keyedHash } from "@/lib/data/rate-limit";
import { confirmReview } from "@/lib/data/reviews";
import { isAppError } from "@/lib/errors";
import { clientNetwork } from "@/lib/http/client-ip";

// GET /reviews/confirm?token=...: the link in the confirmation e-mail. A route handler rather than a
// page, because it changes state (once) and must answer 429 when the network is over its limit.
// Success or failure then redirects (303) to /reviews/confirmed, so the token leaves the address bar
// and the history, and is never sent on as a Referer.

const NO_STORE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    const result = await confirmReview({ token, networkHash: keyedHash(await clientNetwork()) });
    const q = new URLSearchParams({ outcome: result.outcome });
    if ("providerId" in result) q.set("provider", String(result.providerId));
    return new Response(null, {
      status: 303,
      headers: { ...NO_STORE, Location: `/reviews/confirmed?${q.toString()}` },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "RATE_LIMITED") return limitedPage(e.message);
    const requestId = crypto.randomUUID();
    console.error(`[${requestId}] review confirmation failed`, e);
    return new Response(null, {
      status: 303,
      headers: { ...NO_STORE, Location: "/reviews/confirmed?outcome=error" },
    });
  }
}

/** A minimal page of its own: the status must be 429, which a redirect to a page cannot carry. */
function limitedPage(message: string): Response {
  // The message is our own fixed text (lib/data/rate-limit.ts); escaped all the same.
  const safe = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many attempts · NeckCare Finder</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.55;color:#1c2629}a{color:#0f5f73}</style>
</head><body><main>
<h1>Too many confirmation attempts</h1>
<p>${safe}</p>
<p>Your review is safe: open the link from your e-mail again later. It works for 48 hours.</p>
<p><a href="/">NeckCare Finder home page</a></p>
</main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { ...NO_STORE, "Content-Type": "text/html; charset=utf-8", "Retry-After": "3600" },
  });
}
