import { countSitemapProfiles, listSitemapProfiles, SITEMAP_PAGE_SIZE } from "@/lib/data/site";
import { env } from "@/lib/env";
import { profileEntries, SITEMAP_HEADERS, SITEMAP_STATIC_PATHS, sitemapIndexXml, urlSetXml } from "@/lib/http/sitemap";

// Read from the directory when asked (never frozen at build time, when there may be no database).
export const dynamic = "force-dynamic";

export async function GET() {
  const base = env().APP_URL;
  const total = await countSitemapProfiles();
  // Up to one file's worth: one sitemap. Beyond: an index of /sitemaps/0.xml, 1.xml, ...
  if (total > SITEMAP_PAGE_SIZE) {
    return new Response(sitemapIndexXml(base, Math.ceil(total / SITEMAP_PAGE_SIZE)), { headers: SITEMAP_HEADERS });
  }
  const profiles = await listSitemapProfiles({ page: 0 });
  const entries = [...SITEMAP_STATIC_PATHS.map((path) => ({ path })), ...profileEntries(profiles)];
  return new Response(urlSetXml(base, entries), { headers: SITEMAP_HEADERS });
}
