// The house rules on imports are held by ESLint (eslint.config.mjs), not by a comment. These tests
// show the rules failing on code that breaks them, and passing on code that keeps them.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// The first lint loads ESLint's plugins and the type-aware config: seconds on a busy machine.
describe("import boundaries", { timeout: 60_000 }, () => {
  it("stops a component importing the data layer, the database or a route", async () => {
    const file = "components/provider/example-card.tsx";
    expect(await restrictedImports(file, `import { getPublicProfile } from "@/lib/data/profiles";\nexport const x = getPublicProfile;\n`)).toEqual([
      expect.stringMatching(/Components never import the data layer/),
    ]);
    expect(await restrictedImports(file, `import { db } from "@/lib/db";\nexport const x = db;\n`)).toEqual([expect.stringMatching(/Only the data layer/)]);
    expect(await restrictedImports(file, `import { signOutAction } from "@/app/[locale]/(admin)/admin/actions";\nexport const x = signOutAction;\n`)).toEqual([
      expect.stringMatching(/Components never import routes/),
    ]);
  });

  it("stops anything outside the data layer and the search's database modules touching the database", async () => {
    expect(await restrictedImports("app/[locale]/(public)/example/page.tsx", `import { db } from "@/lib/db";\nexport const x = db;\n`)).toHaveLength(1);
    expect(await restrictedImports("lib/checklist/example.ts", `import { Prisma } from "@/lib/generated/prisma/client";\nexport const x = Prisma;\n`)).toHaveLength(1);
  });

  it("lets the data layer, the search's SQL and components' neutral imports through", async () => {
    expect(await restrictedImports("lib/data/example.ts", `import { db } from "@/lib/db";\nexport const x = db;\n`)).toEqual([]);
    expect(await restrictedImports("lib/search/sql.ts", `import { Prisma } from "@/lib/generated/prisma/client";\nexport const x = Prisma;\n`)).toEqual([]);
    expect(await restrictedImports("components/provider/example-card.tsx", `import type { TSearchResult } from "@/lib/search/types";\nexport type X = TSearchResult;\n`)).toEqual([]);
  });
});
