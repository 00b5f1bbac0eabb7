import "server-only";
import { db } from "@/lib/db";

/** Whether any fictional demo provider is public, so every page can say so. */
export async function hasPublicDemoProviders(): Promise<boolean> {
  const row = await db.provider.findFirst({ where: { source: "DEMO", status: "PUBLISHED" }, select: { id: true } });
  return row !== null;
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
