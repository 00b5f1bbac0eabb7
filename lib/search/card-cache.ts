// The search's result cards, kept between searches for one version of the read model
// ("<epoch>:<generation>", lib/search/index-sync.ts). The database raises the generation in the same
// transaction as any change to what a card shows (migration 20261203200000_search_card_changes:
// triggers on every table the card statement reads), so a card kept for the version the database
// reports now is the card it would give now. A search whose cards are all kept asks the database
// only for its version; one that lacks some fetches just those (lib/data/search.ts).
//
// Process-local and bounded: at most `max` cards; the ones read least recently go first.

/** A card's key: its provider and the location it is listed at. */
export const cardKey = (providerId: number, locationId: number): string => `${providerId}:${locationId}`;

/** -1, 0 or 1: `a` is older, the same or newer than `b`; another database (epoch) counts as newer. */
export function compareVersions(a: string, b: string): number {
  const [epochA, genA] = a.split(":");
  const [epochB, genB] = b.split(":");
  if (epochA !== epochB) return 1;
  const x = BigInt(genA ?? "0");
  const y = BigInt(genB ?? "0");
  return x < y ? -1 : x > y ? 1 : 0;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class CardCache<T> {
  // Two generations, for a bounded cache without bookkeeping per read: cards go into `young`; when
  // it holds half of `max`, it becomes `old` (the former old is dropped) and a new young starts. A
  // card read from `old` moves back to `young`. So the cards read recently stay, at most `max` are
  // kept, and every operation is constant time.
  private young = new Map<string, T>();
  private old = new Map<string, T>();
  private kept: string | null = null;
  private readonly half: number;

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 0) throw new Error("CardCache: max must be a whole number.");
    this.half = Math.max(1, Math.floor(max / 2));
  }

  /** The version the kept cards belong to (null before the first). */
  get version(): string | null {
    return this.kept;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /** The card kept for `key` at `version`; undefined when not kept, or kept for another version. */
  get(version: string, key: string): T | undefined {
    if (this.kept !== version) return undefined;
    const card = this.young.get(key);
    if (card !== undefined) return card;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.add(key, aged);
    }
    return aged;
  }

  /**
   * Keeps cards the database gave at `version`: a newer version than the kept one drops every kept
   * card first; cards of an older version are not kept (a slower search that read before a change).
   * The cards are frozen: they are shared by every answer that shows them.
   */
  put(version: string, entries: Iterable<readonly [string, T]>): void {
    if (this.max === 0) return;
    if (this.kept !== version) {
      if (this.kept !== null && compareVersions(version, this.kept) < 0) return;
      this.young = new Map();
      this.old = new Map();
      this.kept = version;
    }
    for (const [key, card] of entries) {
      this.old.delete(key);
      this.add(key, deepFreeze(card));
    }
  }

  private add(key: string, card: T): void {
    if (!this.young.has(key) && this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, card);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.kept = null;
  }
}
