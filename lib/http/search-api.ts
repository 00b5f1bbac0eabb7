import "server-only";
import { FEW_RESULTS, MAX_MAP_POINTS, searchBeyondRadius, searchMapPoints, searchProviders } from "@/lib/data/search";
import { answerFromUnknown, errorAnswer, type TJsonAnswer } from "@/lib/http/json-error";
import { resolveSearch, type TResolvedSearch } from "@/lib/search/resolve";

// The search's JSON API, GET /api/providers and GET /api/providers/points, as functions from the
// query string to an answer. The route handlers in app/api/providers serve them under `next dev`;
// the production server (scripts/server.mjs) calls them directly (decision 0004). Same parameters
// as /search (lib/validation/search-params.ts).

/** Shared answers may be cached briefly: a search's results change only when a moderator acts. */
const CACHE = { "Cache-Control": "public, max-age=60" };

function invalid(resolved: Extract<TResolvedSearch, { ok: false }>): TJsonAnswer {
  return errorAnswer("INVALID", resolved.message, resolved.fields, resolved.choices ? { choices: resolved.choices } : undefined);
}

/** GET /api/providers: one page of results, with the facet counts when `facets=1`. */
export async function providersAnswer(params: URLSearchParams): Promise<TJsonAnswer> {
  const resolved = resolveSearch(params);
  if (!resolved.ok) return invalid(resolved);
  try {
    const { query, origin } = resolved;
    const page = await searchProviders({ origin, query, withFacets: query.facets });
    // Few results near a place: also the nearest matching doctors beyond the radius, and those in the
    // place's state who consult by telehealth (null when not looked up: 3 or more results, or no place).
    const beyond = origin && page.total < FEW_RESULTS ? await searchBeyondRadius({ origin, query }) : null;
    const body = {
      // location and radius null: a name search everywhere (q without near).
      query: { location: origin, radius: origin ? query.radius : null, name: query.q ?? null, sort: query.sort },
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
      results: page.results,
      nearestBeyond: beyond?.nearestBeyond ?? null,
      telehealthInState: beyond ? { state: beyond.state, results: beyond.telehealthInState } : null,
      ...(query.facets ? { facets: page.facets } : {}),
    };
    return { status: 200, body, headers: CACHE };
  } catch (e) {
    return answerFromUnknown(e);
  }
}

/**
 * GET /api/providers/points: every result of a search as compact map points (the map loads them in
 * the browser, so the search page's HTML stays small).
 */
export async function mapPointsAnswer(params: URLSearchParams): Promise<TJsonAnswer> {
  const resolved = resolveSearch(params);
  if (!resolved.ok) return invalid(resolved);
  try {
    const points = await searchMapPoints({ origin: resolved.origin, query: resolved.query });
    return { status: 200, body: { total: points.length, limit: MAX_MAP_POINTS, points }, headers: CACHE };
  } catch (e) {
    return answerFromUnknown(e);
  }
}
