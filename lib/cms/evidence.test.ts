// The evidence words must name codes the importer keeps, of the right kind.
import { describe, expect, it } from "vitest";
import { cmsCode } from "./codes";
import { GUIDANCE_CODES, NECK_CODES, TOXIN_CODES } from "./evidence";

describe("Medicare evidence codes", () => {
  it("are kept codes of the right kind", () => {
    for (const c of NECK_CODES) expect(cmsCode(c)?.kind).toBe("neck-chemodenervation");
    for (const c of Object.keys(GUIDANCE_CODES)) expect(cmsCode(c)?.kind).toBe("guidance");
    for (const c of Object.keys(TOXIN_CODES))
      expect(cmsCode(c)).toMatchObject({ kind: "toxin", serviceUnit: "drug units" });
    // Ultrasound needle guidance (76942) alone proves nothing: not a guidance of its own here.
    expect(Object.keys(GUIDANCE_CODES)).not.toContain("76942");
  });
});
