// A local HTTP file server for the data update's tests (never the internet): serves files from
// memory on 127.0.0.1 with ETag, Last-Modified, conditional requests and byte ranges, and can
// misbehave on purpose: drop the connection part-way, ignore ranges or conditional requests, stall,
// or answer an error. Every request is logged so tests can assert what was (not) fetched.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { crc32 } from "node:zlib";

export type TServedFile = {
  body: Buffer | string;
  contentType?: string;
  /** Default: a strong ETag from the content; null sends none. */
  etag?: string | null;
  /** Default: a fixed date; null sends none. */
  lastModified?: string | null;
  /** Answer this status (and a short text body) instead of the file. */
  status?: number;
  /** Send this many bytes of the body, then cut the connection, `dropTimes` times (default once). */
  dropAfter?: number;
  dropTimes?: number;
  /** Send this many bytes, then nothing more (the client's idle timeout must fire). */
  stallAfter?: number;
  /** Answer every Range request with the whole file (200), as some servers do. */
  ignoreRange?: boolean;
  /** Never answer 304. */
  ignoreConditional?: boolean;
};

export type TRequestLog = {
  method: string;
  path: string;
  range?: string;
  ifRange?: string;
  conditional: boolean;
  status: number;
};

export type TFileServer = {
  base: string;
  url: (path: string) => string;
  set: (path: string, file: TServedFile) => void;
  requests: TRequestLog[];
  /** Requests for one path (GET and HEAD). */
  requestsFor: (path: string) => TRequestLog[];
  close: () => Promise<void>;
};

export const FIXED_DATE = "Tue, 01 Dec 2026 08:00:00 GMT";

export async function startFileServer(): Promise<TFileServer> {
  const files = new Map<string, TServedFile>();
  const requests: TRequestLog[] = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const file = files.get(path);
    const log: TRequestLog = {
      method: req.method ?? "GET",
      path,
      range: req.headers.range,
      ifRange: req.headers["if-range"] as string | undefined,
      conditional: Boolean(req.headers["if-none-match"] || req.headers["if-modified-since"]),
      status: 200,
    };
    requests.push(log);
    const answer = (status: number, headers: http.OutgoingHttpHeaders = {}, body?: Buffer | string) => {
      log.status = status;
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (!file) return answer(404, { "content-type": "text/plain" }, "not found");
    if (file.status) return answer(file.status, { "content-type": "text/plain" }, `status ${file.status}`);

    const body = Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body);
    const etag =
      file.etag === undefined ? `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"` : file.etag;
    const lastModified = file.lastModified === undefined ? FIXED_DATE : file.lastModified;
    const headers: http.OutgoingHttpHeaders = {
      "content-type": file.contentType ?? "application/octet-stream",
      "accept-ranges": "bytes",
    };
    if (etag) headers.etag = etag;
    if (lastModified) headers["last-modified"] = lastModified;

    if (!file.ignoreConditional) {
      const inm = req.headers["if-none-match"];
      const ims = req.headers["if-modified-since"];
      if (
        (inm && etag && inm === etag) ||
        (!inm && ims && lastModified && Date.parse(ims) >= Date.parse(lastModified))
      )
        return answer(304, headers);
    }

    let start = 0;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    const ifRange = req.headers["if-range"];
    const rangeHolds = !ifRange || ifRange === etag || ifRange === lastModified;
    if (range && !file.ignoreRange && rangeHolds) {
      start = Number(range[1]);
      if (start >= body.length) return answer(416, { "content-range": `bytes */${body.length}` });
      log.status = 206;
      res.writeHead(206, {
        ...headers,
        "content-length": body.length - start,
        "content-range": `bytes ${start}-${body.length - 1}/${body.length}`,
      });
    } else {
      res.writeHead(200, { ...headers, "content-length": body.length });
    }
    if (req.method === "HEAD") return res.end();
    const rest = body.subarray(start);
    const dropsLeft = file.dropTimes ?? 1;
    if (file.dropAfter !== undefined && dropsLeft > 0) {
      file.dropTimes = dropsLeft - 1;
      // Let the first bytes reach the client before the connection goes.
      res.write(rest.subarray(0, file.dropAfter), () => setTimeout(() => res.socket?.destroy(), 50));
      return;
    }
    if (file.stallAfter !== undefined) {
      res.write(rest.subarray(0, file.stallAfter));
      return;
    }
    res.end(rest);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (p) => `${base}${p}`,
    set: (p, f) => files.set(p, f),
    requests,
    requestsFor: (p) => requests.filter((r) => r.path === p),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A ZIP archive of stored (uncompressed) entries: enough for yauzl, for building fixtures at run time. */
export function storedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, "utf8");
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
