import { NextResponse, type NextRequest } from "next/server";
import { searchProviders } from "@/lib/data/search";
import { jsonError, jsonFromUnknown } from "@/lib/http/json-error";
import { resolveSearch } from "@/lib/search/resolve";

export const dynamic = "force-dynamic";

// GET /api/providers: the JSON face of /search, same parameters (lib/validation/search-params.ts).
export async function GET(request: NextRequest) {
  const resolved = resolveSearch(request.nextUrl.searchParams);
  if (!resolved.ok) {
    return jsonError("INVALID", resolved.message, resolved.fields, resolved.choices ? { choices: resolved.choices } : undefined);
  }
  try {
    const { query, origin } = resolved;
    const page = await searchProviders({ origin, query, withFacets: query.facets });
    return NextResponse.json(
      {
        query: { location: origin, radius: query.radius, sort: query.sort },
        total: page.total,
        page: page.page,
        pageSize: page.pageSize,
        results: page.results,
        ...(query.facets ? { facets: page.facets } : {}),
      },
      { headers: { "Cache-Control": "public, max-age=60" } },
    );
  } catch (e) {
    return jsonFromUnknown(e);
  }
}
