import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders, PEER_TOKEN_HEADER } from "./client-address";

// Issue 16, finding 9: the address a limit is keyed on must not be the client's choice, whether
// scripts/server.mjs, `next start` or another host runs the app.
const TOKEN = "t".repeat(43);
const h = (xff: string | null, token?: string) => new Headers({ ...(xff !== null ? { "x-forwarded-for": xff } : {}), ...(token ? { [PEER_TOKEN_HEADER]: token } : {}) });

describe("clientAddressFromHeaders", () => {
  it("under scripts/server.mjs with no proxy, takes the connection's address whatever the client sent", () => {
    expect(clientAddressFromHeaders(h("6.6.6.6, 203.0.113.9", TOKEN), 0, TOKEN)).toBe("203.0.113.9");
  });

  it("under scripts/server.mjs behind one proxy, takes what the proxy saw", () => {
    expect(clientAddressFromHeaders(h("6.6.6.6, 198.51.100.4, 10.0.0.2", TOKEN), 1, TOKEN)).toBe("198.51.100.4");
  });

  it("under another server with no proxy, never lets X-Forwarded-For pick the network", () => {
    const a = clientAddressFromHeaders(h("6.6.6.6"), 0, TOKEN);
    const b = clientAddressFromHeaders(h("7.7.7.7"), 0, TOKEN);
    expect(a).toBe(b);
    expect(a).toBe("unknown");
  });

  it("under another server behind one proxy, takes the proxy's entry, not the client's", () => {
    expect(clientAddressFromHeaders(h("6.6.6.6, 198.51.100.4"), 1, undefined)).toBe("198.51.100.4");
  });

  it("does not believe a token the server did not issue", () => {
    expect(clientAddressFromHeaders(h("6.6.6.6", "x".repeat(43)), 0, TOKEN)).toBe("unknown");
    expect(clientAddressFromHeaders(h("6.6.6.6", TOKEN), 0, undefined)).toBe("unknown");
  });

  it("turns IPv4 written as IPv6 into IPv4", () => {
    expect(clientAddressFromHeaders(h("::ffff:203.0.113.9", TOKEN), 0, TOKEN)).toBe("203.0.113.9");
  });
});
