import { z } from "zod";
import { isRevalidateToken } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { expireProfiles } from "@/lib/profile-cache";

// POST /api/revalidate: how changes made outside this server (the importers, `npm run data:update`,
// the seed) expire the cached profiles (lib/revalidate-notify.ts calls it). Authorised by a token
// derived from AUTH_SECRET (lib/cache-tags.ts), which those commands share with the server.
//   Authorization: Bearer <token>    body: {"providers": [1, 2]} or {"all": true}
export const dynamic = "force-dynamic";

const ZBody = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ providers: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(10_000) }).strict(),
]);

const answer = (status: number, body: object) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(req: Request) {
  const auth = req.headers.get("authorization") ?? "";
  const token = /^Bearer (\S{1,200})$/.exec(auth)?.[1];
  if (!token || !isRevalidateToken(env().AUTH_SECRET, token)) {
    return answer(401, { error: { code: "UNAUTHORIZED", message: "A valid token is required (see lib/cache-tags.ts)." } });
  }
  let json: unknown;
  try {
    json = JSON.parse(await req.text());
  } catch {
    return answer(400, { error: { code: "INVALID", message: "The body must be JSON." } });
  }
  const body = ZBody.safeParse(json);
  if (!body.success) {
    return answer(400, { error: { code: "INVALID", message: 'Send {"all": true} or {"providers": [ids]}.' } });
  }
  if ("all" in body.data) expireProfiles();
  else expireProfiles(body.data.providers);
  return answer(200, { expired: "all" in body.data ? "all" : body.data.providers.length });
}
