// A streaming RFC 4180 scanner for very large files (the NPPES file: ~9 million rows of ~330 quoted
// fields). General CSV libraries build an array of strings per row; at 60,000 rows a second that is
// 20 million strings a second, nearly all thrown away. This scanner walks the bytes once, records only
// the offsets of the columns the caller selected (by index, chosen from the header), and lets the
// caller decode just those: a row costs one pass over its bytes and no allocation.
//
// Supported: quoted and unquoted fields, doubled quotes, CRLF or LF line ends, line breaks inside
// quotes, a UTF-8 byte-order mark, a last line without a line end, blank lines (skipped).
// A row that breaks the grammar (text after a closing quote, a quote inside an unquoted field, a bare
// CR, the file ending inside quotes, a row longer than `maxRowBytes`) is reported through `onError`
// and scanning resumes at the line after the one where that row began: a cut line costs one row, not
// the rest of the file.
//
// Also reads tab-separated files without quoting (`delimiter: "\t", quotes: false`: CMS's 2012
// claims file, where a quote is just a character) and decodes text as UTF-8 when asked.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Read access to the current row's selected columns; valid only during the `onRow` call. */
export interface ICsvRow {
  /** 1-based physical line on which the row starts (the header is line 1). */
  readonly line: number;
  /** Number of fields the row actually had. */
  readonly fieldCount: number;
  /** Byte length of a selected column's value (0 when the row is too short to have it). */
  length(slot: number): number;
  /** The k-th byte of a selected column's raw value (k < length(slot)). */
  byteAt(slot: number, k: number): number;
  /** A selected column's value decoded (ISO-8859-1 unless `encoding` says UTF-8), with doubled quotes undone. */
  text(slot: number): string;
}

export type TCsvScannerOptions = {
  /**
   * Receives the header's field names and returns, for each column index, the slot to record it in
   * (-1: not needed). Throwing here ends the scan (e.g. a required column is missing).
   */
  onHeader: (fields: string[]) => Int32Array;
  onRow: (row: ICsvRow) => void;
  onError: (line: number, reason: string) => void;
  /** A row longer than this is reported and skipped (a quote that never closes would otherwise swallow the file). */
  maxRowBytes?: number;
  /** Number of slots the caller reads (default: one more than the highest slot onHeader assigned). */
  slotCount?: number;
  /** Field separator, one ASCII character (default ","). */
  delimiter?: string;
  /** Whether a field may be quoted (default true). False: quotes are ordinary characters (TSV). */
  quotes?: boolean;
  /** How text() decodes values and header names (default "latin1", the NPPES file's encoding). */
  encoding?: "latin1" | "utf8";
};

// scanRow() results other than a row's end offset.
const INCOMPLETE = -1;
const BROKEN = -2;

export class CsvScanner implements ICsvRow {
  line = 1;
  fieldCount = 0;
  /** Bytes handed to push() so far, for progress. */
  bytesIn = 0;

  private buf: Buffer = Buffer.alloc(0);
  private work: Buffer = Buffer.alloc(0);
  // Per column index: slot or -1. Per slot: column index, and the current row's value offsets.
  private slotOf: Int32Array = new Int32Array(0);
  private columnOfSlot = new Int32Array(0);
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private escaped = new Uint8Array(0);
  /** Non-null until the header has been read: its fields are collected here. */
  private headerFields: string[] | null = [];
  private newlinesInRow = 0;
  private brokenReason = "";
  private atFileStart = true;
  private readonly maxRowBytes: number;
  private readonly delimiter: number;
  private readonly quotes: boolean;
  private readonly encoding: "latin1" | "utf8";

  constructor(private readonly options: TCsvScannerOptions) {
    this.maxRowBytes = options.maxRowBytes ?? 256 * 1024;
    const delimiter = options.delimiter ?? ",";
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || /["\r\n]/.test(delimiter))
      throw new Error(`The delimiter must be one ASCII character other than a quote or a line end.`);
    this.delimiter = delimiter.charCodeAt(0);
    this.quotes = options.quotes ?? true;
    this.encoding = options.encoding ?? "latin1";
  }

  /** Scans a chunk; an unfinished last row is kept and completed by the next push() or end(). */
  push(chunk: Buffer): void {
    this.bytesIn += chunk.length;
    if (this.atFileStart && chunk.length > 0) {
      this.atFileStart = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    const carry = this.buf.length;
    if (carry === 0) {
      this.buf = chunk;
    } else {
      // The carried partial row (at most one row) and the new chunk go into one reusable buffer.
      const need = carry + chunk.length;
      if (this.work.length < need) {
        const bigger = Buffer.allocUnsafe(Math.max(need, this.work.length * 2));
        this.buf.copy(bigger, 0);
        this.work = bigger;
      } else {
        // copyWithin semantics: the carry may already sit inside `work`, possibly overlapping.
        this.work.set(this.buf, 0);
      }
      chunk.copy(this.work, carry);
      this.buf = this.work.subarray(0, need);
    }
    this.scan(false);
  }

  /** Scans what is left after the last chunk (a last line without a line end). */
  end(): void {
    this.scan(true);
    this.buf = Buffer.alloc(0);
  }

  // ICsvRow ---------------------------------------------------------------------------------------

  length(slot: number): number {
    return this.columnOfSlot[slot]! < this.fieldCount ? this.ends[slot]! - this.starts[slot]! : 0;
  }

  byteAt(slot: number, k: number): number {
    return this.buf[this.starts[slot]! + k]!;
  }

  text(slot: number): string {
    if (this.columnOfSlot[slot]! >= this.fieldCount) return "";
    const s = this.buf.toString(this.encoding, this.starts[slot]!, this.ends[slot]!);
    return this.escaped[slot] === 1 ? s.replaceAll('""', '"') : s;
  }

  // Scanning ----------------------------------------------------------------------------------------

  private scan(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let start = 0;
    while (start < n) {
      // Blank line.
      if (buf[start] === LF || (buf[start] === CR && buf[start + 1] === LF)) {
        start += buf[start] === LF ? 1 : 2;
        this.line++;
        continue;
      }
      if (buf[start] === CR && start + 1 >= n && !final) break;
      let end = this.scanRow(buf, start, n, final);
      if (end === INCOMPLETE && n - start > this.maxRowBytes) {
        this.brokenReason = `row longer than ${this.maxRowBytes} bytes (a quote that never closes?)`;
        end = BROKEN;
      }
      if (end === INCOMPLETE) break;
      if (end === BROKEN) {
        const next = this.resync(buf, start, n, final);
        if (next === INCOMPLETE) break;
        start = next;
        continue;
      }
      if (this.headerFields !== null) this.acceptHeader(this.headerFields);
      else this.options.onRow(this);
      this.line += this.newlinesInRow + 1;
      start = end;
    }
    // The unfinished row waits for the next chunk. A subarray is enough: push() copies it before
    // the stream can reuse the memory it points into.
    this.buf = start >= n || final ? Buffer.alloc(0) : buf.subarray(start);
  }

  /** Reports the broken row starting at `start`; returns where scanning resumes (the next line). */
  private resync(buf: Buffer, start: number, n: number, final: boolean): number {
    const lf = buf.indexOf(LF, start);
    if (lf < 0) {
      if (!final && n - start <= 2 * this.maxRowBytes) return INCOMPLETE;
      this.options.onError(this.line, this.brokenReason);
      return n;
    }
    this.options.onError(this.line, this.brokenReason);
    this.line++;
    return lf + 1;
  }

  private acceptHeader(fields: string[]): void {
    this.headerFields = null;
    const slotOf = this.options.onHeader(fields);
    // Slots the header did not assign (optional columns the file lacks) read as absent: blank.
    let slots = this.options.slotCount ?? 0;
    for (const s of slotOf) slots = Math.max(slots, s + 1);
    this.slotOf = slotOf;
    this.columnOfSlot = new Int32Array(slots).fill(0x7fffffff);
    slotOf.forEach((slot, column) => {
      if (slot >= 0) this.columnOfSlot[slot] = column;
    });
    this.starts = new Int32Array(slots);
    this.ends = new Int32Array(slots);
    this.escaped = new Uint8Array(slots);
  }

  /**
   * Scans the row starting at `start`. Returns the offset just past its line end, INCOMPLETE when
   * the data ends first (and more may come), or BROKEN (with brokenReason set).
   */
  private scanRow(buf: Buffer, start: number, n: number, final: boolean): number {
    const slotOf = this.slotOf;
    const columns = slotOf.length;
    const delimiter = this.delimiter;
    const quotes = this.quotes;
    const header = this.headerFields;
    if (header !== null) header.length = 0;
    let field = 0;
    let newlines = 0;
    let i = start;
    for (;;) {
      let fs: number;
      let esc = false;
      if (quotes && i < n && buf[i] === QUOTE) {
        fs = ++i;
        for (;;) {
          if (i >= n) {
            if (!final) return INCOMPLETE;
            this.brokenReason = "the file ends inside a quoted field";
            return BROKEN;
          }
          const c = buf[i]!;
          if (c === QUOTE) {
            if (i + 1 >= n && !final) return INCOMPLETE;
            if (buf[i + 1] !== QUOTE) break;
            esc = true;
            i += 2;
          } else {
            if (c === LF) newlines++;
            i++;
          }
        }
        this.record(field, columns, fs, i, esc, header);
        i++; // the closing quote
        if (i < n) {
          const c = buf[i]!;
          if (c !== delimiter && c !== LF && c !== CR) {
            this.brokenReason = `unexpected text after the closing quote of field ${field + 1}`;
            return BROKEN;
          }
        }
      } else {
        fs = i;
        while (i < n) {
          const c = buf[i]!;
          if (c === delimiter || c === LF || c === CR) break;
          if (c === QUOTE && quotes) {
            this.brokenReason = `a quote inside unquoted field ${field + 1}`;
            return BROKEN;
          }
          i++;
        }
        this.record(field, columns, fs, i, false, header);
      }
      field++;
      if (i >= n) {
        if (!final) return INCOMPLETE;
        return this.rowEnd(field, newlines, n);
      }
      const d = buf[i]!;
      if (d === delimiter) {
        i++;
        if (i >= n && !final) return INCOMPLETE;
        continue;
      }
      if (d === LF) return this.rowEnd(field, newlines, i + 1);
      // CR: rows end only at CRLF.
      if (i + 1 >= n) {
        if (!final) return INCOMPLETE;
        return this.rowEnd(field, newlines, n);
      }
      if (buf[i + 1] === LF) return this.rowEnd(field, newlines, i + 2);
      this.brokenReason = `a carriage return without a line feed after field ${field}`;
      return BROKEN;
    }
  }

  private record(
    field: number,
    columns: number,
    fs: number,
    fe: number,
    esc: boolean,
    header: string[] | null,
  ): void {
    if (header !== null) {
      const name = this.buf.toString(this.encoding, fs, fe);
      header.push(esc ? name.replaceAll('""', '"') : name);
      return;
    }
    if (field >= columns) return;
    const slot = this.slotOf[field]!;
    if (slot < 0) return;
    this.starts[slot] = fs;
    this.ends[slot] = fe;
    this.escaped[slot] = esc ? 1 : 0;
  }

  private rowEnd(fields: number, newlines: number, end: number): number {
    this.fieldCount = fields;
    this.newlinesInRow = newlines;
    return end;
  }
}
