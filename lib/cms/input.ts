// Opens a CMS file as a byte stream: the CSV/TSV itself, or a ZIP holding it (CMS ships the 2012-2016
// claims files zipped with a PDF methodology beside them). In a ZIP the data file is the largest
// .csv/.tsv/.txt entry that is not a readme or dictionary. Nothing is read into memory whole.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { CmsFatalError } from "./errors";

export type TCmsInput = {
  stream: Readable;
  /** Bytes the stream will deliver (the uncompressed size for a ZIP entry), for progress. */
  totalBytes: number;
  /** What is being read: the file, or "archive.zip > entry.csv". */
  name: string;
  /** Names that may carry the data year or date: the entry's, then the file's. */
  names: string[];
  /** The file's modification time (of the ZIP for an entry). */
  modified: Date;
  close: () => void;
};

const DATA_ENTRY = /\.(csv|tsv|txt)$/i;
const NOT_DATA = /readme|dictionary|methodology|header|layout/i;

const reason = (e: Error | null | undefined) => (e?.message ?? "unknown error").replace(/[.\s]+$/, "");

/** Whether a ZIP entry can be the data file. */
export function isDataEntry(fileName: string): boolean {
  const base = path.posix.basename(fileName);
  return DATA_ENTRY.test(base) && !NOT_DATA.test(base) && !fileName.startsWith("__MACOSX/");
}

async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const magic = Buffer.alloc(4);
    const { bytesRead } = await handle.read(magic, 0, 4, 0);
    return bytesRead === 4 && magic.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

function openZipEntry(file: string, modified: Date): Promise<TCmsInput> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip)
        return reject(new CmsFatalError(`Cannot read ${file} as a ZIP archive: ${reason(err)}.`));
      const seen: string[] = [];
      let best: yauzl.Entry | null = null;
      zip.on("error", (e: Error) =>
        reject(new CmsFatalError(`Cannot read ${file} as a ZIP archive: ${reason(e)}.`)),
      );
      zip.on("entry", (entry: yauzl.Entry) => {
        seen.push(entry.fileName);
        if (isDataEntry(entry.fileName) && (!best || entry.uncompressedSize > best.uncompressedSize))
          best = entry;
        zip.readEntry();
      });
      zip.on("end", () => {
        const entry = best as yauzl.Entry | null;
        if (!entry) {
          zip.close();
          return reject(
            new CmsFatalError(
              `${file} holds no .csv, .tsv or .txt data file (it has: ${seen.join(", ") || "nothing"}).`,
            ),
          );
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            zip.close();
            return reject(new CmsFatalError(`Cannot unpack ${entry.fileName} from ${file}: ${reason(e)}.`));
          }
          resolve({
            stream,
            totalBytes: entry.uncompressedSize,
            name: `${path.basename(file)} > ${entry.fileName}`,
            names: [entry.fileName, path.basename(file)],
            modified,
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

export async function openCmsInput(file: string): Promise<TCmsInput> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new CmsFatalError(
      e.code === "ENOENT" ? `No such file: ${file}` : `Cannot read ${file}: ${e.message}`,
    );
  });
  if (!info.isFile()) throw new CmsFatalError(`${file} is not a file.`);
  if (await isZip(file)) return openZipEntry(file, info.mtime);
  // 1 MiB reads: few enough callbacks to keep up with the scanner, small enough to keep memory flat.
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return {
    stream,
    totalBytes: info.size,
    name: path.basename(file),
    names: [path.basename(file)],
    modified: info.mtime,
    close: () => stream.destroy(),
  };
}
