// Rows for COPY ... FROM STDIN (text format) written straight into a Buffer: no array per row, no
// string per field or per row, no concatenated chunk (the clinicians import writes 1.25 million
// records; building them as strings cost more CPU, mostly garbage collection, than reading the file).
// Text values are escaped as COPY's text format requires (backslash, tab, newline, return); JSON
// values are written as JSON.stringify would write them, then escaped the same way.

const NEEDS_COPY_ESCAPE = /[\\\t\n\r]/;

// What put() escapes text as, before COPY's own escaping.
const TEXT = 0;
const JSON_STRING = 1;
const ELEMENT = 2;

/** A value in COPY's text format, escaped. */
export function copyEscape(t: string): string {
  return NEEDS_COPY_ESCAPE.test(t)
    ? t.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"))
    : t;
}

export class CopyBuffer {
  private buf: Buffer;
  private pos = 0;
  /** Whether the current row has a field yet (the next one is preceded by a tab). */
  private inRow = false;

  constructor(initialBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  get length(): number {
    return this.pos;
  }

  /** The rows written so far, in a Buffer of their own; the writer starts empty again. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** Appends text as is (the caller knows it needs no escaping). */
  private raw(s: string): void {
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, "utf8");
  }

  /**
   * Appends text escaped for COPY, after escaping it as the inside of a JSON string (`JSON`) or of
   * a quoted array element (`ELEMENT`). ASCII text, nearly all of it, is copied byte by byte here:
   * cheaper than a Buffer.write call per field.
   */
  private put(s: string, inside: number): void {
    const n = s.length;
    this.room(n * 2);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80 || c < 0x20 || c === 0x5c || (inside !== TEXT && c === 0x22)) {
        // Anything else: escaped the general way, from this character on.
        this.pos = pos;
        const rest = i === 0 ? s : s.slice(i);
        this.raw(
          copyEscape(
            inside === JSON_STRING
              ? JSON.stringify(rest).slice(1, -1)
              : inside === ELEMENT
                ? rest.replace(/["\\]/g, "\\$&")
                : rest,
          ),
        );
        return;
      }
      buf[pos++] = c;
    }
    this.pos = pos;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  private sep(): void {
    if (this.inRow) this.byte(0x09);
    this.inRow = true;
  }

  /** Ends the row. */
  end(): void {
    this.byte(0x0a);
    this.inRow = false;
  }

  null(): this {
    this.sep();
    this.byte(0x5c);
    this.byte(0x4e);
    return this;
  }

  text(s: string | null): this {
    if (s === null) return this.null();
    this.sep();
    this.put(s, TEXT);
    return this;
  }

  int(n: number | null): this {
    if (n === null) return this.null();
    this.sep();
    this.put(String(n), TEXT);
    return this;
  }

  bool(b: boolean | null): this {
    if (b === null) return this.null();
    this.sep();
    this.put(b ? "true" : "false", TEXT);
    return this;
  }

  /** A text[] literal: every element quoted, quotes and backslashes escaped. */
  textArray(items: readonly string[]): this {
    this.sep();
    this.byte(0x7b);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.byte(0x22);
      this.put(items[i]!, ELEMENT);
      this.byte(0x22);
    }
    this.byte(0x7d);
    return this;
  }

  /** Starts a field whose text the caller writes with ascii() and jsonString(). */
  field(): this {
    this.sep();
    return this;
  }

  /** Appends ASCII text that needs no escaping in COPY's format (JSON punctuation, keys). */
  ascii(s: string): this {
    this.put(s, TEXT);
    return this;
  }

  /** Appends a JSON string (or null) as JSON.stringify writes it, escaped for COPY. */
  jsonString(s: string | null): this {
    if (s === null) {
      this.put("null", TEXT);
      return this;
    }
    this.byte(0x22);
    this.put(s, JSON_STRING);
    this.byte(0x22);
    return this;
  }
}
