import { describe, expect, it } from "vitest";
import { absoluteUrl, profileEntries, sitemapIndexXml, urlSetXml } from "./sitemap";

describe("sitemap XML", () => {
  it("lists absolute, escaped addresses with their last change", () => {
    const xml = urlSetXml("https://neckcare.example/", [
      { path: "/" },
      ...profileEntries([{ id: 7, firstName: "Zoë", lastName: "O'Neil & Co", credential: "MD", updatedAt: new Date("2026-11-02T10:00:00Z") }]),
    ]);
    expect(xml).toContain("<loc>https://neckcare.example/</loc>");
    expect(xml).toContain("<url><loc>https://neckcare.example/providers/7-zoe-o-neil-co-md</loc><lastmod>2026-11-02T10:00:00.000Z</lastmod>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(urlSetXml("https://x.example", [{ path: "/search?a=1&b=2" }])).toContain("<loc>https://x.example/search?a=1&amp;b=2</loc>");
  });
  it("lists each page in English and Spanish with hreflang alternates; English-only pages once", () => {
    const xml = urlSetXml("https://n.example", [{ path: "/search" }, { path: "/providers/new" }, { path: "/" }]);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(["https://n.example/search", "https://n.example/es/search", "https://n.example/providers/new", "https://n.example/", "https://n.example/es"]);
    const search = xml.split("\n").find((l) => l.includes("<loc>https://n.example/es/search</loc>"))!;
    expect(search).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://n.example/search"/>');
    expect(search).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://n.example/es/search"/>');
    expect(search).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://n.example/search"/>');
    expect(xml.split("\n").find((l) => l.includes("/providers/new"))).not.toContain("hreflang");
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
