// Names shared by the server (lib/profile-cache.ts, app/api/revalidate) and the command-line
// importers that tell it what changed (lib/revalidate-notify.ts). No Next.js imports here.
import { createHmac, timingSafeEqual } from "node:crypto";

/** Every cached profile page carries this tag: an import or a change seen on many profiles expires them all. */
export const PROFILES_TAG = "profiles";
/** The tag of one provider's cached profile page (any slug, and its redirects). */
export const profileTag = (id: number) => `profile:${id}`;

/** The bearer token of POST /api/revalidate: derived from AUTH_SECRET, so only who holds it may call. */
export function revalidateToken(secret: string): string {
  return createHmac("sha256", secret).update("neckcare:revalidate:v1").digest("base64url");
}

export function isRevalidateToken(secret: string, given: string): boolean {
  const want = Buffer.from(revalidateToken(secret));
  const got = Buffer.from(given);
  return got.length === want.length && timingSafeEqual(got, want);
}
