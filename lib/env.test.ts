import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PUBLISHED_SECRETS, productionProblem, ZEnv, type TEnv } from "./env";

// Issue 16, findings 1 and 10: a production server runs neither with a secret anyone can read in
// this repository nor, without a mail server, with an outbox nobody chose.

const base = { NODE_ENV: "production", APP_URL: "http://localhost:3000", AUTH_SECRET: "x".repeat(43), MAIL_FROM: "a", SEARCH_INDEX: "memory", SEARCH_CARD_CACHE: 20000, SEARCH_PAGE_CACHE_MB: 16, NPPES_PUBLISH_IMPORTED: true, TRUSTED_PROXIES: 0, SMTP_URL: "smtp://127.0.0.1:25" } as TEnv;

describe("productionProblem", () => {
  it("accepts a random secret and a mail server", () => {
    expect(productionProblem(base)).toBeNull();
  });

  it("refuses every secret printed in the repository, the old docker-compose default among them", () => {
    expect(PUBLISHED_SECRETS).toContain("change-me-in-production-please");
    for (const secret of PUBLISHED_SECRETS) expect(productionProblem({ ...base, AUTH_SECRET: secret }), secret).toMatch(/AUTH_SECRET/);
  });

  it("refuses to run without SMTP_URL unless MAIL_OUTBOX=1 chooses the outbox", () => {
    expect(productionProblem({ ...base, SMTP_URL: undefined })).toMatch(/SMTP_URL is not set/);
    expect(productionProblem({ ...base, SMTP_URL: undefined, MAIL_OUTBOX: "1" })).toBeNull();
    expect(productionProblem({ ...base, SMTP_URL: undefined, NODE_ENV: "development" })).toBeNull();
  });

  it("knows every value assigned to AUTH_SECRET anywhere in the repository", () => {
    const files = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n").filter((f) => f && !/\.(png|jpg|gz|zip|ico|woff2?)$/.test(f) && f !== "package-lock.json" && f !== "lib/env.test.ts");
    const found = new Set<string>();
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      // AUTH_SECRET=value, AUTH_SECRET: value, AUTH_SECRET: "value", ${AUTH_SECRET:-value}
      for (const m of text.matchAll(/AUTH_SECRET(?:\}|"|')?\s*(?:[:=]|:-|\?\?)\s*["'`]?([A-Za-z0-9_\-.+/]{12,})/g)) found.add(m[1]!);
      for (const m of text.matchAll(/\$\{AUTH_SECRET:-([^}]+)\}/g)) found.add(m[1]!);
    }
    const unknown = [...found].filter((v) => !PUBLISHED_SECRETS.includes(v) && !/^(process|env|randomBytes|authSecret|z|parsed)\b/.test(v));
    expect(unknown).toEqual([]);
  });
});

describe("SEARCH_CARD_CACHE", () => {
  it("takes a whole number of cards, 20,000 when unset, and says what is wrong otherwise", () => {
    expect(ZEnv.parse({}).SEARCH_CARD_CACHE).toBe(20000);
    expect(ZEnv.parse({ SEARCH_CARD_CACHE: "0" }).SEARCH_CARD_CACHE).toBe(0);
    for (const bad of ["lots", "-1", "2.5", "2000000"]) {
      const r = ZEnv.safeParse({ SEARCH_CARD_CACHE: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("SEARCH_CARD_CACHE must be a whole number of cards, from 0 to 1000000.");
    }
  });
});

describe("SEARCH_PAGE_CACHE_MB", () => {
  it("takes a whole number of megabytes, 16 when unset, and says what is wrong otherwise", () => {
    expect(ZEnv.parse({}).SEARCH_PAGE_CACHE_MB).toBe(16);
    expect(ZEnv.parse({ SEARCH_PAGE_CACHE_MB: "0" }).SEARCH_PAGE_CACHE_MB).toBe(0);
    for (const bad of ["some", "-1", "1.5", "2048"]) {
      const r = ZEnv.safeParse({ SEARCH_PAGE_CACHE_MB: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("SEARCH_PAGE_CACHE_MB must be a whole number of megabytes, from 0 to 1024.");
    }
  });
});
