import type { NextRequest } from "next/server";
import { toResponse } from "@/lib/http/json-error";
import { mapPointsAnswer } from "@/lib/http/search-api";

export const dynamic = "force-dynamic";

// GET /api/providers/points: a search's results as map points. Built in lib/http/search-api.ts; the
// production server (scripts/server.mjs) serves this path from there without this handler.
export async function GET(request: NextRequest) {
  return toResponse(await mapPointsAnswer(request.nextUrl.searchParams));
}
