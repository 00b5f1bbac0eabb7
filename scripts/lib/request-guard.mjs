// @ts-check
// What the production server (scripts/server.mjs) refuses before Next.js sees a request: requests
// Next.js itself would answer with a 500 (issue 16). Each refusal is a 4xx with the security
// headers and a one-line reason, never a stack trace:
// - methods other than GET, HEAD and POST: 405 (TRACE on a route handler was a 500);
// - a path whose percent-encoding does not decode, or with a NUL or control character: 400;
// - a NUL byte anywhere in the query string (PostgreSQL refuses NUL in text): 400;
// - a POST to a page with a body other than a form or a server action's: 415; over 1 MB: 413;
// - a server action from another origin: 403 (Next.js throws, a 500);
// - a form or action body that does not parse (broken multipart, bad JSON, nesting deeper than
//   MAX_JSON_DEPTH): 400.
// Wrong argument shapes of a well-formed action body are each action's own check
// (lib/actions/args.ts).

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 64;
const METHODS = new Set(["GET", "HEAD", "POST"]);

/** @typedef {{ status: number, message: string, headers?: Record<string, string> }} TRefusal */

/**
 * The method and the request target.
 * @param {string | undefined} method @param {string | undefined} url
 * @returns {TRefusal | null}
 */
export function checkRequestLine(method, url) {
  if (!method || !METHODS.has(method)) return { status: 405, message: "Method not allowed.", headers: { Allow: "GET, HEAD, POST" } };
  if (!url || !url.startsWith("/")) return { status: 400, message: "Bad request target." };
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, message: "The address is not validly percent-encoded." };
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { status: 400, message: "The address contains a control character." };
  if (q >= 0 && /%00|\u0000/i.test(url.slice(q))) return { status: 400, message: "The query contains a NUL byte." };
  return null;
}

/**
 * The depth of the deepest array or object in a JSON text, counted without recursion (a deeply
 * nested body must not exhaust the stack of whoever checks it).
 * @param {string} text
 */
export function jsonDepth(text) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** @param {string} text @returns {TRefusal | null} */
function checkJson(text) {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { status: 400, message: "The request body is nested too deeply." };
  try {
    JSON.parse(text);
  } catch {
    return { status: 400, message: "The request body is not valid JSON." };
  }
  return null;
}

/** Plain values React encodes with a "$" prefix; every other "$…" string refers to another part. */
const PLAIN_DOLLAR = /^\$(\$|D|n-?\d|undefined$|NaN$|Infinity$|-Infinity$|-0$)/;

/**
 * A server action's arguments as React encodes them: an array (Next.js spreads it into the call),
 * whose "$…" references point at parts that exist (`parts`: the form's field names; none for a
 * text/plain body). Walked without recursion.
 * @param {unknown} root @param {Set<string>} parts @returns {TRefusal | null}
 */
export function checkActionArguments(root, parts) {
  if (!Array.isArray(root)) return { status: 400, message: "A server action's arguments must be a list." };
  /** @type {unknown[]} */
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (!v.startsWith("$") || PLAIN_DOLLAR.test(v)) continue;
      const ref = /^\$([A-Za-z@]?)([0-9a-f]+)$/.exec(v);
      if (!ref) return { status: 400, message: "The request refers to a part it does not contain." };
      const id = String(parseInt(/** @type {string} */ (ref[2]), 16));
      const present = ref[1] === "K" ? true : parts.has(id);
      if (!present) return { status: 400, message: "The request refers to a part it does not contain." };
    } else if (v && typeof v === "object") {
      for (const child of Object.values(v)) stack.push(child);
    }
  }
  return null;
}

/**
 * Headers of a POST, before its body is read: to a route handler (/api/...) anything goes (the
 * handler checks it); to a page only a form or a server action's body, from this site.
 * @param {string} path @param {import("node:http").IncomingHttpHeaders} headers
 * @returns {TRefusal | null}
 */
export function checkPostHeaders(path, headers) {
  if (path.startsWith("/api/")) return null;
  const length = Number(headers["content-length"] ?? 0);
  if (length > MAX_BODY_BYTES) return { status: 413, message: "The request body is larger than 1 MB." };
  const type = (headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"].includes(type)) {
    return { status: 415, message: "A page accepts only form submissions." };
  }
  if (type === "multipart/form-data" && !/boundary=/i.test(headers["content-type"] ?? "")) return { status: 400, message: "The form has no boundary." };
  const origin = headers.origin;
  if (origin && origin !== "null") {
    let host;
    try {
      host = new URL(origin).host;
    } catch {
      return { status: 403, message: "Forms are accepted only from this site." };
    }
    const own = String(headers["x-forwarded-host"] ?? headers.host ?? "").split(",")[0]?.trim();
    if (host !== own) return { status: 403, message: "Forms are accepted only from this site." };
  } else if (origin === "null") {
    return { status: 403, message: "Forms are accepted only from this site." };
  }
  return null;
}

/**
 * The body of a POST to a page, once read: it must parse as its content type says, any JSON in it
 * must be shallow enough, and a server action's (`isAction`: a Next-Action header) arguments must
 * have the shape Next.js can call with.
 * @param {string | undefined} contentType @param {Buffer} body @param {boolean} [isAction]
 * @returns {Promise<TRefusal | null>}
 */
export async function checkPostBody(contentType, body, isAction = false) {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/plain") {
    const text = body.toString("utf8");
    const problem = checkJson(text);
    if (problem || !isAction) return problem;
    return checkActionArguments(JSON.parse(text), new Set());
  }
  if (type === "multipart/form-data") {
    let form;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": /** @type {string} */ (contentType) } }).formData();
    } catch {
      return { status: 400, message: "The form data is malformed." };
    }
    for (const [name, value] of form.entries()) {
      // React encodes an action's arguments as JSON in numbered fields ("0", "1"; a form's own
      // fields are "1_email" and the like, free text), a form without JavaScript its bound ones
      // in "$ACTION_1:0".
      if (typeof value === "string" && (/^\d+$/.test(name) || /^\$ACTION_\d+:\d+$/.test(name)) && /^[[{"]/.test(value)) {
        const problem = checkJson(value);
        if (problem) return problem;
      }
    }
    if (isAction) {
      const root = form.get("0");
      if (typeof root !== "string") return { status: 400, message: "A server action's arguments are missing." };
      const parts = new Set([...form.keys()].map((k) => k.split("_")[0] ?? k));
      for (const [name, value] of form.entries()) {
        if (!/^\d+$/.test(name) || typeof value !== "string") continue;
        let parsed;
        try {
          parsed = JSON.parse(value);
        } catch {
          return { status: 400, message: "The request body is not valid JSON." };
        }
        const problem = name === "0" ? checkActionArguments(parsed, parts) : checkActionArguments([parsed], parts);
        if (problem) return problem;
      }
    }
  }
  return null;
}
