import "server-only";
import { db } from "@/lib/db";

let demoCache: { value: boolean; at: number } | undefined;
const DEMO_CACHE_MS = 60_000;

/**
 * Whether any fictional demo provider is public, so every page can say so. Asked on every page
 * view, so the answer is kept for a minute: demo data comes and goes with seeding, not per request.
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
