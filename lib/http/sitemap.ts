// sitemap.xml (https://www.sitemaps.org/protocol.html): the pages that are the same for everyone,
// then the published, real profiles (never fictional demo providers), split into files of at most
// SITEMAP_PAGE_SIZE addresses under a sitemap index once there are more.
import { profileUrl } from "@/lib/providers/format";

/** Public pages worth a search engine's visit, besides the profiles. */
export const SITEMAP_STATIC_PATHS = ["/", "/search", "/checklist", "/providers/new"] as const;

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export function absoluteUrl(base: string, path: string): string {
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

export function urlSetXml(
  base: string,
  entries: Array<{ path: string; lastModified?: Date }>,
): string {
  const urls = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(absoluteUrl(base, e.path))}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function sitemapIndexXml(base: string, files: number): string {
  const items = Array.from(
    { length: files },
    (_, i) => `<sitemap><loc>${escapeXml(absoluteUrl(base, `/sitemaps/${i}.xml`))}</loc></sitemap>`,
  ).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

export function profileEntries(
  profiles: Array<{ id: number; firstName: string; lastName: string; credential: string; updatedAt: Date }>,
) {
  return profiles.map((p) => ({ path: profileUrl(p), lastModified: p.updatedAt }));
}

export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=3600",
};
