import { describe, expect, it } from "vitest";
import { CopyBuffer, copyEscape } from "./copy-buffer";

const text = (b: CopyBuffer) => b.take().toString("utf8");

describe("CopyBuffer", () => {
  it("writes tab-separated fields, \\N for null, a newline per row", () => {
    const b = new CopyBuffer(4);
    b.text("1234567893").text(null).int(1998).int(null).bool(true).bool(false).bool(null).end();
    b.text("Peñuelas").end();
    expect(text(b)).toBe("1234567893\t\\N\t1998\t\\N\ttrue\tfalse\t\\N\nPeñuelas\n");
    expect(b.length).toBe(0);
  });

  it("escapes backslash, tab, newline and return in text", () => {
    const b = new CopyBuffer();
    b.text("a\\b\tc\nd\re").end();
    expect(text(b)).toBe("a\\\\b\\tc\\nd\\re\n");
  });

  it("writes text[] literals with every element quoted", () => {
    const b = new CopyBuffer();
    b.textArray(["INTERNAL MEDICINE", 'A "B", C\\D']).textArray([]).end();
    expect(text(b)).toBe(`{"INTERNAL MEDICINE","A \\\\"B\\\\", C\\\\\\\\D"}\t{}\n`);
  });

  it("writes JSON as JSON.stringify does, then escaped for COPY", () => {
    const addresses = [
      {
        street1: "1 MAIN ST",
        street2: null,
        city: "SAN JUAN",
        state: "PR",
        zip: "00901",
        phone: "7875551234",
      },
      {
        street1: 'SUITE "B"\\2',
        street2: "tab\there",
        city: "Añasco",
        state: "PR",
        zip: "00610",
        phone: null,
      },
      { street1: "x\u0001y", street2: "lone \ud800 surrogate", city: "€ 😀", state: "", zip: "1", phone: "" },
    ];
    const b = new CopyBuffer(8);
    b.field().ascii("[");
    addresses.forEach((a, i) => {
      b.ascii(i === 0 ? "{" : ",{");
      Object.entries(a).forEach(([k, v], j) => b.ascii(`${j === 0 ? "" : ","}"${k}":`).jsonString(v));
      b.ascii("}");
    });
    b.ascii("]").null().field().ascii("[]").end();
    expect(text(b)).toBe(`${copyEscape(JSON.stringify(addresses))}\t\\N\t[]\n`);
  });
});
