// References are shown to patients: they must not reveal or let anyone guess another request.
import { describe, expect, it } from "vitest";
import {
  CONSULT_REFERENCE_FORMAT,
  CONTACT_REFERENCE_FORMAT,
  newConsultReference,
  newContactReference,
} from "./reference";

describe("references", () => {
  it("look like NCC-XXXX-XXXX / NCM-XXXX-XXXX without 0, O, 1 or I", () => {
    for (let i = 0; i < 200; i++) {
      expect(newConsultReference()).toMatch(CONSULT_REFERENCE_FORMAT);
      expect(newContactReference()).toMatch(CONTACT_REFERENCE_FORMAT);
    }
    expect("NCC-0OI1-AAAA").not.toMatch(CONSULT_REFERENCE_FORMAT);
  });

  it("are random, not sequential: 2,000 in a row are all different and share no running order", () => {
    const refs = Array.from({ length: 2000 }, newConsultReference);
    expect(new Set(refs).size).toBe(refs.length);
    const sorted = [...refs].sort();
    expect(sorted).not.toEqual(refs);
  });
});
