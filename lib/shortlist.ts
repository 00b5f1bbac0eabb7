// The patient's shortlist: up to MAX_SHORTLIST doctors kept in this browser only (localStorage;
// nothing on the server, no account). Ids only: the compare page fetches the public facts.
export const MAX_SHORTLIST = 8;
/** The compare page shows at most this many side by side. */
export const MAX_COMPARE = 4;
const KEY = "neckcare.shortlist.v1";
const EVENT = "neckcare:shortlist";

const EMPTY: readonly number[] = [];
let cache: { raw: string | null; ids: readonly number[] } = { raw: null, ids: EMPTY };

function parse(raw: string | null): readonly number[] {
  if (!raw) return EMPTY;
  try {
    const v: unknown = JSON.parse(raw);
    if (!Array.isArray(v)) return EMPTY;
    return [...new Set(v.filter((n): n is number => Number.isInteger(n) && n > 0 && n <= 2147483647))].slice(0, MAX_SHORTLIST);
  } catch {
    return EMPTY; // a broken value is an empty list, not a crash
  }
}

/** The saved ids, oldest first (a stable array while nothing changes, for useSyncExternalStore). */
export function readShortlist(): readonly number[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    raw = null; // storage blocked: nothing saved
  }
  if (raw !== cache.raw) cache = { raw, ids: parse(raw) };
  return cache.ids;
}

export const serverShortlist = (): readonly number[] => EMPTY;

function write(ids: readonly number[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage full or blocked: the list simply is not kept.
  }
  window.dispatchEvent(new Event(EVENT));
}

/** Adds or removes a doctor; false when the list is full (nothing changes then). */
export function toggleShortlist(id: number): boolean {
  const ids = readShortlist();
  if (ids.includes(id)) {
    write(ids.filter((x) => x !== id));
    return true;
  }
  if (ids.length >= MAX_SHORTLIST) return false;
  write([...ids, id]);
  return true;
}

export function subscribeShortlist(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** The compare page's address for these ids (the first MAX_COMPARE). */
export function compareHref(ids: readonly number[]): string {
  return `/compare?ids=${ids.slice(0, MAX_COMPARE).join(",")}`;
}
