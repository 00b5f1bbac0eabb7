import { describe, expect, it } from "vitest";
import { nameTokens } from "./name-tokens";

describe("nameTokens", () => {
  it("folds case and accents and splits at punctuation", () => {
    expect(nameTokens("  José  NÚÑEZ-O'Brien ")).toEqual(["jose", "nunez", "o", "brien"].filter((w) => w.length >= 2));
  });
  it("leaves out initials and repeated words", () => {
    expect(nameTokens("J. Foster foster")).toEqual(["foster"]);
  });
  it("leaves out generic practice words only when something more specific remains", () => {
    expect(nameTokens("Chicago Neurology Associates")).toEqual(["chicago"]);
    expect(nameTokens("Neurology Associates")).toEqual(["neurology", "associates"]);
  });
  it("keeps at most six words and returns none for a name of initials", () => {
    expect(nameTokens("aa bb cc dd ee ff gg hh")).toHaveLength(6);
    expect(nameTokens("a b c")).toEqual([]);
  });
});
