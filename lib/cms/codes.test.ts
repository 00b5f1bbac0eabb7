// The code table holds the rules on which codes count in which years.
import { describe, expect, it } from "vitest";
import { CMS_CODES, cmsCode, codeYearProblem } from "./codes";

describe("the kept codes", () => {
  it("are exactly the issue's codes", () => {
    expect(CMS_CODES.map((c) => c.code).sort()).toEqual(
      [
        "64613",
        "64615",
        "64616",
        "76942",
        "95873",
        "95874",
        "J0585",
        "J0586",
        "J0587",
        "J0588",
        "J0589",
      ].sort(),
    );
  });

  it("count drug units, not visits, for the toxins and only for them", () => {
    for (const c of CMS_CODES) expect(c.serviceUnit === "drug units").toBe(c.code.startsWith("J"));
  });

  it("keep 64613 only before 2014 and 64616 only from 2014", () => {
    const old = cmsCode("64613")!;
    const current = cmsCode("64616")!;
    expect(codeYearProblem(old, 2013)).toBeNull();
    expect(codeYearProblem(old, 2014)).toMatch(/retired after 2013 \(replaced by 64616\)/);
    expect(codeYearProblem(current, 2014)).toBeNull();
    expect(codeYearProblem(current, 2012)).toMatch(/did not exist before 2014/);
  });

  it("keep J0589 only from 2023", () => {
    expect(codeYearProblem(cmsCode("J0589")!, 2022)).toMatch(/before 2023/);
    expect(codeYearProblem(cmsCode("J0589")!, 2023)).toBeNull();
  });

  it("never take 76942 alone as evidence", () => {
    expect(cmsCode("76942")?.evidenceAlone).toBe(false);
    expect(CMS_CODES.filter((c) => !c.evidenceAlone).map((c) => c.code)).toEqual(["76942"]);
  });

  it("ignore every other code", () => {
    expect(cmsCode("17311")).toBeUndefined();
    expect(cmsCode("64612")).toBeUndefined();
  });
});
