import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Random per run (a secret printed in the repository is refused in production, lib/env.ts). Kept in
// the environment so the test workers, which inherit it, can play the importers that tell the server
// to expire its cached profiles (tests/e2e/page-cache.spec.ts).
const authSecret = (process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url"));
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium (no browser download here). The flags keep it off the network it cannot reach.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    // The production build on the production server (scripts/server.mjs), as `npm start` runs it.
    command: `node scripts/server.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NODE_ENV: "production",
      APP_URL: baseURL,
      SMTP_URL: process.env.SMTP_URL ?? "",
      AUTH_SECRET: authSecret,
      // The tests play a proxy: they send X-Forwarded-For to act as different networks.
      TRUSTED_PROXIES: "1",
    },
  },
});
