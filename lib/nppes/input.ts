// Opens the NPPES file as a byte stream: the CSV itself, or the monthly ZIP it is published in (which
// also holds a header-only "_fileheader" CSV and the other-name, practice-location and endpoint
// files: the one wanted is npidata_pfile_*.csv). Nothing is read into memory whole.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { NppesFatalError } from "./errors";

export type TNppesInput = {
  stream: Readable;
  /** Bytes the stream will deliver (the uncompressed size for a ZIP entry), for progress. */
  totalBytes: number;
  /** What is being read: the file, or "archive.zip > entry.csv". */
  name: string;
  close: () => void;
};

const MAIN_CSV = /^npidata_pfile_.*\.csv$/i;

/** A library message as the end of our sentence (yauzl's end in "." or "..", ours add one). */
const reason = (e: Error | null | undefined) => (e?.message ?? "unknown error").replace(/[.\s]+$/, "");

/** The monthly data file inside the archive, not its "_fileheader" companion. */
export function isNppesDataEntry(fileName: string): boolean {
  const base = path.posix.basename(fileName);
  return MAIN_CSV.test(base) && !/fileheader/i.test(base);
}

async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
    return magic.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

function openZipEntry(file: string): Promise<TNppesInput> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip)
        return reject(new NppesFatalError(`Cannot read ${file} as a ZIP archive: ${reason(err)}.`));
      const seen: string[] = [];
      zip.on("error", (e: Error) =>
        reject(new NppesFatalError(`Cannot read ${file} as a ZIP archive: ${reason(e)}.`)),
      );
      zip.on("end", () => {
        zip.close();
        reject(
          new NppesFatalError(
            `${file} holds no npidata_pfile_*.csv data file (it has: ${seen.join(", ") || "nothing"}).`,
          ),
        );
      });
      zip.on("entry", (entry: yauzl.Entry) => {
        seen.push(entry.fileName);
        if (!isNppesDataEntry(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            zip.close();
            return reject(new NppesFatalError(`Cannot unpack ${entry.fileName} from ${file}: ${reason(e)}.`));
          }
          resolve({
            stream,
            totalBytes: entry.uncompressedSize,
            name: `${path.basename(file)} > ${entry.fileName}`,
            close: () => {
              stream.destroy();
              zip.close();
            },
          });
        });
      });
      zip.readEntry();
    });
  });
}

export async function openNppesInput(file: string): Promise<TNppesInput> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new NppesFatalError(
      e.code === "ENOENT" ? `No such file: ${file}` : `Cannot read ${file}: ${e.message}`,
    );
  });
  if (!info.isFile()) throw new NppesFatalError(`${file} is not a file.`);
  if (await isZip(file)) return openZipEntry(file);
  // 1 MiB reads: few enough callbacks to keep up with the scanner, small enough to keep memory flat.
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return { stream, totalBytes: info.size, name: path.basename(file), close: () => stream.destroy() };
}
