import { describe, expect, it } from "vitest";
import { CsvScanner } from "./csv-scanner";

type TResult = {
  header: string[];
  rows: { line: number; fields: string[] }[];
  errors: { line: number; reason: string }[];
};

/** Scans `input` split into the given chunks, selecting every header column. */
function scan(
  chunks: Buffer[],
  opts: {
    maxRowBytes?: number;
    select?: (header: string[]) => Int32Array;
    delimiter?: string;
    quotes?: boolean;
    encoding?: "latin1" | "utf8";
  } = {},
): TResult {
  const out: TResult = { header: [], rows: [], errors: [] };
  let width = 0;
  const scanner = new CsvScanner({
    onHeader: (fields) => {
      out.header = fields;
      width = fields.length;
      return opts.select ? opts.select(fields) : Int32Array.from(fields, (_, i) => i);
    },
    onRow: (row) => {
      const fields: string[] = [];
      for (let s = 0; s < width; s++) fields.push(row.text(s));
      out.rows.push({ line: row.line, fields: fields.slice(0, Math.min(width, row.fieldCount)) });
    },
    onError: (line, reason) => out.errors.push({ line, reason }),
    maxRowBytes: opts.maxRowBytes,
    delimiter: opts.delimiter,
    quotes: opts.quotes,
    encoding: opts.encoding,
  });
  for (const c of chunks) scanner.push(c);
  scanner.end();
  return out;
}

const whole = (text: string, encoding: BufferEncoding = "latin1") => scan([Buffer.from(text, encoding)]);

/** Every way of cutting `text` into two chunks, plus one byte a chunk. */
function everySplit(text: string): Buffer[][] {
  const bytes = Buffer.from(text, "latin1");
  const splits: Buffer[][] = [];
  for (let k = 0; k <= bytes.length; k++) splits.push([bytes.subarray(0, k), bytes.subarray(k)]);
  splits.push([...bytes].map((b) => Buffer.from([b])));
  return splits;
}

describe("CsvScanner", () => {
  it("reads quoted fields, doubled quotes, commas and line breaks inside quotes", () => {
    const r = whole('"a","b","c"\n"1","say ""hi""","x,y"\n"2","line1\nline2",""\n');
    expect(r.header).toEqual(["a", "b", "c"]);
    expect(r.rows).toEqual([
      { line: 2, fields: ["1", 'say "hi"', "x,y"] },
      { line: 3, fields: ["2", "line1\nline2", ""] },
    ]);
    expect(r.errors).toEqual([]);
  });

  it("reads unquoted fields, empty fields and CRLF line ends", () => {
    const r = whole('a,b,c\r\n1,,3\r\n,,\r\nx,"y",z');
    expect(r.rows.map((x) => x.fields)).toEqual([
      ["1", "", "3"],
      ["", "", ""],
      ["x", "y", "z"],
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 4]);
  });

  it("counts physical lines across line breaks inside quotes and blank lines", () => {
    const r = whole('h1,h2\n\n"a\r\nb",1\n\r\n2,3\n');
    expect(r.rows).toEqual([
      { line: 3, fields: ["a\r\nb", "1"] },
      { line: 6, fields: ["2", "3"] },
    ]);
  });

  it("skips a UTF-8 byte-order mark and decodes ISO-8859-1", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('"NPI","Name"\n"1","JOS\xc9"\n', "latin1"),
    ]);
    const r = scan([bytes]);
    expect(r.header).toEqual(["NPI", "Name"]);
    expect(r.rows[0]!.fields).toEqual(["1", "JOSÉ"]);
  });

  it("gives the same result at every chunk boundary", () => {
    const text =
      '"NPI","Name","Note"\r\n"1","O\'DEA, ""DOC""","x\r\ny"\r\n"2","",""\r\n3,plain,"q"\r\n"4","last","no newline"';
    const expected = whole(text);
    expect(expected.rows).toHaveLength(4);
    expect(expected.errors).toEqual([]);
    for (const chunks of everySplit(text)) expect(scan(chunks)).toEqual(expected);
  });

  it("reports broken rows with their line and resumes at the next line, at every chunk boundary", () => {
    // Line 3 was cut inside a quoted field; line 5 has text after a closing quote.
    const text = '"a","b"\n"1","ok"\n"2","cut\n"3","fine"\n"4"x,"bad"\n"5","fine"\n';
    const expected = whole(text);
    expect(expected.rows.map((x) => [x.line, x.fields[0]])).toEqual([
      [2, "1"],
      [4, "3"],
      [6, "5"],
    ]);
    expect(expected.errors.map((e) => e.line)).toEqual([3, 5]);
    expect(expected.errors[0]!.reason).toMatch(/after the closing quote/);
    for (const chunks of everySplit(text)) expect(scan(chunks)).toEqual(expected);
  });

  it("reports rows with a quote inside an unquoted field or a bare CR", () => {
    const r = whole('a,b\nx"y,1\n2,3\rz\n4,5\n');
    expect(r.rows.map((x) => x.fields)).toEqual([["4", "5"]]);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it("reports a file that ends inside a quoted field", () => {
    const r = whole('a,b\n1,2\n"3","never closed');
    expect(r.rows.map((x) => x.fields)).toEqual([["1", "2"]]);
    expect(r.errors).toEqual([{ line: 3, reason: "the file ends inside a quoted field" }]);
  });

  it("gives up on a row longer than maxRowBytes and carries on after it", () => {
    // Line 3 opens a quote that only closes on line 6; fed in small chunks, the scanner gives up on it
    // once it passes 100 bytes instead of buffering on.
    const text = `a,b\n"1","2"\n"3","${`${"x".repeat(60)}\n`.repeat(3)}"4","5"\n`;
    const bytes = Buffer.from(text, "latin1");
    const chunks: Buffer[] = [];
    for (let k = 0; k < bytes.length; k += 10) chunks.push(bytes.subarray(k, k + 10));
    const r = scan(chunks, { maxRowBytes: 100 });
    expect(r.rows.map((x) => x.fields)).toContainEqual(["1", "2"]);
    expect(r.rows.map((x) => x.fields)).toContainEqual(["4", "5"]);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]).toEqual({ line: 3, reason: expect.stringMatching(/longer than 100 bytes/) });
  });

  it("reports the real field count of short and long rows", () => {
    const counts: number[] = [];
    const scanner = new CsvScanner({
      onHeader: () => Int32Array.from([0, -1, 1]),
      onRow: (row) => counts.push(row.fieldCount, row.length(1)),
      onError: () => {},
    });
    scanner.push(Buffer.from('a,b,c\n"1","2","333"\n"1"\n1,2,3,4\n'));
    scanner.end();
    // Slot 1 is column 2: three bytes, absent in the one-field row.
    expect(counts).toEqual([3, 3, 1, 0, 4, 1]);
  });

  it("records only the selected columns", () => {
    const r = scan([Buffer.from('"a","b","c"\n"1","2","3"\n')], {
      select: () => Int32Array.from([-1, -1, 0]),
    });
    expect(r.rows[0]!.fields[0]).toBe("3");
  });

  it("handles an empty input and a header without rows", () => {
    expect(whole("").rows).toEqual([]);
    const r = whole('"a","b"');
    expect(r.header).toEqual(["a", "b"]);
    expect(r.rows).toEqual([]);
  });
});

describe("other delimiters and encodings", () => {
  it("reads tab-separated rows where a quote is an ordinary character (CMS's 2012 file)", () => {
    const text = 'npi\tstreet\tcode\n1003000126\t12 "B" ST, APT 2\t64613\n1003000134\t"X\t95874\n';
    const out = scan([Buffer.from(text, "latin1")], { delimiter: "\t", quotes: false });
    expect(out.errors).toEqual([]);
    expect(out.rows).toEqual([
      { line: 2, fields: ["1003000126", '12 "B" ST, APT 2', "64613"] },
      { line: 3, fields: ["1003000134", '"X', "95874"] },
    ]);
  });

  it("decodes UTF-8 text when asked, even when a chunk ends inside a character", () => {
    const bytes = Buffer.from("name,city\nJosé,Mayagüez\n", "utf8");
    const cut = bytes.indexOf(0xc3) + 1;
    const out = scan([bytes.subarray(0, cut), bytes.subarray(cut)], { encoding: "utf8" });
    expect(out.rows).toEqual([{ line: 2, fields: ["José", "Mayagüez"] }]);
  });

  it("refuses a delimiter that cannot separate fields", () => {
    expect(() => scan([Buffer.from("a")], { delimiter: '"' })).toThrow(/delimiter/);
    expect(() => scan([Buffer.from("a")], { delimiter: ";;" })).toThrow(/delimiter/);
  });
});
