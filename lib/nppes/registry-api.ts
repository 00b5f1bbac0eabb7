import "server-only";
import { parseNppesApiAnswer, type TNpiRegistryRecord } from "@/lib/providers/npi-registry";

/** How long the form waits for the NPPES API before it carries on without it. */
export const NPPES_API_TIMEOUT_MS = 4000;

/**
 * Asks the NPPES NPI Registry API (version 2.1) for one NPI. Any failure (timeout, HTTP error, odd
 * JSON) is logged and answered as "not found": the lookup only offers answers, it never blocks the form.
 */
export async function fetchNppesRecord(
  baseUrl: string,
  npi: string,
  timeoutMs = NPPES_API_TIMEOUT_MS,
): Promise<TNpiRegistryRecord | null> {
  const url = new URL(baseUrl);
  url.searchParams.set("version", "2.1");
  url.searchParams.set("number", npi);
  try {
    const res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json" },
      redirect: "error",
      cache: "no-store",
    });
    if (!res.ok) {
      console.error(`NPPES API: HTTP ${res.status} for ${url.origin}${url.pathname}`);
      return null;
    }
    const text = await res.text();
    if (text.length > 1_000_000) return null;
    return parseNppesApiAnswer(npi, JSON.parse(text));
  } catch (e) {
    console.error(`NPPES API: ${(e as Error).name}: ${(e as Error).message}`);
    return null;
  }
}
