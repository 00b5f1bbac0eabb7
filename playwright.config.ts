import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Random per run (a secret printed in the repository is refused in production, lib/env.ts). Kept in
// the environment so the test workers, which inherit it, can play the importers that tell the server
// to expire its cached profiles (tests/e2e/page-cache.spec.ts).
const authSecret = (process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url"));
const baseURL = `http://127.0.0.1:${port}`;
/** The stand-in NPPES API (tests/e2e/support/nppes-stub.mjs) the app asks for NPIs it has not imported. */
const nppesPort = Number(process.env.E2E_NPPES_PORT ?? port + 5);

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
  webServer: [
    {
      command: `node tests/e2e/support/nppes-stub.mjs ${nppesPort}`,
      url: `http://127.0.0.1:${nppesPort}/health`,
      timeout: 10_000,
      reuseExistingServer: false,
    },
    {
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
        NPPES_API_URL: `http://127.0.0.1:${nppesPort}/api/`,
      },
    },
  ],
});
