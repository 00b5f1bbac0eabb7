import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isRevalidateToken, profileTag, PROFILES_TAG, revalidateToken } from "./cache-tags";
import { notifyProfilesChanged } from "./revalidate-notify";

describe("the revalidation token", () => {
  it("is accepted for its own secret only", () => {
    const token = revalidateToken("a-long-random-secret-of-the-server");
    expect(isRevalidateToken("a-long-random-secret-of-the-server", token)).toBe(true);
    expect(isRevalidateToken("another-long-random-secret-value", token)).toBe(false);
    expect(isRevalidateToken("a-long-random-secret-of-the-server", `${token}x`)).toBe(false);
    expect(isRevalidateToken("a-long-random-secret-of-the-server", "")).toBe(false);
    // Not the secret itself: the token can be sent without revealing it.
    expect(token).not.toContain("a-long-random-secret");
  });
  it("names tags per provider and for all", () => {
    expect(profileTag(42)).toBe("profile:42");
    expect(PROFILES_TAG).toBe("profiles");
  });
});

describe("notifyProfilesChanged", () => {
  it("posts what changed with the token, and says so", async () => {
    const seen: Array<{ auth?: string; body: string; url?: string }> = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        seen.push({ auth: req.headers.authorization, body, url: req.url });
        res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const secret = "a-long-random-secret-of-the-server";
    const result = await notifyProfilesChanged({ providers: [3, 4] }, { APP_URL: "https://example.org", REVALIDATE_URL: base, AUTH_SECRET: secret });
    server.close();
    expect(result.ok).toBe(true);
    expect(seen).toEqual([{ auth: `Bearer ${revalidateToken(secret)}`, body: '{"providers":[3,4]}', url: "/api/revalidate" }]);
  });
  it("reports an unreachable server in one line, without throwing", async () => {
    const secret = randomBytes(24).toString("base64url");
    const result = await notifyProfilesChanged({ all: true }, { APP_URL: "http://127.0.0.1:1", AUTH_SECRET: secret });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Web server at http:\/\/127\.0\.0\.1:1 not reached .*refresh on their own within an hour\.$/);
    expect(result.message).not.toContain("\n");
  });
});
