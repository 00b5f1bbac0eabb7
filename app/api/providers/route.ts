import type { NextRequest } from "next/server";
import { toResponse } from "@/lib/http/json-error";
import { providersAnswer } from "@/lib/http/search-api";

export const dynamic = "force-dynamic";

// GET /api/providers: the JSON face of /search. The answer is built in lib/http/search-api.ts; the
// production server (scripts/server.mjs) serves this path from there without this handler.
export async function GET(request: NextRequest) {
  return toResponse(await providersAnswer(request.nextUrl.searchParams));
}
