import { describe, expect, it } from "vitest";
import { absoluteUrl, profileEntries, sitemapIndexXml, urlSetXml } from "./sitemap";

describe("sitemap XML", () => {
  it("lists absolute, escaped addresses with their last change", () => {
    const xml = urlSetXml("https://neckcare.example/", [
      { path: "/" },
      ...profileEntries([{ id: 7, firstName: "Zoë", lastName: "O'Neil & Co", credential: "MD", updatedAt: new Date("2026-11-02T10:00:00Z") }]),
    ]);
    expect(xml).toContain("<loc>https://neckcare.example/</loc>");
    expect(xml).toContain("<url><loc>https://neckcare.example/providers/7-zoe-o-neil-co-md</loc><lastmod>2026-11-02T10:00:00.000Z</lastmod></url>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(urlSetXml("https://x.example", [{ path: "/search?a=1&b=2" }])).toContain("<loc>https://x.example/search?a=1&amp;b=2</loc>");
  });
  it("indexes one file per page of profiles", () => {
    const xml = sitemapIndexXml("https://neckcare.example", 3);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://neckcare.example/sitemaps/0.xml",
      "https://neckcare.example/sitemaps/1.xml",
      "https://neckcare.example/sitemaps/2.xml",
    ]);
  });
  it("resolves paths against a base with or without a trailing slash or a sub-path", () => {
    expect(absoluteUrl("https://a.example/app", "/x")).toBe("https://a.example/x");
    expect(absoluteUrl("https://a.example", "/x")).toBe("https://a.example/x");
  });
});
