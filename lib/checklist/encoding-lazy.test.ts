// The checklist's validation (zod) is imported when a checklist has to be checked, not with the page
// (issue 15). When that import fails (a dropped connection, a new deployment), decoding still never
// throws: it says "unavailable", and the next attempt imports it again.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("@/lib/validation/checklist");
  vi.resetModules();
});

describe("a checklist when its validation cannot be loaded", () => {
  it("is 'unavailable', never an exception, and loads on the next attempt", async () => {
    vi.resetModules();
    vi.doMock("@/lib/validation/checklist", () => {
      throw new Error("Failed to load chunk");
    });
    const { parseFromStorage, serializeForStorage, decodeChecklist, encodeChecklist } =
      await import("./encoding");
    const { defaultState } = await import("./state");
    const raw = serializeForStorage(defaultState());
    const link = await encodeChecklist(defaultState());
    expect(await parseFromStorage(raw)).toEqual({ ok: false, error: "unavailable" });
    expect(await decodeChecklist(link)).toEqual({ ok: false, error: "unavailable" });

    vi.doUnmock("@/lib/validation/checklist");
    expect(await parseFromStorage(raw)).toEqual({ ok: true, state: defaultState(), dropped: 0 });
    expect(await decodeChecklist(link)).toEqual({ ok: true, state: defaultState(), dropped: 0 });
  });
});
