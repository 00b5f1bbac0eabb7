import { NextResponse, type NextRequest } from "next/server";
import { MAX_MAP_POINTS, searchMapPoints } from "@/lib/data/search";
import { jsonError, jsonFromUnknown } from "@/lib/http/json-error";
import { resolveSearch } from "@/lib/search/resolve";

export const dynamic = "force-dynamic";

// GET /api/providers/points: every result of a search as compact map points (the map loads them
// in the browser, so the search page's HTML stays small). Same parameters as /api/providers.
export async function GET(request: NextRequest) {
  const resolved = resolveSearch(request.nextUrl.searchParams);
  if (!resolved.ok) return jsonError("INVALID", resolved.message, resolved.fields);
  try {
    const points = await searchMapPoints({ origin: resolved.origin, query: resolved.query });
    return NextResponse.json(
      { total: points.length, limit: MAX_MAP_POINTS, points },
      { headers: { "Cache-Control": "public, max-age=60" } },
    );
  } catch (e) {
    return jsonFromUnknown(e);
  }
}
