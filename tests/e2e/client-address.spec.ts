import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { expect, request as playwrightRequest, test } from "@playwright/test";

// The production server decides the client's address (scripts/server.mjs, TRUSTED_PROXIES). The
// suite's own server trusts one proxy (the tests play it, sending X-Forwarded-For to act as many
// networks); this test starts a second one as deployed with no proxy, where a client's
// X-Forwarded-For must not let it dodge a per-network limit, then stops it with a connection open.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the second server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the second server did not answer /api/health within 60 s");
}

test("with no trusted proxy, a forged X-Forwarded-For does not dodge a per-network limit", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NODE_ENV: "production",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      MAIL_OUTBOX: "1",
      TRUSTED_PROXIES: "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  server.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  try {
    await waitForHealth(baseURL, server);
    // Issue 16, finding 11: the start message tells the truth about the search API.
    await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Ready on /);
    expect(output).not.toMatch(/did not register/);
    const api = await playwrightRequest.newContext({ baseURL });
    // Confirmation links allow 20 tries an hour per network. Each try claims a new network; all
    // come from 127.0.0.1, so the limit must still answer 429 by the 21st.
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await api.get(`/reviews/confirm?token=forged-${i}`, { headers: { "x-forwarded-for": `192.0.2.${200 + i}` }, maxRedirects: 0 });
      statuses.push(res.status());
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.every((s) => s === 303 || s === 429)).toBe(true);
    await api.dispose();

    // SIGTERM while a keep-alive client holds a connection: the connection is closed and the
    // server exits 0 without waiting for its 5 s cut.
    const agent = new http.Agent({ keepAlive: true });
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: "127.0.0.1", port, path, agent }, (res) => res.resume().on("end", () => resolve(res.statusCode ?? 0))).on("error", reject);
      });
    expect(await get("/api/providers?near=10001")).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    const t0 = Date.now();
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(4000);
    agent.destroy();
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});

test("a production server without SMTP_URL refuses to start unless MAIL_OUTBOX=1 chooses the outbox, and refuses a published secret", async () => {
  test.setTimeout(120_000);
  // Issue 16, findings 1 and 10.
  for (const [extra, message] of [
    [{ AUTH_SECRET: randomBytes(32).toString("base64url") }, /SMTP_URL is not set/],
    [{ AUTH_SECRET: "change-me-in-production-please", MAIL_OUTBOX: "1" }, /printed in the NeckCare Finder repository/],
  ] as const) {
    const port = await freePort();
    const server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "", NODE_ENV: "production", SMTP_URL: "", MAIL_OUTBOX: "", ...extra },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    server.stderr?.on("data", (c: Buffer) => (errors += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const t = setTimeout(() => { server.kill("SIGKILL"); resolve(null); }, 60_000);
      server.once("exit", (c) => { clearTimeout(t); resolve(c); });
    });
    expect(code).toBe(1);
    expect(errors).toMatch(message);
  }
});
