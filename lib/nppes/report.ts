// The import's report file: one CSV line per row that needs a person's attention (malformed rows
// with their line number, listings without a map position, practices outside the US, listings
// unpublished because their NPI was deactivated), so a 9-million-row run can be audited afterwards.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

export type TReportProblem =
  | "malformed"
  | "no-coordinates"
  | "outside-us"
  | "encoding-note"
  | "unpublished-deactivated"
  | "suspended-deactivated";

const csv = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export class ImportReport {
  lines = 0;
  private out: WriteStream | null = null;

  constructor(readonly path: string) {}

  /** `line` is the line in the input file (0 when the entry is not about one line). */
  add(line: number, npi: string, problem: TReportProblem, detail: string): void {
    if (!this.out) {
      // Created on the first entry, so a clean run leaves no empty report behind.
      this.out = createWriteStream(this.path, { encoding: "utf8" });
      this.out.write("line,npi,problem,detail\n");
    }
    this.lines++;
    this.out.write(`${line},${csv(npi)},${problem},${csv(detail)}\n`);
  }

  async close(): Promise<void> {
    if (!this.out) return;
    const out = this.out;
    this.out = null;
    out.end();
    await once(out, "finish");
  }
}
