import "server-only";
import type { TJsonAnswer } from "@/lib/http/json-error";
import { mapPointsAnswer, providersAnswer } from "@/lib/http/search-api";
import { readModelVersion } from "@/lib/data/search";
import { env } from "@/lib/env";
import { LOCALES, DEFAULT_LOCALE } from "@/lib/i18n/routing";

// The GET routes the production server (scripts/server.mjs) answers itself instead of passing them
// through Next.js's request pipeline (decision 0004). instrumentation.ts leaves this table on
// globalThis when the server starts; without it, Next.js serves the same paths through the route
// handlers in app/api/providers, with the same answers.

export type TDirectRoute = (params: URLSearchParams) => Promise<TJsonAnswer>;

/** The global key the server reads; keep in step with scripts/server.mjs. */
export const DIRECT_ROUTES_KEY = Symbol.for("neckcare.directRoutes");

export const DIRECT_ROUTES: Readonly<Record<string, TDirectRoute>> = {
  "/api/providers": providersAnswer,
  "/api/providers/points": mapPointsAnswer,
};

export function registerDirectRoutes() {
  (globalThis as Record<symbol, unknown>)[DIRECT_ROUTES_KEY] = DIRECT_ROUTES;
}

/** Where the production server finds what it needs to keep search pages (scripts/lib/search-pages.mjs). */
export const SEARCH_PAGES_KEY = Symbol.for("neckcare.searchPages");

export type TSearchPagesSetup = {
  /** The search page's paths, one per language. */
  paths: string[];
  /** How many bytes of search pages to keep (SEARCH_PAGE_CACHE_MB); 0 keeps none. */
  maxBytes: number;
  /** The read model's version now. */
  version: () => Promise<string | null>;
};

export function registerSearchPages() {
  const setup: TSearchPagesSetup = {
    paths: LOCALES.map((l) => (l === DEFAULT_LOCALE ? "/search" : `/${l}/search`)),
    maxBytes: env().SEARCH_PAGE_CACHE_MB * 1024 * 1024,
    version: readModelVersion,
  };
  (globalThis as Record<symbol, unknown>)[SEARCH_PAGES_KEY] = setup;
}
