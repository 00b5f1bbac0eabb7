import "server-only";
import type { TJsonAnswer } from "@/lib/http/json-error";
import { mapPointsAnswer, providersAnswer } from "@/lib/http/search-api";

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
