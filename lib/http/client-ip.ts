import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddressFromHeaders, serverPeerToken } from "./client-address";
import { networkOf } from "./network";

/**
 * The client's network, for rate limits and abuse signals only (always hashed before storage).
 * Which X-Forwarded-For entry to believe is decided here (lib/http/client-address.ts), from
 * TRUSTED_PROXIES, under whichever server runs the app. IPv6 addresses are cut to their /64
 * (lib/http/network.ts): one household, one key. Limits are also counted per target (provider,
 * e-mail address), which no header can dodge.
 */
export async function clientNetwork(): Promise<string> {
  return networkOf(clientAddressFromHeaders(await headers(), env().TRUSTED_PROXIES, serverPeerToken()));
}
