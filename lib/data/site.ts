import "server-only";
import { db } from "@/lib/db";

let demoCache: { value: boolean; at: number } | undefined;
const DEMO_CACHE_MS = 60_000;

/**
 * Whether any fictional demo provider is public, so every page can say so (the banner's switch,
 * app/site/demo.css/route.ts). Asked by every new visitor's browser, so the answer is kept for a
 * minute: demo data comes and goes with seeding, not per request.
 */
export async function hasPublicDemoProviders(): Promise<boolean> {
  if (demoCache && Date.now() - demoCache.at < DEMO_CACHE_MS) return demoCache.value;
  const row = await db.provider.findFirst({
    where: { source: "DEMO", status: "PUBLISHED" },
    select: { id: true },
  });
  demoCache = { value: row !== null, at: Date.now() };
  return demoCache.value;
}

export type THealth = { database: "up" | "down"; latencyMs: number | null; providers: number | null };

export async function checkHealth(): Promise<THealth> {
  const started = performance.now();
  try {
    const providers = await db.provider.count({ where: { status: "PUBLISHED" } });
    return { database: "up", latencyMs: Math.round(performance.now() - started), providers };
  } catch {
    return { database: "down", latencyMs: null, providers: null };
  }
}

/** Profiles per sitemap file: the protocol allows 50,000 addresses in one file. */
// Profiles per sitemap file: each is listed in English and Spanish, so a file holds twice as many
// addresses, under the protocol's 50,000.
export const SITEMAP_PAGE_SIZE = 22_500;

export type TSitemapProfile = { id: number; firstName: string; lastName: string; credential: string; updatedAt: Date };

/**
 * Published profiles that are real: fictional demo providers are never offered to search engines
 * (their pages also say `noindex`). Ordered by id, one sitemap file's worth from `page` (0-based).
 */
export async function listSitemapProfiles({ page }: { page: number }): Promise<TSitemapProfile[]> {
  return db.provider.findMany({
    where: { status: "PUBLISHED", source: { not: "DEMO" } },
    select: { id: true, firstName: true, lastName: true, credential: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: page * SITEMAP_PAGE_SIZE,
    take: SITEMAP_PAGE_SIZE,
  });
}

export async function countSitemapProfiles(): Promise<number> {
  return db.provider.count({ where: { status: "PUBLISHED", source: { not: "DEMO" } } });
}
