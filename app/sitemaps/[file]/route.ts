import { listSitemapProfiles } from "@/lib/data/site";
import { env } from "@/lib/env";
import { profileEntries, SITEMAP_HEADERS, SITEMAP_STATIC_PATHS, urlSetXml } from "@/lib/http/sitemap";

// One file of the sitemap index that /sitemap.xml serves once there are more profiles than one
// file may hold: /sitemaps/0.xml (with the static pages), /sitemaps/1.xml, ...
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const m = /^(\d{1,4})\.xml$/.exec((await params).file);
  if (!m) return new Response("No such sitemap file.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const page = Number(m[1]);
  const profiles = await listSitemapProfiles({ page });
  if (page > 0 && profiles.length === 0)
    return new Response("No such sitemap file.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const base = env().APP_URL;
  const entries = [...(page === 0 ? SITEMAP_STATIC_PATHS.map((path) => ({ path })) : []), ...profileEntries(profiles)];
  return new Response(urlSetXml(base, entries), { headers: SITEMAP_HEADERS });
}
