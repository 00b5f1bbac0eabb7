import { timingSafeEqual } from "node:crypto";

// Which address a request came from, decided in the library that reads it (issue 16), so the rule
// holds whichever server runs the app:
// - scripts/server.mjs appends the connection's own address to X-Forwarded-For, as a proxy would,
//   and vouches for that with a per-process random token (PEER_TOKEN_HEADER) that no client can know;
// - TRUSTED_PROXIES (N) proxies in front append, each, the address they saw.
// So the client is the entry N places left of the connection's address. Under another server
// (`next start`, a host's own), the connection's address is unknown: X-Forwarded-For is whatever
// arrived. With proxies, their entries are still the rightmost ones; with none, anything in the
// header came from the client, so no address is trusted at all: every such request counts as one
// network "unknown" (limits hold for everyone together instead of being dodged).

export const PEER_TOKEN_HEADER = "x-neckcare-peer-token";
/** Where scripts/server.mjs leaves its token; keep in step with it. */
export const PEER_TOKEN_KEY = Symbol.for("neckcare.peerToken");

export function serverPeerToken(): string | undefined {
  const token = (globalThis as Record<symbol, unknown>)[PEER_TOKEN_KEY];
  return typeof token === "string" && token.length >= 32 ? token : undefined;
}

function sameToken(a: string | null, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The client's address from the request's headers. `trustedProxies`: TRUSTED_PROXIES;
 * `peerToken`: the token of scripts/server.mjs when it runs the app (serverPeerToken()).
 */
export function clientAddressFromHeaders(headers: { get(name: string): string | null }, trustedProxies: number, peerToken: string | undefined): string {
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const vouched = sameToken(headers.get(PEER_TOKEN_HEADER), peerToken);
  // Vouched: the last entry is the connection's address. Otherwise the connection is not part of
  // the chain: N trusted proxies' entries are its last N.
  const index = vouched ? chain.length - 1 - trustedProxies : trustedProxies === 0 ? -1 : chain.length - trustedProxies;
  const address = index >= 0 ? chain[index] : vouched ? chain[0] : undefined;
  return (address ?? "unknown").replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}
