import type { MetadataRoute } from "next";

// /robots.txt: the public directory is open to crawlers; accounts, moderation, forms and the JSON
// API are not pages to index. Built once; the sitemap's address follows APP_URL at build time.
export default function robots(): MetadataRoute.Robots {
  const base = process.env.APP_URL || "http://localhost:3000";
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/account", "/api/", "/sign-in", "/reviews/", "/compare", "/checklist/provider"],
      },
    ],
    sitemap: new URL("/sitemap.xml", base).toString(),
  };
}
