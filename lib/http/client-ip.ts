import "server-only";
import { headers } from "next/headers";

/**
 * The client's network, for rate limits and abuse signals only (always hashed before storage).
 * Next.js fills X-Forwarded-For with the socket address only when the header is absent, and a
 * reverse proxy appends the address it saw, so the last entry is the one a client cannot forge
 * (deploy behind a proxy that sets it). IPv6 addresses are cut to their /64: one household, one key.
 * Limits are also counted per target (provider, e-mail address), which no header can dodge.
 */
export async function clientNetwork(): Promise<string> {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",").at(-1)?.trim() || h.get("x-real-ip") || "unknown";
  return ip.includes(":") ? ip.split(":").slice(0, 4).join(":") : ip;
}
