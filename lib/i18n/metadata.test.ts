import { describe, expect, it } from "vitest";
import { alternatesFor } from "./metadata";

describe("alternatesFor", () => {
  it("names the page's address in each language, canonical in the page's own", () => {
    expect(alternatesFor("/search", "es")).toEqual({
      canonical: "/es/search",
      languages: { en: "/search", es: "/es/search", "x-default": "/search" },
    });
    expect(alternatesFor("/", "en")).toEqual({ canonical: "/", languages: { en: "/", es: "/es", "x-default": "/" } });
  });
  it("gives English-only pages no alternates", () => {
    expect(alternatesFor("/providers/new", "es")).toEqual({ canonical: "/providers/new" });
  });
});
