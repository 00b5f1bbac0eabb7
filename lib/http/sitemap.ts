// sitemap.xml (https://www.sitemaps.org/protocol.html): the pages that are the same for everyone,
// then the published, real profiles (never fictional demo providers), split into files of at most
// SITEMAP_PAGE_SIZE profiles under a sitemap index once there are more. Each page that exists in
// both languages is listed twice (English unprefixed, Spanish under /es), each with its hreflang
// alternates (https://developers.google.com/search/docs/specialty/international/localized-versions).
import { isEnglishOnlyPath, LOCALES, localizedPath } from "@/lib/i18n/routing";
import { profileUrl } from "@/lib/providers/format";

/** Public pages worth a search engine's visit, besides the profiles. */
export const SITEMAP_STATIC_PATHS = ["/", "/search", "/checklist", "/providers/new"] as const;

const escapeXml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

export function absoluteUrl(base: string, path: string): string {
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

export function urlSetXml(base: string, entries: Array<{ path: string; lastModified?: Date }>): string {
  const url = (path: string, lastModified: Date | undefined, alternates: string) =>
    `<url><loc>${escapeXml(absoluteUrl(base, path))}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ""}${alternates}</url>`;
  const urls = entries
    .flatMap((e) => {
      if (isEnglishOnlyPath(e.path)) return [url(e.path, e.lastModified, "")];
      const link = (hreflang: string, path: string) =>
        `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(base, path))}"/>`;
      const alternates = [
        ...LOCALES.map((l) => link(l, localizedPath(e.path, l))),
        link("x-default", e.path),
      ].join("");
      return LOCALES.map((l) => url(localizedPath(e.path, l), e.lastModified, alternates));
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`;
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
