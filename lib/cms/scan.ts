// The read loop both CMS imports share: the file's bytes through the streaming CSV scanner
// (lib/nppes/csv-scanner.ts: offsets of the selected columns only, no array of strings per row),
// with the delimiter sniffed from the header line, progress every `progressEveryMs`, a pause after
// each chunk for the caller's pending database write, and a stop on the abort signal.
import pg from "pg";
import { CsvScanner, type ICsvRow } from "@/lib/nppes/csv-scanner";
import { CmsFatalError } from "./errors";
import { sniffDelimiter } from "./file-meta";
import type { TCmsInput } from "./input";

export type TScanOptions = {
  input: TCmsInput;
  encoding: "latin1" | "utf8";
  slotCount: number;
  onHeader: (fields: string[], delimiter: "," | "\t") => Int32Array;
  onRow: (row: ICsvRow) => void;
  onError: (line: number, reason: string) => void;
  /** Awaited after each chunk: back-pressure from the database writes. */
  afterChunk: () => Promise<void>;
  onProgress: (bytesRead: number) => void;
  progressEveryMs: number;
  signal?: AbortSignal;
};

/** Reads the whole input; `completed` is false when the signal stopped it first. */
export async function scanInput(o: TScanOptions): Promise<{ completed: boolean; bytesRead: number }> {
  let scanner: CsvScanner | null = null;
  let headerSeen = false;
  let readError: Error | null = null;
  let lastLine = 0;
  let lastProgress = 0;
  o.input.stream.on("error", (e: Error) => {
    readError ??= e;
  });
  try {
    for await (const chunk of o.input.stream) {
      if (!scanner) {
        const delimiter = sniffDelimiter(chunk as Buffer);
        scanner = new CsvScanner({
          slotCount: o.slotCount,
          delimiter,
          // The 2012 file is tab-separated without quoting: a quote there is a character.
          quotes: delimiter === ",",
          encoding: o.encoding,
          onHeader: (fields) => {
            headerSeen = true;
            return o.onHeader(fields, delimiter);
          },
          onRow: (row) => {
            lastLine = row.line;
            o.onRow(row);
          },
          onError: o.onError,
        });
      }
      scanner.push(chunk as Buffer);
      await o.afterChunk();
      if (performance.now() - lastProgress >= o.progressEveryMs) {
        lastProgress = performance.now();
        o.onProgress(scanner.bytesIn);
      }
      if (o.signal?.aborted) return { completed: false, bytesRead: scanner.bytesIn };
    }
    scanner?.end();
  } catch (e) {
    if (readError)
      throw new CmsFatalError(
        `Reading ${o.input.name} failed after line ${lastLine}: ${(readError as Error).message}`,
      );
    throw e;
  }
  if (readError)
    throw new CmsFatalError(
      `Reading ${o.input.name} failed after line ${lastLine}: ${(readError as Error).message}`,
    );
  if (!headerSeen) throw new CmsFatalError(`${o.input.name} is empty: it has no header line.`);
  o.onProgress(scanner?.bytesIn ?? 0);
  return { completed: true, bytesRead: scanner?.bytesIn ?? 0 };
}

/** Connects and takes the dataset's advisory lock (one import of a dataset at a time per database). */
export async function connectLocked(databaseUrl: string, lockKey: string, what: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>(
    "SELECT pg_try_advisory_lock(hashtext($1)) AS locked",
    [lockKey],
  );
  if (!rows[0]?.locked) {
    await client.end().catch(() => {});
    throw new CmsFatalError(`Another ${what} import is running on this database; wait for it to finish.`);
  }
  return client;
}

/** One database write at a time runs beside the scanning; a failure surfaces at the next submit. */
export function writeQueue() {
  let inflight: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  return {
    async submit(op: () => Promise<void>) {
      await inflight;
      if (failure) throw failure;
      inflight = op().catch((e: unknown) => {
        failure = e;
      });
    },
    async drain() {
      await inflight;
      if (failure) throw failure;
    },
  };
}
