import { describe, expect, it } from "vitest";
import { checkPostBody, checkPostHeaders, checkRequestLine, jsonDepth, MAX_JSON_DEPTH } from "../../scripts/lib/request-guard.mjs";

// Issue 16, finding 6: the malformed requests Next.js answered with a 500 are refused with a 4xx
// before it sees them (scripts/server.mjs); tests/e2e/fuzz.spec.ts checks the whole server.

describe("checkRequestLine", () => {
  it("refuses TRACE and other methods the app does not serve with 405", () => {
    for (const m of ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT"]) expect(checkRequestLine(m, "/api/health")?.status, m).toBe(405);
    for (const m of ["GET", "HEAD", "POST"]) expect(checkRequestLine(m, "/")).toBeNull();
  });

  it("refuses a path whose percent-encoding does not decode, or that decodes to a control character", () => {
    expect(checkRequestLine("GET", "/providers/%ED%BF%BF")?.status).toBe(400);
    expect(checkRequestLine("GET", "/providers/%zz")?.status).toBe(400);
    expect(checkRequestLine("GET", "/providers/%00")?.status).toBe(400);
    expect(checkRequestLine("GET", "/providers/caf%C3%A9")).toBeNull();
  });

  it("refuses a NUL byte in the query", () => {
    expect(checkRequestLine("GET", "/admin/providers?q=%00")?.status).toBe(400);
    expect(checkRequestLine("GET", "/admin/providers?q=ok%20name")).toBeNull();
  });
});

describe("checkPostHeaders", () => {
  const own = { host: "example.org", "content-type": "multipart/form-data; boundary=x" };
  it("refuses a server action from another origin with 403", () => {
    expect(checkPostHeaders("/sign-in", { ...own, origin: "https://evil.example" })?.status).toBe(403);
    expect(checkPostHeaders("/sign-in", { ...own, origin: "http://example.org" })).toBeNull();
  });
  it("refuses bodies over 1 MB and content types no form sends", () => {
    expect(checkPostHeaders("/sign-in", { ...own, "content-length": String(2 * 1024 * 1024) })?.status).toBe(413);
    expect(checkPostHeaders("/sign-in", { host: "example.org", "content-type": "application/json" })?.status).toBe(415);
    expect(checkPostHeaders("/api/auth/x", { host: "example.org", "content-type": "application/json" })).toBeNull();
  });
});

describe("checkPostBody", () => {
  it("refuses broken multipart, bad JSON and deep nesting", async () => {
    expect((await checkPostBody("multipart/form-data; boundary=xx", Buffer.from("garbage")))?.status).toBe(400);
    expect((await checkPostBody("text/plain;charset=UTF-8", Buffer.from("{")))?.status).toBe(400);
    expect((await checkPostBody("text/plain;charset=UTF-8", Buffer.from("")))?.status).toBe(400);
    const deep = "[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1);
    expect((await checkPostBody("text/plain", Buffer.from(deep)))?.status).toBe(400);
    expect(await checkPostBody("text/plain", Buffer.from('["$K1",{"a":[1,2]}]'))).toBeNull();
  });

  it("lets free text in a form's own fields through, whatever it looks like", async () => {
    const body = Buffer.from('--b\r\nContent-Disposition: form-data; name="1_body"\r\n\r\n[[[[not json\r\n--b--\r\n');
    expect(await checkPostBody("multipart/form-data; boundary=b", body)).toBeNull();
  });

  it("counts depth without recursion, ignoring brackets in strings", () => {
    expect(jsonDepth('["[[[["]')).toBe(1);
    expect(jsonDepth("[".repeat(100_000))).toBe(100_000);
  });
});

describe("server action arguments", () => {
  it("refuses arguments that are not a list, and references to parts the body lacks", async () => {
    for (const body of ['"x"', "null", '{"a":1}', "1"]) expect((await checkPostBody("text/plain", Buffer.from(body), true))?.status, body).toBe(400);
    expect((await checkPostBody("text/plain", Buffer.from('["$@1"]'), true))?.status).toBe(400);
    expect(await checkPostBody("text/plain", Buffer.from('["$$escaped", "$D2026-01-01T00:00:00.000Z", "$undefined", 1]'), true)).toBeNull();
    const form = (fields: Array<[string, string]>) => Buffer.from(fields.map(([k, v]) => `--xx\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + "--xx--\r\n");
    expect(await checkPostBody("multipart/form-data; boundary=xx", form([["0", '["$K1"]'], ["1_email", "a@b.c"]]), true)).toBeNull();
    expect((await checkPostBody("multipart/form-data; boundary=xx", form([["0", '["$2"]']]), true))?.status).toBe(400);
    expect((await checkPostBody("multipart/form-data; boundary=xx", form([["1_email", "a@b.c"]]), true))?.status).toBe(400);
  });
});
