import { z } from "zod";
import { MAX_COMPARE } from "@/lib/shortlist";

/** `ids` of /compare: 1 to MAX_COMPARE distinct provider ids, comma-separated (a shareable link). */
export const ZCompareIds = z
  .string({ error: "Choose doctors to compare." })
  .trim()
  .transform((v, ctx) => {
    const parts = v.split(",").map((s) => s.trim()).filter(Boolean);
    if (!parts.length) {
      ctx.addIssue({ code: "custom", message: "Choose doctors to compare." });
      return z.NEVER;
    }
    if (parts.some((p) => !/^\d{1,10}$/.test(p) || Number(p) < 1 || Number(p) > 2147483647)) {
      ctx.addIssue({ code: "custom", message: "The link names a doctor that does not exist: doctor numbers are whole numbers." });
      return z.NEVER;
    }
    const ids = [...new Set(parts.map(Number))];
    if (ids.length > MAX_COMPARE) {
      ctx.addIssue({ code: "custom", message: `Compare at most ${MAX_COMPARE} doctors at a time.` });
      return z.NEVER;
    }
    return ids;
  });
