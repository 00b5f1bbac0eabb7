// A set of NPIs for the clinicians import (lib/cms/db-writer.ts): which clinicians are written already.

/**
 * The NPIs already written, as a hash set of 32-bit numbers (an NPI is ten digits from 1 or 2, so
 * NPI - 999,999,999 fits): 1.25 million NPIs take 16 MB here, against some 60 MB in a Set.
 */
export class NpiSet {
  private slots = new Uint32Array(1 << 16);
  /** Fibonacci hashing: the product's top bits pick the slot (32 - log2 of the slot count). */
  private shift = 16;
  private count = 0;

  private static key(npi: string): number {
    const n = Number(npi) - 999_999_999;
    if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) throw new Error(`not an NPI: ${npi}`);
    return n;
  }

  get size(): number {
    return this.count;
  }

  has(npi: string): boolean {
    const k = NpiSet.key(npi);
    const mask = this.slots.length - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const v = this.slots[i]!;
      if (v === 0) return false;
      if (v === k) return true;
    }
  }

  /** Adds the NPI; false if it was there. */
  add(npi: string): boolean {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    return this.insert(NpiSet.key(npi));
  }

  private insert(k: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const v = this.slots[i]!;
      if (v === k) return false;
      if (v === 0) {
        this.slots[i] = k;
        this.count++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.shift--;
    this.count = 0;
    for (const k of old) if (k !== 0) this.insert(k);
  }
}
