import { z } from "zod";
import { ZNpi } from "./provider-submission";

/**
 * GET /api/npi-lookup?npi=…: exactly one `npi`, a valid NPI (check digit included), and nothing
 * else, so a typo is answered before any database row or remote registry is read.
 */
export const ZNpiLookupQuery = z.strictObject(
  { npi: ZNpi },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? "Only the npi parameter is accepted." : undefined,
  },
);
export type TNpiLookupQuery = z.infer<typeof ZNpiLookupQuery>;

/** The query string as an object; a repeated parameter is refused rather than guessed at. */
export function parseNpiLookupQuery(
  params: URLSearchParams,
): { ok: true; npi: string } | { ok: false; message: string; fields: Record<string, string> } {
  // No prototype: "__proto__" or "constructor" are parameters like any other.
  const raw: Record<string, string> = Object.create(null);
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    if (all.length > 1)
      return { ok: false, message: `Give ${key} once.`, fields: { [key]: `Give ${key} once.` } };
    raw[key] = all[0] ?? "";
  }
  if (!("npi" in raw))
    return {
      ok: false,
      message: "Give the NPI to look up: ?npi=1234567893.",
      fields: { npi: "Enter your 10-digit NPI." },
    };
  const parsed = ZNpiLookupQuery.safeParse(raw);
  if (parsed.success) return { ok: true, npi: parsed.data.npi };
  const fields: Record<string, string> = Object.create(null);
  for (const issue of parsed.error.issues) {
    const key = issue.path.length
      ? String(issue.path[0])
      : ((issue as { keys?: string[] }).keys?.[0] ?? "query");
    fields[key] ??= issue.message;
  }
  return { ok: false, message: Object.values(fields)[0] ?? "Invalid query.", fields };
}
