import { describe, expect, it } from "vitest";
import { CardCache, cardKey, compareVersions } from "./card-cache";

describe("compareVersions", () => {
  it("orders generations of one database as numbers, and counts another database as newer", () => {
    expect(compareVersions("e:9", "e:10")).toBe(-1);
    expect(compareVersions("e:10", "e:9")).toBe(1);
    expect(compareVersions("e:12345678901234567890", "e:12345678901234567890")).toBe(0);
    expect(compareVersions("other:1", "e:10")).toBe(1);
  });
});

describe("CardCache", () => {
  it("gives a card only for the version it was kept for", () => {
    const c = new CardCache<{ n: number }>(10);
    c.put("e:5", [[cardKey(1, 2), { n: 1 }]]);
    expect(c.get("e:5", "1:2")).toEqual({ n: 1 });
    expect(c.get("e:6", "1:2")).toBeUndefined();
    expect(c.get("e:5", "1:3")).toBeUndefined();
  });

  it("drops every card when a newer version arrives, and ignores cards of an older one", () => {
    const c = new CardCache<{ n: number }>(10);
    c.put("e:5", [["1:1", { n: 1 }], ["2:2", { n: 2 }]]);
    c.put("e:6", [["3:3", { n: 3 }]]);
    expect(c.version).toBe("e:6");
    expect(c.size).toBe(1);
    expect(c.get("e:6", "1:1")).toBeUndefined();
    // A slower search that read before the change: its cards are not kept.
    c.put("e:5", [["1:1", { n: 1 }]]);
    expect(c.version).toBe("e:6");
    expect(c.get("e:6", "1:1")).toBeUndefined();
    // Another database (a reset or restored one) starts afresh.
    c.put("f:1", [["4:4", { n: 4 }]]);
    expect(c.version).toBe("f:1");
    expect(c.size).toBe(1);
  });

  it("keeps at most `max` cards, those read least recently going first", () => {
    const c = new CardCache<number>(4);
    c.put("e:1", [["a", 1], ["b", 2]]);
    c.put("e:1", [["c", 3], ["d", 4]]);
    expect(c.size).toBe(4);
    // Reading "a" keeps it; "b" was read least recently and goes when room is needed.
    expect(c.get("e:1", "a")).toBe(1);
    c.put("e:1", [["e", 5], ["f", 6]]);
    expect(c.size).toBeLessThanOrEqual(4);
    expect(c.get("e:1", "b")).toBeUndefined();
    expect(c.get("e:1", "f")).toBe(6);
    for (let i = 0; i < 100; i++) c.put("e:1", [[`k${i}`, i]]);
    expect(c.size).toBeLessThanOrEqual(4);
    expect(c.get("e:1", "k99")).toBe(99);
    // Replacing a kept card keeps one copy.
    const r = new CardCache<number>(10);
    r.put("e:1", [["d", 4]]);
    r.put("e:1", [["d", 5]]);
    expect([r.size, r.get("e:1", "d")]).toEqual([1, 5]);
    const none = new CardCache<number>(0);
    none.put("e:1", [["a", 1]]);
    expect(none.size).toBe(0);
  });

  it("freezes the cards it keeps, since every answer that shows one shares it", () => {
    const c = new CardCache<{ boards: Array<{ board: string }> }>(10);
    const card = { boards: [{ board: "ABPN" }] };
    c.put("e:1", [["1:1", card]]);
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.isFrozen(card.boards)).toBe(true);
    expect(Object.isFrozen(card.boards[0])).toBe(true);
    expect(() => new CardCache(-1)).toThrow();
  });
});
