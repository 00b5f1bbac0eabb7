import "server-only";
import { headers } from "next/headers";
import { networkOf } from "./network";

/**
 * The client's network, for rate limits and abuse signals only (always hashed before storage).
 * The production server (scripts/server.mjs) replaces X-Forwarded-For with the one address it
 * trusts: the socket's peer, or what the trusted proxies saw (TRUSTED_PROXIES), so a client cannot
 * choose its own network. (Under `next dev` the header is taken as sent.) IPv6 addresses are cut
 * to their /64 (lib/http/network.ts): one household, one key. Limits are also counted per target (provider, e-mail
 * address), which no header can dodge.
 */
export async function clientNetwork(): Promise<string> {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",").at(-1)?.trim() || h.get("x-real-ip") || "unknown";
  return networkOf(ip);
}
