// The checker the Spanish end-to-end tests use to find English left on a page (issue 19).
import { describe, expect, it } from "vitest";
import { englishIn } from "../e2e/support/english-check";

describe("englishIn", () => {
  it("passes Spanish text, names, addresses and codes", () => {
    expect(
      englishIn([
        "Buscar un médico",
        "La toxina botulínica está aprobada por la FDA para la distonía cervical.",
        "Dr. Ana Foster, MD",
        "123 Main St, Chicago, IL 60611",
        "a 2.4 mi",
        "NeckCare Finder",
      ]),
    ).toEqual([]);
  });
  it("finds English sentences and English interface messages", () => {
    expect(englishIn(["Find doctors who may offer these injections near you"])).not.toEqual([]);
    expect(englishIn(["Ir al contenido", "Skip to main content"])).toEqual([
      'English message: "Skip to main content"',
    ]);
  });
});
