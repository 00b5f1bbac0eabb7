// The import's report file: one CSV line per row that needs a person's attention (rejected rows with
// their line number and the reason), so a 10-million-row run can be audited afterwards. Created on
// the first entry: a clean run leaves no empty report behind.
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

export type TCmsReportProblem = "rejected" | "duplicate" | "note";

const csv = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export class CmsImportReport {
  lines = 0;
  private out: WriteStream | null = null;

  constructor(readonly path: string | null) {}

  /** `line` is the line in the input file (the header is line 1). */
  add(line: number, npi: string, problem: TCmsReportProblem, detail: string): void {
    if (this.path === null) return;
    if (!this.out) {
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
