import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/data/site";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  const ok = health.database === "up";
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", database: { status: health.database, latencyMs: health.latencyMs }, publishedProviders: health.providers },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
