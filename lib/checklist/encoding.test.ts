import { describe, expect, it } from "vitest";
import { CHECKLIST_LIMITS } from "@/lib/validation/checklist";
import {
  checklistHref,
  checksum,
  decodeChecklist,
  encodeChecklist,
  parseFromStorage,
  serializeForStorage,
  stateParamFromHash,
} from "./encoding";
import { addOwnQuestion, defaultState, setAnswer, setNote, setSelected, type TChecklistState } from "./state";

function fullState(): TChecklistState {
  let state = setSelected(setSelected(defaultState(), "cost-coverage", false), "plan-dose", true);
  ({ state } = setAnswer(state, "understand", "no"));
  const r = addOwnQuestion(state, "Kann ich danach Auto fahren? Ünïcödé “quotes” and 日本語");
  if (!r.ok) throw new Error(r.error);
  state = setNote(r.state, "cred-board", "Line one\nLine two");
  return { ...state, visitDate: "2026-12-03", providerId: 42 };
}

/** Re-signs a tampered payload, so the test reaches the check behind the checksum. */
function resign(value: string): string {
  const body = value.slice(0, value.lastIndexOf("."));
  return `${body}.${checksum(body)}`;
}

function jsonValue(data: unknown): string {
  const body = `j${Buffer.from(JSON.stringify(data)).toString("base64url")}`;
  return `${body}.${checksum(body)}`;
}

// A link made by the checklist as it was before issue 12 added questions and a sixth self-check item
// (generated then with encodeChecklist): five answers, ids of questions that have since moved topic.
const LINK_BEFORE_ISSUE_12 =
  "zTZA9T8QwDIb_SuQ5lq4FMWRBBxMLYkcMbmLa6Nq4ykcrdLr_jtK7wm3v8_oZbJ9hAdNoEDCfYCM77ISiA32FRcYy8U5WgvPZS9iLvnhHwVbBeepxHSjveaSOxx148Y6v4jxSwDmKKzbv6CT9jSamVGLFjgOuA4dbjEyjT9lb0BB9OqGVadp22ajEnkPeaWLnrQ-c_uXb7rWhMaPM9xQkDz709TBJGek7c8RBSqxCaeBLQwFzrtHAKwX1plz0C6tBJlabvlJ06RkuGkI1755p4JhOijopWR1fPt6rU9v20D5h0-LhoR4P5rHVQGDgB7EgXH4B.14zb1gu";

describe("checklist links", () => {
  it("still opens a link made before questions and the sixth self-check item were added", async () => {
    const result = await decodeChecklist(LINK_BEFORE_ISSUE_12);
    if (!result.ok) throw new Error(result.error);
    expect(result.dropped).toBe(0);
    expect(result.state.order).toEqual([
      "cred-board",
      "cred-volume",
      "cred-condition",
      "cred-guidance",
      "diag-what",
      "diag-label",
      "diag-evidence",
      "plan-product",
      "plan-dose",
      "plan-measure",
      "ben-when",
      "ben-realistic",
      "risk-common",
      "risk-urgent",
      "risk-medicines",
      "risk-conditions",
      "alt-options",
      "alt-nothing",
      "cost-after-hours",
      "u1",
    ]);
    expect(result.state.answers).toEqual({ understand: "unsure", persistent: "yes" });
    expect(result.state.notes).toEqual({ "cred-board": "Ask about ABPN" });
    expect(result.state.own).toEqual([{ id: "u1", text: "Can I drive home afterwards?" }]);
  });

  it("keeps five answer characters unless the sixth item is answered", async () => {
    let { state } = setAnswer(defaultState(), "understand", "no");
    const five = await decodeChecklist(await encodeChecklist(state));
    expect(five.ok && five.state.answers).toEqual({ understand: "no" });
    expect(JSON.parse(serializeForStorage(state)).a).toBe("---n-");
    ({ state } = setAnswer(state, "involuntary", "yes"));
    expect(JSON.parse(serializeForStorage(state)).a).toBe("---n-y");
    const six = await decodeChecklist(await encodeChecklist(state));
    expect(six.ok && six.state.answers).toEqual({ understand: "no", involuntary: "yes" });
  });

  it("round-trips the default and a full checklist", async () => {
    for (const state of [defaultState(), fullState()]) {
      const value = await encodeChecklist(state);
      expect(await decodeChecklist(value)).toEqual({ ok: true, state, dropped: 0 });
    }
  });

  it("stays compact", async () => {
    // Measured: about 200 characters for the default list, most of it the 16 question ids.
    expect((await encodeChecklist(defaultState())).length).toBeLessThan(240);
    expect((await encodeChecklist(fullState())).length).toBeLessThan(600);
  });

  it("only uses characters that survive in a URL fragment", async () => {
    const value = await encodeChecklist(fullState());
    expect(value).toMatch(/^[zj][A-Za-z0-9_-]+\.[0-9a-z]+$/);
    const href = checklistHref(42, value);
    expect(href).toBe(`/checklist?provider=42#s=${value}`);
    expect(stateParamFromHash(new URL(href, "https://x.test").hash)).toBe(value);
    expect(stateParamFromHash("")).toBeNull();
  });

  it("rejects truncated links", async () => {
    const value = await encodeChecklist(fullState());
    for (const cut of [value.length - 1, value.length - 8, Math.floor(value.length / 2), 3, 1]) {
      expect((await decodeChecklist(value.slice(0, cut))).ok, `cut at ${cut}`).toBe(false);
    }
  });

  it("rejects tampered links, even when the checksum is recomputed", async () => {
    const value = await encodeChecklist(fullState());
    const flipped = value.slice(0, 10) + (value[10] === "A" ? "B" : "A") + value.slice(11);
    expect(await decodeChecklist(flipped)).toEqual({ ok: false, error: "checksum" });
    const r = await decodeChecklist(resign(flipped));
    expect(r.ok).toBe(false);
    expect(await decodeChecklist("garbage")).toEqual({ ok: false, error: "format" });
    expect(await decodeChecklist("z!!!.abc")).toEqual({ ok: false, error: "format" });
    expect(await decodeChecklist(resign("zAAAA.x"))).toEqual({ ok: false, error: "corrupt" });
    expect(await decodeChecklist(jsonValue([1, 2]))).toEqual({ ok: false, error: "invalid" });
  });

  it("rejects states that break the limits or the rules", async () => {
    const base = { v: 1, o: ["cred-board"] };
    const bad: unknown[] = [
      { ...base, v: 2 },
      { ...base, extra: true },
      { ...base, o: ["cred-board", "cred-board"] },
      { ...base, o: ["cred-board", "u1"] },
      { ...base, u: { u1: "orphan" } },
      { ...base, o: ["u1"], u: { u1: "x".repeat(CHECKLIST_LIMITS.ownQuestionMax + 1) } },
      { ...base, o: ["u1"], u: { u1: "   " } },
      { ...base, o: ["u1"], u: { u1: "two\nlines" } },
      { ...base, n: { "cred-board": "n".repeat(CHECKLIST_LIMITS.noteMax + 1) } },
      { ...base, n: { "cred-board": "bell\u0007" } },
      { ...base, d: "2026-02-30" },
      { ...base, d: "tomorrow" },
      { ...base, p: -1 },
      { ...base, p: 1.5 },
      { ...base, a: "yyyyyyy" },
      { ...base, a: "yyyy" },
      {
        v: 1,
        o: Array.from({ length: 11 }, (_, i) => `u${i + 1}`),
        u: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`u${i + 1}`, "q"])),
      },
    ];
    for (const data of bad) {
      expect(await decodeChecklist(jsonValue(data)), JSON.stringify(data)).toEqual({
        ok: false,
        error: "invalid",
      });
    }
  });

  it("never lets a link touch object prototypes", async () => {
    const r = await decodeChecklist(
      jsonValue(JSON.parse('{"v":1,"o":["cred-board"],"n":{"__proto__":{"polluted":"x"}}}')),
    );
    if (r.ok) expect(Object.keys(r.state.notes)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses over-long links and payloads that inflate beyond the limit", async () => {
    expect(await decodeChecklist(`j${"A".repeat(CHECKLIST_LIMITS.encodedMax)}.0`)).toEqual({
      ok: false,
      error: "too-long",
    });
    const huge = new TextEncoder().encode(" ".repeat(CHECKLIST_LIMITS.decodedMax * 4));
    const stream = new Blob([huge]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const compressed = Buffer.from(await new Response(stream).arrayBuffer()).toString("base64url");
    const body = `z${compressed}`;
    expect(body.length).toBeLessThan(CHECKLIST_LIMITS.encodedMax);
    expect(await decodeChecklist(`${body}.${checksum(body)}`)).toEqual({ ok: false, error: "too-long" });
  });
});

describe("browser storage", () => {
  it("round-trips and rejects tampered or broken storage", async () => {
    const state = fullState();
    expect(await parseFromStorage(serializeForStorage(state))).toEqual({ ok: true, state, dropped: 0 });
    expect(await parseFromStorage("{not json")).toEqual({ ok: false, error: "corrupt" });
    expect(await parseFromStorage(JSON.stringify({ v: 1, o: "nope" }))).toEqual({ ok: false, error: "invalid" });
    expect(await parseFromStorage("x".repeat(CHECKLIST_LIMITS.decodedMax + 1))).toEqual({ ok: false, error: "too-long" });
  });
});
