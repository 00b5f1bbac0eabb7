import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { PROFILES_TAG, profileTag } from "@/lib/cache-tags";

// Provider profiles are rendered once and kept (ISR, app/[locale]/(public)/providers/[id]/page.tsx) until
// something they show changes; every action that changes it expires them here, by tag (issue 15).

/**
 * Gives the page being rendered the profile's tags, so that expireProfiles reaches it. Next.js
 * attaches the tags of an unstable_cache call to the page that makes it; the cached value itself
 * is a constant. With `until`, the page is also re-rendered at that moment (a date-dependent
 * remark, such as "confirmed over a year ago", turning true).
 */
export async function tagProfilePage(id: number, until?: Date): Promise<void> {
  await unstable_cache(async () => true, ["profile-page-tags", String(id)], { tags: [profileTag(id), PROFILES_TAG] })();
  if (until) {
    const seconds = Math.ceil((until.getTime() - Date.now()) / 1000);
    if (seconds > 0 && seconds < PROFILE_REVALIDATE_SECONDS) {
      await unstable_cache(async () => true, ["profile-page-until", String(id), until.toISOString()], { revalidate: seconds })();
    }
  }
}

/** How long a profile page is kept at most without a change being reported (a safety net). */
export const PROFILE_REVALIDATE_SECONDS = 3600;

/**
 * Expires the cached profiles of these providers, or of every provider without ids: the next
 * visit renders them afresh (not a stale copy first), so a change shows at once.
 */
export function expireProfiles(ids?: readonly number[]): void {
  if (!ids) revalidateTag(PROFILES_TAG, { expire: 0 });
  else for (const id of new Set(ids)) revalidateTag(profileTag(id), { expire: 0 });
  // The production server keeps copies of cached pages it answers itself (scripts/lib/static-pages.mjs):
  // they go too (all revalidated ones: changes are rare next to visits).
  const pagesChanged = (globalThis as Record<symbol, unknown>)[PAGES_CHANGED_KEY];
  if (typeof pagesChanged === "function") pagesChanged();
}

/** scripts/lib/static-pages.mjs, PAGES_CHANGED_KEY. */
const PAGES_CHANGED_KEY = Symbol.for("neckcare.pagesChanged");
