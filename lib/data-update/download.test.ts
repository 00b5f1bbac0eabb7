// The downloader against a local server that misbehaves on purpose (tests/file-server.ts): a file of
// a gigabyte on a link that drops must end up byte for byte right, resumed rather than fetched again,
// and an unchanged file must not be fetched at all.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFileServer, type TFileServer } from "@/tests/file-server";
import { download, parseContentRange, sidecarPaths, type TDownloadProgress } from "./download";

let server: TFileServer;
let dir: string;
const BODY = randomBytes(200_000);
const quick = { retries: 0, retryDelayMs: 10, timeouts: { headersMs: 2000, idleMs: 300 } };

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "download-test-"));
  server.requests.length = 0;
});

const dest = (name = "file.zip") => path.join(dir, name);

describe("download", () => {
  it("writes the whole file, reports progress and leaves no part behind", async () => {
    server.set("/a.zip", { body: BODY });
    const seen: TDownloadProgress[] = [];
    const r = await download({
      ...quick,
      url: server.url("/a.zip"),
      dest: dest(),
      onProgress: (p) => seen.push(p),
      progressEveryMs: 0,
    });
    expect(r).toMatchObject({
      status: "downloaded",
      size: BODY.length,
      resumedFrom: 0,
      transferred: BODY.length,
    });
    expect(readFileSync(dest()).equals(BODY)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ received: BODY.length, total: BODY.length });
    expect(existsSync(sidecarPaths(dest()).part)).toBe(false);
    expect(existsSync(sidecarPaths(dest()).partMeta)).toBe(false);
  });

  it("does not fetch an unchanged file again (304 to If-None-Match)", async () => {
    server.set("/b.zip", { body: BODY });
    await download({ ...quick, url: server.url("/b.zip"), dest: dest() });
    const again = await download({ ...quick, url: server.url("/b.zip"), dest: dest() });
    expect(again.status).toBe("unchanged");
    expect(server.requestsFor("/b.zip").map((q) => [q.conditional, q.status])).toEqual([
      [false, 200],
      [true, 304],
    ]);
  });

  it("sees an unchanged file on a server that ignores conditional requests, by its ETag", async () => {
    server.set("/c.zip", { body: BODY, ignoreConditional: true });
    await download({ ...quick, url: server.url("/c.zip"), dest: dest() });
    expect((await download({ ...quick, url: server.url("/c.zip"), dest: dest() })).status).toBe("unchanged");
  });

  it("fetches a changed file and replaces the old one", async () => {
    server.set("/d.zip", { body: BODY });
    await download({ ...quick, url: server.url("/d.zip"), dest: dest() });
    const newer = randomBytes(1000);
    server.set("/d.zip", { body: newer, lastModified: "Wed, 02 Dec 2026 08:00:00 GMT" });
    const r = await download({ ...quick, url: server.url("/d.zip"), dest: dest() });
    expect(r.status).toBe("downloaded");
    expect(readFileSync(dest()).equals(newer)).toBe(true);
  });

  it("keeps the bytes of a cut download and resumes with a Range request on the next call", async () => {
    server.set("/e.zip", { body: BODY, dropAfter: 80_000 });
    await expect(download({ ...quick, url: server.url("/e.zip"), dest: dest() })).rejects.toThrow(
      /download of file\.zip stopped at .*: the connection to 127\.0\.0\.1:\d+ was cut\. .* kept: the next run resumes\.$/,
    );
    expect(existsSync(dest())).toBe(false);
    const kept = readFileSync(sidecarPaths(dest()).part).length;
    expect(kept).toBeGreaterThan(0);
    const r = await download({ ...quick, url: server.url("/e.zip"), dest: dest() });
    expect(r).toMatchObject({ status: "downloaded", resumedFrom: kept, transferred: BODY.length - kept });
    expect(readFileSync(dest()).equals(BODY)).toBe(true);
    const second = server.requestsFor("/e.zip")[1]!;
    expect(second).toMatchObject({
      range: `bytes=${kept}-`,
      status: 206,
      ifRange: expect.stringMatching(/^"/),
    });
  });

  it("retries a cut download within one call, resuming each time", async () => {
    server.set("/f.zip", { body: BODY, dropAfter: 50_000, dropTimes: 2 });
    const notes: string[] = [];
    const r = await download({
      ...quick,
      retries: 3,
      url: server.url("/f.zip"),
      dest: dest(),
      log: (l) => notes.push(l),
    });
    expect(readFileSync(dest()).equals(BODY)).toBe(true);
    expect(r.resumedFrom).toBeGreaterThan(0);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/was cut; trying again in 10 ms\.$/);
    expect(
      server
        .requestsFor("/f.zip")
        .slice(1)
        .every((q) => q.range?.startsWith("bytes=")),
    ).toBe(true);
  });

  it("starts again from the beginning when the server ignores the range, and ends with the right file", async () => {
    server.set("/g.zip", { body: BODY, dropAfter: 70_000, ignoreRange: true });
    await expect(download({ ...quick, url: server.url("/g.zip"), dest: dest() })).rejects.toThrow(/was cut/);
    const notes: string[] = [];
    const r = await download({
      ...quick,
      url: server.url("/g.zip"),
      dest: dest(),
      log: (l) => notes.push(l),
    });
    expect(r).toMatchObject({ status: "downloaded", resumedFrom: 0, transferred: BODY.length });
    expect(readFileSync(dest()).equals(BODY)).toBe(true);
    expect(server.requestsFor("/g.zip")[1]).toMatchObject({
      range: expect.stringMatching(/^bytes=\d+-$/),
      status: 200,
    });
    expect(notes.join("\n")).toMatch(/ignored the range, or the file changed/);
  });

  it("does not glue the tail of a new version onto the part of an old one (If-Range)", async () => {
    server.set("/h.zip", { body: BODY, dropAfter: 60_000 });
    await expect(download({ ...quick, url: server.url("/h.zip"), dest: dest() })).rejects.toThrow(/was cut/);
    const newer = randomBytes(150_000);
    server.set("/h.zip", { body: newer });
    await download({ ...quick, url: server.url("/h.zip"), dest: dest() });
    expect(readFileSync(dest()).equals(newer)).toBe(true);
  });

  it("says what an HTTP error was, in one line", async () => {
    await expect(download({ ...quick, url: server.url("/missing.zip"), dest: dest() })).rejects.toThrow(
      new RegExp(`^${server.url("/missing.zip").replace(/[.?]/g, "\\$&")} answered 404 Not Found\\.$`),
    );
    server.set("/broken.zip", { body: "x", status: 500 });
    await expect(
      download({ ...quick, retries: 1, url: server.url("/broken.zip"), dest: dest() }),
    ).rejects.toThrow(/answered 500 Internal Server Error \(2 attempts\)\.$/);
    expect(server.requestsFor("/broken.zip")).toHaveLength(2);
  });

  it("gives up on a server that stops sending, and on a host that does not resolve", async () => {
    server.set("/stall.zip", { body: BODY, stallAfter: 1000 });
    await expect(download({ ...quick, url: server.url("/stall.zip"), dest: dest() })).rejects.toThrow(
      /stopped at 1 kB of 200 kB: 127\.0\.0\.1:\d+ sent nothing for 300 ms\./,
    );
    await expect(
      download({ ...quick, url: "http://no-such-host.invalid/x.zip", dest: dest() }),
    ).rejects.toThrow(
      /^Cannot fetch http:\/\/no-such-host\.invalid\/x\.zip: cannot resolve no-such-host\.invalid \(DNS lookup failed\)/,
    );
  });

  it("says the disk is full instead of failing with a stack trace", async () => {
    server.set("/i.zip", { body: BODY });
    // Writes to /dev/full fail with ENOSPC, as on a full disk.
    symlinkSync("/dev/full", sidecarPaths(dest()).part);
    await expect(download({ ...quick, url: server.url("/i.zip"), dest: dest() })).rejects.toThrow(
      /^The disk is full: file\.zip stopped after .*\. Free space in .* \(DATA_DIR\), then run again: the download resumes\.$/,
    );
  });

  it("ignores a part whose sidecar belongs to another address", async () => {
    server.set("/j.zip", { body: BODY });
    writeFileSync(sidecarPaths(dest()).part, "stale bytes");
    writeFileSync(
      sidecarPaths(dest()).partMeta,
      JSON.stringify({ url: "http://elsewhere/j.zip", etag: '"x"', lastModified: null }),
    );
    await download({ ...quick, url: server.url("/j.zip"), dest: dest() });
    expect(readFileSync(dest()).equals(BODY)).toBe(true);
    expect(server.requestsFor("/j.zip")[0]!.range).toBeUndefined();
  });
});

describe("parseContentRange", () => {
  it("reads the start and the total", () => {
    expect(parseContentRange("bytes 100-199/200")).toEqual({ start: 100, total: 200 });
    expect(parseContentRange("bytes 5-9/*")).toEqual({ start: 5, total: null });
    expect(parseContentRange("items 1-2/3")).toBeNull();
    expect(parseContentRange(null)).toBeNull();
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
