/** mulberry32: a small deterministic PRNG, so the same seed always yields the same demo data. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number): boolean => next() < p;
  function pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  function weighted<T>(items: readonly T[], weight: (t: T) => number): T {
    const total = items.reduce((s, t) => s + weight(t), 0);
    let r = next() * total;
    for (const t of items) {
      r -= weight(t);
      if (r <= 0) return t;
    }
    return pick(items);
  }
  function subset<T>(items: readonly T[], p: number): T[] {
    return items.filter(() => chance(p));
  }
  return { next, int, chance, pick, weighted, subset };
}

export type TRandom = ReturnType<typeof createRandom>;
