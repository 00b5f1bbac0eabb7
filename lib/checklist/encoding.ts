// Compact, versioned encoding of the checklist for links and for the browser's storage.
//
// A link carries the checklist in the URL fragment, `/checklist#s=<value>`: browsers never send the
// fragment to the server, so notes stay out of server logs. The value is
//   <format><base64url payload>.<checksum>
// format "z": the wire JSON (ZChecklistWireV1), deflate-raw compressed; "j": the JSON uncompressed
// (used when shorter, or when the browser has no CompressionStream). The checksum (FNV-1a over the
// format and payload) catches links that were cut short or mangled on the way; the schema check
// catches everything else. Decoding never throws: it returns an error code the page explains (in its language).
import { CHECKLIST_LIMITS } from "./limits";
import { fromWire, toWire, type TChecklistState } from "./state";

export const STATE_PARAM = "s";

/** "unavailable": the validation's code could not be loaded (a dropped connection); try again later. */
export type TDecodeError =
  | "too-long"
  | "format"
  | "checksum"
  | "corrupt"
  | "invalid"
  | "unsupported"
  | "unavailable";

export type TDecodeResult =
  { ok: true; state: TChecklistState; dropped: number } | { ok: false; error: TDecodeError };

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** FNV-1a, 32 bits, in base 36: a short check against truncation and typos, not a security measure. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function hasCompression(): boolean {
  try {
    new CompressionStream("deflate-raw");
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `maxBytes`, so a small link cannot expand into something huge. */
async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array | "too-long"> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "too-long";
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Encodes the checklist as the value of the `s` fragment parameter. */
export async function encodeChecklist(state: TChecklistState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toWire(state)));
  let value = `j${bytesToBase64Url(json)}`;
  if (hasCompression()) {
    const compressed = `z${bytesToBase64Url(await deflateRaw(json))}`;
    if (compressed.length < value.length) value = compressed;
  }
  return `${value}.${checksum(value)}`;
}

// The schema (zod) is loaded when something has to be checked, not with the page: a first visit, with
// nothing saved and no link, never loads it (issue 15).
let validation: Promise<typeof import("@/lib/validation/checklist")> | undefined;

/** Validates parsed JSON as a saved or shared checklist. */
export async function parseWire(data: unknown): Promise<TDecodeResult> {
  let schema: typeof import("@/lib/validation/checklist").ZChecklistWireV1;
  try {
    schema = (await (validation ??= import("@/lib/validation/checklist"))).ZChecklistWireV1;
  } catch {
    validation = undefined; // tried again next time
    return { ok: false, error: "unavailable" };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, error: "invalid" };
  return { ok: true, ...fromWire(parsed.data) };
}

/** Decodes the value of the `s` parameter. Never throws. */
export async function decodeChecklist(value: string): Promise<TDecodeResult> {
  if (value.length > CHECKLIST_LIMITS.encodedMax) return { ok: false, error: "too-long" };
  const match = /^([zj])([A-Za-z0-9_-]+)\.([0-9a-z]{1,7})$/.exec(value);
  if (!match) return { ok: false, error: "format" };
  const [, format, payload, sum] = match as unknown as [string, "z" | "j", string, string];
  if (checksum(`${format}${payload}`) !== sum) return { ok: false, error: "checksum" };
  const bytes = base64UrlToBytes(payload);
  if (!bytes) return { ok: false, error: "corrupt" };
  let jsonBytes: Uint8Array;
  if (format === "z") {
    if (!hasCompression()) return { ok: false, error: "unsupported" };
    try {
      const inflated = await inflateRaw(bytes, CHECKLIST_LIMITS.decodedMax);
      if (inflated === "too-long") return { ok: false, error: "too-long" };
      jsonBytes = inflated;
    } catch {
      return { ok: false, error: "corrupt" };
    }
  } else {
    if (bytes.byteLength > CHECKLIST_LIMITS.decodedMax) return { ok: false, error: "too-long" };
    jsonBytes = bytes;
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(jsonBytes));
  } catch {
    return { ok: false, error: "corrupt" };
  }
  return parseWire(data);
}

/** The `s` value from a URL fragment such as "#s=...", or null when there is none. */
export function stateParamFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  return params.get(STATE_PARAM);
}

/**
 * The link that reproduces a checklist: the doctor in the query (public), the rest in the fragment.
 * `path` is the page's address in its language ("/checklist", "/es/checklist"); the rest holds ids
 * and codes only, so the same fragment opens the same checklist in every language.
 */
export function checklistHref(providerId: number | null, encoded: string, path = "/checklist"): string {
  const query = providerId ? `?provider=${providerId}` : "";
  return `${path}${query}#${STATE_PARAM}=${encoded}`;
}

/** Browser storage: the same wire JSON, uncompressed (storage is synchronous and local). */
export function serializeForStorage(state: TChecklistState): string {
  return JSON.stringify(toWire(state));
}

export async function parseFromStorage(raw: string): Promise<TDecodeResult> {
  if (raw.length > CHECKLIST_LIMITS.decodedMax) return { ok: false, error: "too-long" };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: "corrupt" };
  }
  return parseWire(data);
}
