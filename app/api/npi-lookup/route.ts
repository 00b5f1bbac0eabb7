import type { NextRequest } from "next/server";
import { lookupNpiRecord } from "@/lib/data/npi-lookup";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { clientNetwork } from "@/lib/http/client-ip";
import { answerFromUnknown, errorAnswer, toResponse } from "@/lib/http/json-error";
import { parseNpiLookupQuery } from "@/lib/validation/npi-lookup";

export const dynamic = "force-dynamic";

/**
 * GET /api/npi-lookup?npi=1234567893: the public NPI registry facts of one NPI (name, credential,
 * registered specialty, practice address), for the provider form to offer as answers.
 * 200 `{ found: true, record }` or `{ found: false }`; 400 for a malformed NPI; 429 past the limit.
 */
export async function GET(request: NextRequest) {
  const query = parseNpiLookupQuery(request.nextUrl.searchParams);
  if (!query.ok) return toResponse(errorAnswer("INVALID", query.message, query.fields));
  try {
    await consumeRateLimit(LIMITS.npiLookup, keyedHash(await clientNetwork()));
    const record = await lookupNpiRecord({ npi: query.npi });
    return toResponse({
      status: 200,
      body: record ? { found: true, record } : { found: false },
      // Registry facts are public, but the question (which NPI someone typed) is nobody's business.
      headers: { "Cache-Control": "no-store" },
    });
  } catch (e) {
    return toResponse(answerFromUnknown(e));
  }
}
